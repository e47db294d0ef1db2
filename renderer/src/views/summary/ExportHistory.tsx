import { format, parseISO } from 'date-fns';
import type { SummaryExport, SummarySectionKind } from '../../../../main/contract';

const SECTION_NAMES: Record<SummarySectionKind, string> = {
  cover: 'Cover',
  overview: 'Overview',
  charts: 'Trend charts',
  relationships: 'Relationships',
  signs: 'Signs',
  entries: 'Entries',
  notes: 'Notes',
};

export const sectionName = (s: SummarySectionKind) => SECTION_NAMES[s];

const day = (d: string) => format(parseISO(d), 'd MMM yyyy');

/** What left the vault, and when: kept encrypted in the journal, shown only here. */
export function ExportHistory({ exports }: Readonly<{ exports: readonly SummaryExport[] }>) {
  return (
    <details className="history">
      <summary className="history__summary">
        Summaries you have saved{exports.length > 0 ? ` (${exports.length})` : ''}
      </summary>
      {exports.length === 0 ? (
        <p className="wizard__hint">None yet.</p>
      ) : (
        <ol className="history__list">
          {exports.map((x) => (
            <li key={x.exportedAt} className="history__item">
              <div className="history__head">
                <span>{format(parseISO(x.exportedAt), "d MMM yyyy 'at' HH:mm")}</span>
                <span className="history__format">{x.format === 'pdf' ? 'PDF' : 'Markdown'}</span>
              </div>
              <div className="wizard__hint">
                {day(x.from)} – {day(x.to)} · {x.sections.map(sectionName).join(', ')}
              </div>
              <div className="wizard__hint">
                {x.entryCount === 0
                  ? 'No entries quoted.'
                  : `Entries quoted: ${x.entries
                      .map(
                        (e) =>
                          `${format(parseISO(e.date), 'd MMM')}${e.title ? ` (${e.title})` : ''}`,
                      )
                      .join(
                        ', ',
                      )}${x.entryCount > x.entries.length ? `, and ${x.entryCount - x.entries.length} since deleted` : ''}`}
              </div>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
