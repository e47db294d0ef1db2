import { format, parseISO } from 'date-fns';
import type { EntrySummary } from '../../../main/contract';

type Props = Readonly<{
  entries: readonly EntrySummary[];
  selectedId: string | null;
  onSelect(id: string): void;
}>;

function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** The journal as a list, newest first, grouped by month. */
export function Timeline({ entries, selectedId, onSelect }: Props) {
  const groups: Array<{ month: string; items: EntrySummary[] }> = [];
  for (const entry of entries) {
    const month = monthKey(entry.date);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(entry);
    else groups.push({ month, items: [entry] });
  }
  return (
    <nav className="timeline" aria-label="Entries">
      {groups.map((group) => (
        <section
          key={group.month}
          className="timeline__month"
          aria-label={format(parseISO(`${group.month}-01`), 'MMMM yyyy')}
        >
          <h2 className="timeline__heading">
            {format(parseISO(`${group.month}-01`), 'MMMM yyyy')}
          </h2>
          <ul className="timeline__list">
            {group.items.map((entry) => {
              const day = parseISO(entry.date);
              return (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="timeline__item"
                    aria-current={entry.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(entry.id)}
                  >
                    <span className="timeline__date" aria-hidden="true">
                      <span className="timeline__day">{format(day, 'd')}</span>
                      <span className="timeline__weekday">{format(day, 'EEE')}</span>
                    </span>
                    <span className="timeline__text">
                      <span className="timeline__title">
                        {entry.title || entry.preview || 'Untitled entry'}
                      </span>
                      {entry.title && entry.preview ? (
                        <span className="timeline__preview">{entry.preview}</span>
                      ) : null}
                      <span className="visually-hidden">{format(day, 'EEEE d MMMM yyyy')}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
