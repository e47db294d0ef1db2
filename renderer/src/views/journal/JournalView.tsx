import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryInput, EntrySummary } from '../../../../main/contract';
import { call, messageOf } from '../../app/client';
import { onCommand } from '../../app/commands';
import { useNavigation } from '../../app/navigation';
import { Timeline } from '../../components/Timeline';
import { blankEntry, toInput } from '../../entries/blank';
import { EntryPane } from './EntryPane';

type Open = Readonly<{ input: EntryInput; isNew: boolean }>;

function sortSummaries(list: EntrySummary[]): EntrySummary[] {
  return list.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** The journal: the timeline on the left, the open entry on the right. */
export function JournalView() {
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<string | null>(null);
  const flushOpen = useRef<() => Promise<void>>(() => Promise.resolve());

  useEffect(() => {
    let live = true;
    call('listEntries', {})
      .then((list) => live && setEntries(list))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);

  const switchTo = useCallback(async (next: () => Promise<Open>) => {
    try {
      await flushOpen.current();
    } catch (e) {
      setError(`Your last changes are not saved yet, so the entry stays open. ${messageOf(e)}`);
      return;
    }
    try {
      setOpen(await next());
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  const newEntry = useCallback(() => {
    void switchTo(async () => ({ input: blankEntry(), isNew: true }));
  }, [switchTo]);

  const select = useCallback(
    (id: string) => {
      if (open?.input.id === id) return;
      void switchTo(async () => ({ input: toInput(await call('getEntry', { id })), isNew: false }));
    },
    [open, switchTo],
  );

  const { pendingEntryId, entryOpened } = useNavigation();
  useEffect(() => {
    if (!pendingEntryId) return;
    entryOpened();
    select(pendingEntryId);
  }, [pendingEntryId, entryOpened, select]);

  const onSaved = useCallback((summary: EntrySummary) => {
    setEntries((list) => {
      const current = list ?? [];
      const at = current.findIndex((e) => e.id === summary.id);
      if (at < 0) return sortSummaries([summary, ...current]);
      const next = current.slice();
      next[at] = summary;
      return current[at]?.date === summary.date ? next : sortSummaries(next);
    });
  }, []);

  const onReady = useCallback((flush: () => Promise<void>) => {
    flushOpen.current = flush;
  }, []);

  useEffect(
    () =>
      onCommand((command) => {
        if (command === 'newEntry') newEntry();
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

  return (
    <div className="journal">
      <aside className="sidebar">
        <button type="button" className="button button--primary button--wide" onClick={newEntry}>
          New entry
        </button>
        {entries && entries.length > 0 ? (
          <Timeline entries={entries} selectedId={open?.input.id ?? null} onSelect={select} />
        ) : (
          <p className="sidebar__empty">
            {entries ? 'Your entries will appear here.' : 'Opening…'}
          </p>
        )}
      </aside>
      <main className="main">
        {error ? (
          <p className="message message--error main__error" role="alert">
            {error}
          </p>
        ) : null}
        {open ? (
          <EntryPane
            key={open.input.id}
            initial={open.input}
            isNew={open.isNew}
            onSaved={onSaved}
            onReady={onReady}
          />
        ) : (
          <Welcome hasEntries={(entries?.length ?? 0) > 0} onStart={newEntry} />
        )}
      </main>
    </div>
  );
}

function Welcome({ hasEntries, onStart }: { hasEntries: boolean; onStart(): void }) {
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
        <p>
          Over weeks and months, those small ratings show you which patterns are shifting, and with
          whom.
        </p>
        <button type="button" className="button button--primary" onClick={onStart}>
          {hasEntries ? 'Write a new entry' : 'Write your first entry'}
        </button>
      </section>
    </div>
  );
}
