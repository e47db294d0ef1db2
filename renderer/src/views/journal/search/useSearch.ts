import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchRequest } from '../../../../../main/contract';
import { call, messageOf } from '../../../app/client';

export type SearchFilters = Omit<SearchRequest, 'query' | 'limit'>;

export type SearchState = Readonly<{
  hits: readonly SearchHit[];
  total: number;
  busy: boolean;
  error: string | null;
  /** The query these results answer (lets a benchmark see when a keystroke is answered). */
  answered: string;
}>;

export function isSearching(query: string, filters: SearchFilters): boolean {
  return (
    query.trim().length > 0 ||
    Boolean(
      filters.from || filters.to || filters.relationshipId || filters.dimension || filters.sign,
    )
  );
}

/**
 * Results follow the typing: every keystroke asks the core's index, and an answer that arrives
 * after a newer question is dropped.
 */
export function useSearch(query: string, filters: SearchFilters): SearchState {
  const [state, setState] = useState<SearchState>({
    hits: [],
    total: 0,
    busy: false,
    error: null,
    answered: '',
  });
  const asked = useRef(0);
  const key = JSON.stringify(filters);
  useEffect(() => {
    const ticket = ++asked.current;
    if (!isSearching(query, filters)) {
      setState({ hits: [], total: 0, busy: false, error: null, answered: query });
      return;
    }
    setState((s) => ({ ...s, busy: true }));
    call('search', { query, ...filters, limit: 100 })
      .then((result) => {
        if (ticket === asked.current) {
          setState({
            hits: result.hits,
            total: result.total,
            busy: false,
            error: null,
            answered: query,
          });
        }
      })
      .catch((e: unknown) => {
        if (ticket === asked.current) {
          setState({ hits: [], total: 0, busy: false, error: messageOf(e), answered: query });
        }
      });
    // `key` stands for the filters' content, so equal filters in a new object ask nothing new.
  }, [query, key]);
  return state;
}
