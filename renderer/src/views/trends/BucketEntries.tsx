import type { Dimension, EntrySummary } from '../../../../main/contract';

type Props = Readonly<{
  title: string;
  entries: readonly EntrySummary[] | null;
  error: string | null;
  dimensions: readonly Dimension[];
  onOpen(id: string): void;
  onClose(): void;
}>;

/** The entries behind a clicked point, with their ratings; each opens in the journal. */
export function BucketEntries({ title, entries, error, dimensions, onOpen, onClose }: Props) {
  return (
    <aside className="trend-entries" aria-label="Entries behind this point">
      <div className="trend-entries__bar">
        <h2 className="trend-entries__title">{title}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {error ? <p className="message message--error">{error}</p> : null}
      {entries === null && !error ? <p className="trend-muted">Loading…</p> : null}
      {entries?.length === 0 ? <p className="trend-muted">No entries in this period.</p> : null}
      <ul className="trend-entries__list">
        {entries?.map((e) => {
          const scores = dimensions.filter((d) => e.scores[d.key] !== undefined);
          return (
            <li key={e.id}>
              <button type="button" className="trend-entry" onClick={() => onOpen(e.id)}>
                <span className="trend-entry__date">{e.date}</span>
                <span className="trend-entry__title">{e.title || e.preview || 'Untitled'}</span>
                <span className="trend-entry__scores">
                  {scores.length === 0
                    ? 'not rated on these dimensions'
                    : scores.map((d) => `${d.name} ${e.scores[d.key]}`).join(' · ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
