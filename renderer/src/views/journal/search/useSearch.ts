import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchRequest } from '../../../../../main/contract';
import { call, messageOf } from '../../../app/client';

export type SearchFilters = Omit<SearchRequest, 'query' | 'limit' | 'offset'>;

/** Results come a page at a time: the newest first, the next page when the person asks. */
export const SEARCH_PAGE = 100;

export type SearchState = Readonly<{
  hits: readonly SearchHit[];
  total: number;
  busy: boolean;
  error: string | null;
  /** The query these results answer (lets a benchmark see when a keystroke is answered). */
  answered: string;
  /** Asks for the next page of results, added after the ones shown. */
  loadMore(): void;
  loadingMore: boolean;
  /** Why the next page did not come; the results already shown stay. */
  moreError: string | null;
}>;

type Answer = Omit<SearchState, 'loadMore'>;

export function isSearching(query: string, filters: SearchFilters): boolean {
  return (
    query.trim().length > 0 ||
    Boolean(
      filters.from || filters.to || filters.relationshipId || filters.dimension || filters.sign,
    )
  );
}

/** How many filters are on: each of dates from, to, person, sign and dimension counts once. */
export function filterCount(filters: SearchFilters): number {
  return [filters.from, filters.to, filters.relationshipId, filters.sign, filters.dimension].filter(
    Boolean,
  ).length;
}

const IDLE: Answer = {
  hits: [],
  total: 0,
  busy: false,
  error: null,
  answered: '',
  loadingMore: false,
  moreError: null,
};

/**
 * Results follow the typing: every keystroke asks the core's index, and an answer that arrives
 * after a newer question is dropped. A new question starts again from the first page.
 */
export function useSearch(query: string, filters: SearchFilters): SearchState {
  const [state, setState] = useState<Answer>(IDLE);
  const asked = useRef(0);
  const key = JSON.stringify(filters);
  useEffect(() => {
    const ticket = ++asked.current;
    if (!isSearching(query, filters)) {
      setState({ ...IDLE, answered: query });
      return;
    }
    setState((s) => ({ ...s, busy: true, loadingMore: false }));
    call('search', { query, ...filters, limit: SEARCH_PAGE })
      .then((result) => {
        if (ticket === asked.current) {
          setState({ ...IDLE, hits: result.hits, total: result.total, answered: query });
        }
      })
      .catch((e: unknown) => {
        if (ticket === asked.current) setState({ ...IDLE, error: messageOf(e), answered: query });
      });
    // `key` stands for the filters' content, so equal filters in a new object ask nothing new.
  }, [query, key]);

  const shown = state.hits.length;
  const loadMore = useCallback(() => {
    if (state.busy || state.loadingMore || shown >= state.total) return;
    const ticket = asked.current;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    call('search', { query, ...filters, limit: SEARCH_PAGE, offset: shown })
      .then((result) => {
        if (ticket !== asked.current) return;
        setState((s) => ({
          ...s,
          hits: [...s.hits, ...result.hits],
          total: result.total,
          loadingMore: false,
        }));
      })
      .catch((e: unknown) => {
        if (ticket === asked.current) {
          setState((s) => ({ ...s, loadingMore: false, moreError: messageOf(e) }));
        }
      });
    // The filters are read through `key`, as above.
  }, [query, key, shown, state.busy, state.loadingMore, state.total]);

  return { ...state, loadMore };
}
