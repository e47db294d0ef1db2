import { format, parseISO } from 'date-fns';
import type { EntrySummary } from '../../../../main/contract';
import type { Pick } from './useSummaryWizard';

type Props = Readonly<{
  entries: readonly EntrySummary[];
  loaded: boolean;
  picks: Readonly<Record<string, Pick>>;
  onPick(id: string, value: Pick | null): void;
}>;

/**
 * The entries of the range, one by one. Nothing is ticked unless the person flagged it for
 * this session; an entry marked "never share" cannot be ticked at all.
 */
export function EntryPicker({ entries, loaded, picks, onPick }: Props) {
  if (!loaded) return <p className="wizard__hint">Loading entries…</p>;
  if (entries.length === 0) {
    return <p className="wizard__hint">No entries in these dates.</p>;
  }
  const ticked = entries.filter((e) => picks[e.id]).length;
  return (
    <div className="picker">
      <p className="wizard__hint" role="status">
        {ticked === 0
          ? `None of the ${entries.length} entries will be quoted. Their ratings still count in the numbers.`
          : `${ticked} of ${entries.length} entries will be quoted. The others count only in the numbers.`}
      </p>
      <ul className="picker__list" aria-label="Entries to share">
        {[...entries].reverse().map((entry) => {
          const never = entry.share === 'never';
          const chosen = picks[entry.id];
          // An untitled entry (or one whose title is only spaces) shows its first words.
          const title = entry.title?.trim() ?? '';
          const label = title || entry.preview;
          return (
            <li key={entry.id} className="picker__item" data-never={never || undefined}>
              <label className="picker__main">
                <input
                  type="checkbox"
                  checked={Boolean(chosen)}
                  disabled={never}
                  onChange={(e) => onPick(entry.id, e.target.checked ? { excerpt: false } : null)}
                  aria-label={`Share the entry of ${format(parseISO(entry.date), 'd MMMM')}${label ? `, ${label}` : ''}`}
                />
                <span className="picker__date">{format(parseISO(entry.date), 'EEE d MMM')}</span>
                <span className="picker__text">{label || 'Empty entry'}</span>
              </label>
              <span className="picker__tags">
                {entry.share === 'bring' ? (
                  <span className="picker__tag picker__tag--bring">For this session</span>
                ) : null}
                {never ? <span className="picker__tag picker__tag--never">Never share</span> : null}
                {chosen ? (
                  <label className="picker__excerpt">
                    <input
                      type="checkbox"
                      checked={chosen.excerpt}
                      onChange={(e) => onPick(entry.id, { excerpt: e.target.checked })}
                    />
                    Excerpt only
                  </label>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
