import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryInput, EntrySummary } from '../../../../main/contract';
import { call, messageOf } from '../../app/client';
import { onCommand } from '../../app/commands';
import { useNavigation } from '../../app/navigation';
import { CatalogProvider, useCatalog } from '../../catalog/catalog';
import { RelationshipSelect } from '../../components/RelationshipSelect';
import { Timeline, type TimelineHandle } from '../../components/Timeline';
import { blankEntry, toInput } from '../../entries/blank';
import { EntryPane } from './EntryPane';
import { TrashToast } from './TrashToast';
import { Welcome } from './Welcome';
import { ActiveFilters } from './search/ActiveFilters';
import { SearchFiltersForm } from './search/SearchFiltersForm';
import { SearchResults } from './search/SearchResults';
import { type SearchFilters, filterCount, isSearching, useSearch } from './search/useSearch';

type Open = Readonly<{ input: EntryInput; isNew: boolean }>;

function sortSummaries(list: EntrySummary[]): EntrySummary[] {
  return list.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** The journal: search and the timeline on the left, the open entry on the right. */
export function JournalView() {
  return (
    <CatalogProvider>
      <Journal />
    </CatalogProvider>
  );
}

function Journal() {
  const catalog = useCatalog();
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  /** What went wrong last; a refused switch lasts only until the open entry saves. */
  const [error, setError] = useState<Readonly<{ text: string; untilSaved?: boolean }> | null>(null);
  const fail = useCallback((e: unknown) => setError({ text: messageOf(e) }), []);
  const [relationshipId, setRelationshipId] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [showFilters, setShowFilters] = useState(false);
  const [focusMode, setFocusMode] = useState(false);
  const [trashed, setTrashed] = useState<Readonly<{ id: string; title: string }> | null>(null);
  const flushOpen = useRef<() => Promise<void>>(() => Promise.resolve());
  const timeline = useRef<TimelineHandle>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const search = useSearch(query, filters);
  const searching = isSearching(query, filters);
  const filtersOn = filterCount(filters);

  useEffect(() => {
    let live = true;
    call('listEntries', relationshipId ? { relationshipId } : {})
      .then((list) => live && setEntries(list))
      .catch((e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [relationshipId, fail]);

  const switchTo = useCallback(
    async (next: () => Promise<Open | null>) => {
      try {
        await flushOpen.current();
      } catch {
        // The entry itself says why; this only answers the switch the person asked for.
        setError({
          text: 'This entry stays open until its last changes are saved.',
          untilSaved: true,
        });
        return;
      }
      try {
        const target = await next();
        if (!target) flushOpen.current = () => Promise.resolve();
        setOpen(target);
        setError(null);
      } catch (e) {
        fail(e);
      }
    },
    [fail],
  );

  const newEntry = useCallback(
    (date?: string) => void switchTo(async () => ({ input: blankEntry(date), isNew: true })),
    [switchTo],
  );

  const select = useCallback(
    (id: string) => {
      if (open?.input.id === id) return;
      void switchTo(async () => ({ input: toInput(await call('getEntry', { id })), isNew: false }));
    },
    [open, switchTo],
  );

  const { pendingEntryId, pendingNewEntry, entryOpened } = useNavigation();
  useEffect(() => {
    if (pendingNewEntry) {
      entryOpened();
      newEntry();
      return;
    }
    if (!pendingEntryId) return;
    entryOpened();
    select(pendingEntryId);
  }, [pendingEntryId, pendingNewEntry, entryOpened, select, newEntry]);

  const onSaved = useCallback(
    (summary: EntrySummary) => {
      setError((e) => (e?.untilSaved ? null : e));
      setEntries((list) => {
        const current = list ?? [];
        const at = current.findIndex((e) => e.id === summary.id);
        const belongs = !relationshipId || summary.relationships.includes(relationshipId);
        if (at < 0) return belongs ? sortSummaries([summary, ...current]) : current;
        const next = current.slice();
        next[at] = summary;
        return current[at]?.date === summary.date ? next : sortSummaries(next);
      });
    },
    [relationshipId],
  );

  const onReady = useCallback((flush: () => Promise<void>) => {
    flushOpen.current = flush;
  }, []);

  const remove = useCallback(
    (id: string) =>
      void switchTo(async () => {
        const summary = entries?.find((e) => e.id === id);
        const exists = summary ?? (await call('listEntries', {})).find((e) => e.id === id);
        if (exists) {
          await call('trashEntry', { id });
          setEntries((list) => (list ?? []).filter((e) => e.id !== id));
          setTrashed({ id, title: exists.title || exists.preview || 'Untitled entry' });
        }
        return null;
      }),
    [entries, switchTo],
  );

  const undoTrash = useCallback(async () => {
    if (!trashed) return;
    try {
      const summary = await call('restoreEntry', { id: trashed.id });
      setTrashed(null);
      onSaved(summary);
      select(summary.id);
    } catch (e) {
      fail(e);
    }
  }, [trashed, onSaved, select, fail]);

  useEffect(
    () =>
      onCommand((command) => {
        if (command === 'newEntry') newEntry();
        if (command === 'search') {
          setFocusMode(false);
          requestAnimationFrame(() => searchBox.current?.focus());
        }
        if (command === 'focusMode' && open) setFocusMode((on) => !on);
        if (command === 'nextEntry' || command === 'previousEntry') {
          if (!entries || entries.length === 0) return;
          const index = entries.findIndex((e) => e.id === open?.input.id);
          const step = command === 'nextEntry' ? 1 : -1;
          const target = entries[Math.min(entries.length - 1, Math.max(0, index + step))];
          if (target) select(target.id);
        }
      }),
    [newEntry, select, entries, open],
  );

  useEffect(() => {
    if (!focusMode) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setFocusMode(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusMode]);

  const activePeople = catalog.relationships.filter((r) => !r.archived || r.id === relationshipId);

  return (
    <div className={focusMode ? 'journal journal--focus' : 'journal'}>
      <aside className="sidebar" aria-label="Journal">
        <button
          type="button"
          className="button button--primary button--wide"
          onClick={() => newEntry()}
        >
          New entry
        </button>
        <div className="search-box">
          <label className="visually-hidden" htmlFor="search-entries">
            Search entries
          </label>
          <input
            id="search-entries"
            ref={searchBox}
            type="search"
            className="input input--small search-box__input"
            placeholder="Search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setQuery('');
            }}
            autoComplete="off"
            spellCheck={false}
          />
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded={showFilters}
            aria-controls="search-filters"
            onClick={() => setShowFilters((s) => !s)}
          >
            Filters
            {filtersOn > 0 ? (
              <span className="filter-count">
                {filtersOn}
                <span className="visually-hidden"> on</span>
              </span>
            ) : null}
          </button>
        </div>
        {showFilters ? (
          <div id="search-filters">
            <SearchFiltersForm filters={filters} onChange={setFilters} />
          </div>
        ) : (
          <ActiveFilters
            filters={filters}
            onChange={setFilters}
            relationships={catalog.relationships}
            dimensions={catalog.dimensions}
            signs={catalog.signs}
          />
        )}
        {searching ? (
          <SearchResults {...search} selectedId={open?.input.id ?? null} onSelect={select} />
        ) : (
          <>
            {(entries?.length ?? 0) > 0 || relationshipId ? (
              <div className="timeline-tools">
                <label className="timeline-tools__field">
                  <span>Show</span>
                  <RelationshipSelect
                    className="input input--small"
                    relationships={activePeople}
                    value={relationshipId}
                    anyLabel="Everyone"
                    onChange={setRelationshipId}
                  />
                </label>
                <label className="timeline-tools__field">
                  <span>Go to</span>
                  <input
                    type="date"
                    className="input input--small"
                    onChange={(e) => {
                      const id = e.target.value ? timeline.current?.jumpTo(e.target.value) : null;
                      if (id) select(id);
                    }}
                  />
                </label>
              </div>
            ) : null}
            {entries && entries.length > 0 ? (
              <Timeline
                ref={timeline}
                entries={entries}
                selectedId={open?.input.id ?? null}
                onSelect={select}
                relationships={catalog.relationships}
                dimensions={catalog.dimensions}
              />
            ) : (
              <p className="sidebar__empty">
                {entries === null
                  ? 'Opening…'
                  : relationshipId
                    ? 'No entries about them yet.'
                    : 'Your entries will appear here, newest first.'}
              </p>
            )}
          </>
        )}
      </aside>
      <main className="main">
        {error ? (
          <p className="message message--error main__error" role="alert">
            {error.text}
          </p>
        ) : null}
        {open ? (
          <EntryPane
            key={open.input.id}
            initial={open.input}
            isNew={open.isNew}
            focusMode={focusMode}
            onFocusMode={setFocusMode}
            onSaved={onSaved}
            onReady={onReady}
            onDelete={remove}
          />
        ) : (
          <Welcome
            hasEntries={(entries?.length ?? 0) > 0}
            onStart={() => newEntry()}
            onOpen={select}
          />
        )}
        {trashed ? (
          <TrashToast
            title={trashed.title}
            onUndo={() => void undoTrash()}
            onDismiss={() => setTrashed(null)}
          />
        ) : null}
      </main>
    </div>
  );
}
