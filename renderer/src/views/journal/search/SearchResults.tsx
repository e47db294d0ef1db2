import { format, parseISO } from 'date-fns';
import type { SearchHit } from '../../../../../main/contract';

type Props = Readonly<{
  hits: readonly SearchHit[];
  total: number;
  busy: boolean;
  error: string | null;
  answered: string;
  selectedId: string | null;
  onSelect(id: string): void;
}>;

/** Search results with the matching words marked, newest first. */
export function SearchResults({ hits, total, busy, error, answered, selectedId, onSelect }: Props) {
  if (error) {
    return (
      <p className="message message--error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <nav className="results" aria-label="Search results" aria-busy={busy} data-answered={answered}>
      <p className="results__count" role="status">
        {busy && hits.length === 0
          ? 'Searching…'
          : total === 0
            ? 'Nothing matches yet. Try fewer words, or another spelling.'
            : total === 1
              ? '1 entry'
              : `${total} entries${total > hits.length ? `, newest ${hits.length} shown` : ''}`}
      </p>
      <ul className="results__list">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              className="result"
              aria-current={hit.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(hit.id)}
            >
              <span className="result__head">
                <time dateTime={hit.date}>{format(parseISO(hit.date), 'd MMM yyyy')}</time>
                {hit.title ? <span className="result__title">{hit.title}</span> : null}
              </span>
              <span className="result__snippet">
                {hit.snippet.map((part, i) =>
                  part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
