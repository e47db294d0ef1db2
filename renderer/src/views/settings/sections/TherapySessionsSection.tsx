import { format, parseISO } from 'date-fns';
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { TherapySession } from '../../../../../main/contract';
import { call, messageOf } from '../../../app/client';
import './therapy-sessions-section.css';

function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

const label = (date: string) => format(parseISO(date), 'EEEE, d MMMM yyyy');

/** Settings ▸ Therapy sessions: the dates that give a summary its natural range. */
export function TherapySessionsSection() {
  const id = useId();
  const [sessions, setSessions] = useState<TherapySession[] | null>(null);
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('listTherapySessions')
      .then((list) => live && setSessions(list))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    setError(null);
    try {
      setSessions(await call('saveTherapySession', { id: crypto.randomUUID(), date }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const remove = async (sessionId: string) => {
    setError(null);
    try {
      setSessions(await call('deleteTherapySession', { id: sessionId }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const now = today();
  const upcoming = (sessions ?? []).filter((s) => s.date > now);
  const past = (sessions ?? []).filter((s) => s.date <= now).reverse();

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <header className="settings-section__header">
        <h2 className="settings-section__title" id={`${id}-title`}>
          Therapy sessions
        </h2>
      </header>
      <p className="settings-section__intro">
        Note the dates of your sessions. A summary then starts from your last one, and shows how
        things changed since the session before.
      </p>
      <div className="settings-block">
        <form className="sessions__add" onSubmit={add}>
          <label className="field">
            <span className="field__label">Session date</span>
            <input
              className="input"
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              required
            />
          </label>
          <button className="button" type="submit" disabled={!date}>
            Add session
          </button>
        </form>
        {error ? (
          <p className="message message--error" role="alert">
            {error}
          </p>
        ) : null}
        {sessions === null ? null : sessions.length === 0 ? (
          <p className="field__hint">No sessions noted yet.</p>
        ) : (
          <div className="sessions__lists">
            {upcoming.length > 0 ? (
              <SessionList title="Coming up" sessions={upcoming} onRemove={remove} />
            ) : null}
            {past.length > 0 ? (
              <SessionList title="Past sessions" sessions={past} onRemove={remove} />
            ) : null}
          </div>
        )}
      </div>
    </section>
  );
}

function SessionList({
  title,
  sessions,
  onRemove,
}: Readonly<{
  title: string;
  sessions: readonly TherapySession[];
  onRemove(id: string): Promise<void>;
}>) {
  return (
    <div>
      <h3 className="sessions__subtitle">{title}</h3>
      <ul className="sessions__list" aria-label={title}>
        {sessions.map((s) => (
          <li key={s.id} className="sessions__item">
            <span>{label(s.date)}</span>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void onRemove(s.id)}
              aria-label={`Remove the session on ${label(s.date)}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
