import type { SearchHit } from '../../../../../main/contract';
import { formatDate } from '../../../format/dates';
import { SEARCH_PAGE } from './useSearch';

type Props = Readonly<{
  hits: readonly SearchHit[];
  total: number;
  busy: boolean;
  error: string | null;
  answered: string;
  loadingMore: boolean;
  moreError: string | null;
  loadMore(): void;
  selectedId: string | null;
  onSelect(id: string): void;
}>;

const entries = (n: number) => (n === 1 ? '1 entry' : `${n.toLocaleString()} entries`);

/** Search results with the matching words marked, newest first, a page at a time. */
export function SearchResults({
  hits,
  total,
  busy,
  error,
  answered,
  loadingMore,
  moreError,
  loadMore,
  selectedId,
  onSelect,
}: Props) {
  if (error) {
    return (
      <p className="message message--error" role="alert">
        {error}
      </p>
    );
  }
  const rest = total - hits.length;
  const next = Math.min(SEARCH_PAGE, rest);
  return (
    <nav className="results" aria-label="Search results" aria-busy={busy} data-answered={answered}>
      <p className="results__count" role="status">
        {busy && hits.length === 0
          ? 'Searching…'
          : total === 0
            ? 'Nothing matches yet. Try fewer words, or another spelling.'
            : rest > 0
              ? `${entries(total)}, newest ${hits.length.toLocaleString()} shown`
              : entries(total)}
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
                <time dateTime={hit.date}>{formatDate(hit.date)}</time>
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
      {rest > 0 && !busy ? (
        <div className="results__more">
          <button
            type="button"
            className="button button--small button--wide"
            onClick={loadMore}
            disabled={loadingMore}
          >
            {loadingMore
              ? 'Loading…'
              : `Show the ${next === rest ? 'last' : 'next'} ${next === 1 ? 'entry' : entries(next)}`}
          </button>
          <span className="results__left">{rest.toLocaleString()} not shown yet</span>
          {moreError ? (
            <p className="message message--error" role="alert">
              {moreError}
            </p>
          ) : null}
        </div>
      ) : null}
    </nav>
  );
}
