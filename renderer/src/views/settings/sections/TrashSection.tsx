import { format, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../../../../main/contract';
import { call, messageOf } from '../../../app/client';
import { SectionStatus, type Status } from './SectionStatus';

/** Settings ▸ Trash: deleted entries stay here for 30 days, and come back with one click. */
export function TrashSection() {
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    let live = true;
    call('listEntries', { trash: true })
      .then((list) => live && setEntries(list))
      .catch((e: unknown) => live && setStatus({ kind: 'error', text: messageOf(e) }));
    return () => {
      live = false;
    };
  }, []);

  const restore = async (id: string) => {
    try {
      await call('restoreEntry', { id });
      setEntries((list) => (list ?? []).filter((e) => e.id !== id));
      setStatus({ kind: 'saved', text: 'Restored to your journal' });
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    }
  };

  return (
    <section className="settings-section" aria-labelledby="trash-title">
      <header className="settings-section__header">
        <h2 className="settings-section__title" id="trash-title">
          Trash
        </h2>
        <SectionStatus status={status} />
      </header>
      {entries && entries.length === 0 ? (
        <p className="settings-section__empty">
          Nothing in the trash. Deleted entries wait here for 30 days before they are gone.
        </p>
      ) : (
        <ul className="settings-list">
          {(entries ?? []).map((e) => (
            <li key={e.id} className="settings-item settings-item--row">
              <span className="settings-item__text">
                <time dateTime={e.date}>{format(parseISO(e.date), 'd MMM yyyy')}</time>{' '}
                {e.title || e.preview || 'Untitled entry'}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void restore(e.id)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
