import { useVirtualizer } from '@tanstack/react-virtual';
import { format, parseISO } from 'date-fns';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { Dimension, EntrySummary, Relationship } from '../../../main/contract';
import { ScoreStrip } from './ScoreStrip';

type Props = Readonly<{
  entries: readonly EntrySummary[];
  selectedId: string | null;
  onSelect(id: string): void;
  relationships: readonly Relationship[];
  dimensions: readonly Dimension[];
}>;

export type TimelineHandle = Readonly<{
  /** Scrolls to the newest entry on or before `date`; returns its id. */
  jumpTo(date: string): string | null;
}>;

const MONTH_ROW = 36;
const ENTRY_ROW = 78;

type Row =
  | Readonly<{ type: 'month'; month: string; label: string }>
  | Readonly<{ type: 'entry'; entry: EntrySummary }>;

function rowsOf(entries: readonly EntrySummary[]): Row[] {
  const rows: Row[] = [];
  let month = '';
  for (const entry of entries) {
    const m = entry.date.slice(0, 7);
    if (m !== month) {
      month = m;
      rows.push({ type: 'month', month: m, label: format(parseISO(`${m}-01`), 'MMMM yyyy') });
    }
    rows.push({ type: 'entry', entry });
  }
  return rows;
}

/**
 * The journal as a list, newest first, grouped by month. Only the rows in view are in the page,
 * so twenty years of entries scroll as lightly as twenty.
 */
export const Timeline = forwardRef<TimelineHandle, Props>(function Timeline(
  { entries, selectedId, onSelect, relationships, dimensions },
  ref,
) {
  const rows = useMemo(() => rowsOf(entries), [entries]);
  const byId = useMemo(() => new Map(relationships.map((r) => [r.id, r])), [relationships]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    // Fixed heights (set in CSS too): nothing to measure while scrolling through years.
    estimateSize: (i) => (rows[i]?.type === 'month' ? MONTH_ROW : ENTRY_ROW),
    overscan: 8,
    getItemKey: (i) => {
      const row = rows[i];
      return row?.type === 'entry' ? row.entry.id : `m-${row?.month ?? i}`;
    },
  });

  // An entry opened from elsewhere (a chart point, search, the welcome page) is brought into
  // view once, when it is chosen or when the list it is in arrives; after that the person's
  // own scrolling is left alone.
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || shownFor.current === selectedId) return;
    const index = rows.findIndex((r) => r.type === 'entry' && r.entry.id === selectedId);
    if (index < 0) return;
    shownFor.current = selectedId;
    const item = virtualizer.measurementsCache[index];
    const top = scroller.current?.scrollTop ?? 0;
    const bottom = top + (scroller.current?.clientHeight ?? 0);
    // Already in view (it was clicked there): nothing moves. Else it lands mid-list, with its
    // neighbours in days around it.
    if (item && item.start >= top && item.end <= bottom) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [selectedId, rows, virtualizer]);

  useImperativeHandle(
    ref,
    () => ({
      jumpTo(date: string) {
        const index = rows.findIndex((r) => r.type === 'entry' && r.entry.date <= date);
        const at = index < 0 ? rows.length - 1 : index;
        const row = rows[at];
        if (!row || row.type !== 'entry') return null;
        virtualizer.scrollToIndex(Math.max(0, at - 1), { align: 'start' });
        return row.entry.id;
      },
    }),
    [rows, virtualizer],
  );

  const visible = dimensions.filter((d) => !d.hidden);
  return (
    <nav className="timeline" aria-label="Entries" ref={scroller}>
      <ul className="timeline__list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              className="timeline__row"
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {row.type === 'month' ? (
                <h2 className="timeline__heading">{row.label}</h2>
              ) : (
                <EntryRow
                  entry={row.entry}
                  selected={row.entry.id === selectedId}
                  onSelect={onSelect}
                  people={row.entry.relationships.flatMap((id) => byId.get(id) ?? [])}
                  dimensions={visible}
                />
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
});

function EntryRow({
  entry,
  selected,
  onSelect,
  people,
  dimensions,
}: {
  entry: EntrySummary;
  selected: boolean;
  onSelect(id: string): void;
  people: readonly Relationship[];
  dimensions: readonly Dimension[];
}) {
  const day = parseISO(entry.date);
  return (
    <button
      type="button"
      className="timeline__item"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(entry.id)}
    >
      <span className="timeline__date" aria-hidden="true">
        <span className="timeline__day">{format(day, 'd')}</span>
        <span className="timeline__weekday">{format(day, 'EEE')}</span>
      </span>
      <span className="timeline__text">
        <span className="timeline__title">{entry.title || entry.preview || 'Untitled entry'}</span>
        {entry.title && entry.preview ? (
          <span className="timeline__preview">{entry.preview}</span>
        ) : null}
        <span className="visually-hidden">{format(day, 'EEEE d MMMM yyyy')}</span>
        {people.length > 0 || Object.keys(entry.scores).length > 0 ? (
          <span className="timeline__meta">
            {people.map((p) => (
              <span key={p.id} className="chip" style={{ ['--chip' as string]: p.color }}>
                <span className="chip__dot" aria-hidden="true" />
                {p.name}
              </span>
            ))}
            <ScoreStrip scores={entry.scores} dimensions={dimensions} />
          </span>
        ) : null}
      </span>
    </button>
  );
}
