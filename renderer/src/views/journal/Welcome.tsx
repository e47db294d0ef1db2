import { format, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../../../main/contract';
import { call } from '../../app/client';
import { today } from '../../entries/blank';

/** What the journal shows with no entry open: how to begin, and earlier years on this day. */
export function Welcome({
  hasEntries,
  onStart,
  onOpen,
}: {
  hasEntries: boolean;
  onStart(): void;
  onOpen(id: string): void;
}) {
  const [earlier, setEarlier] = useState<readonly EntrySummary[]>([]);
  useEffect(() => {
    let live = true;
    call('onThisDay', { date: today() })
      .then((list) => live && setEarlier(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="page">
      <section className="welcome">
        <h1 className="welcome__title">
          {hasEntries ? 'Pick up where you left off' : 'A quiet place to notice yourself'}
        </h1>
        <p>
          Write about a moment with someone who matters to you: what happened, what you did, how it
          felt. Then, if you like, rate it on a few dimensions, from losing yourself in them (1) to
          leaning on each other while you both stay whole (7).
        </p>
        {hasEntries ? null : (
          <p>
            You don’t have to rate everything. If a dimension didn’t come up, leave it blank; a
            blank is honest, and it never counts as a low score.
          </p>
        )}
        <p>
          Over weeks and months, those small ratings show you which patterns are shifting, and with
          whom.
        </p>
        <button type="button" className="button button--primary" onClick={onStart}>
          {hasEntries ? 'Write a new entry' : 'Write your first entry'}
        </button>
        {earlier.length > 0 ? (
          <section className="on-this-day" aria-labelledby="on-this-day">
            <h2 id="on-this-day" className="on-this-day__title">
              On this day
            </h2>
            <ul className="on-this-day__list">
              {earlier.slice(0, 5).map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="on-this-day__item"
                    onClick={() => onOpen(entry.id)}
                  >
                    <span className="on-this-day__year">
                      {format(parseISO(entry.date), 'yyyy')}
                    </span>
                    <span>{entry.title || entry.preview || 'Untitled entry'}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </section>
    </div>
  );
}
