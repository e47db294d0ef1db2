import { format } from 'date-fns';
import type { Dimension } from '../../contract/domain';
import type { Comparison } from '../../contract/trends';
import type {
  SummaryDocument,
  SummaryRequest,
  SummarySection,
  SummarySectionKind,
} from '../../contract/summary';
import { JournalError, invalid } from '../errors';
import { listDimensions, listRelationships, listSigns } from '../store/catalog';
import { getEntry } from '../store/entries';
import type { Database } from '../store/sqlite';
import { listTherapySessions } from '../store/therapy';
import { autoBucket } from '../trends';
import { FULL_CHART, SPARKLINE, layoutChart } from './chart';
import { type Range, longDate, overviewPeriods, rangeLabel } from './dates';
import { type Scope, type SeriesPoint, type SummaryNumbers, summaryNumbers } from './numbers';
import { excerptOf, paragraphsOf } from './text';

// From what the person chose to one document. Two kinds of input, kept apart on purpose:
// numbers (aggregates over every entry in scope) and words (only from the entries the person
// ticked, and only those not marked "never share").

const MAX_RELATIONSHIP_COLUMNS = 6;
const BUCKET_WORDS = { day: 'Daily', week: 'Weekly', month: 'Monthly' } as const;

const NOT_COMPARED: Comparison = {
  before: { mean: null, count: 0 },
  after: { mean: null, count: 0 },
  difference: null,
  interval: null,
  verdict: 'not enough ratings',
};

function chosenDimensions(db: Database, keys: readonly string[]): Dimension[] {
  const all = listDimensions(db);
  if (keys.length === 0) return all.filter((d) => !d.hidden);
  const byKey = new Map(all.map((d) => [d.key, d]));
  return keys.map((k) => {
    const found = byKey.get(k);
    if (!found) throw invalid(`There is no dimension called "${k}".`);
    return found;
  });
}

export type BuildOptions = Readonly<{ today: Date; numbers?: SummaryNumbers }>;

export function buildSummary(
  db: Database,
  request: SummaryRequest,
  { today, numbers = summaryNumbers }: BuildOptions,
): SummaryDocument {
  if (request.from > request.to) throw invalid('The summary must start before it ends.');
  const range: Range = { from: request.from, to: request.to };
  const relationships = listRelationships(db);
  const relationshipNames = new Map(relationships.map((r) => [r.id, r.name]));
  for (const id of request.relationshipIds) {
    if (!relationshipNames.has(id))
      throw invalid('One of the chosen relationships does not exist.');
  }
  const scope: Scope = { ...range, relationshipIds: request.relationshipIds };
  const dimensions = chosenDimensions(db, request.dimensionKeys);
  const keys = dimensions.map((d) => d.key);
  const wanted = new Set<SummarySectionKind>(request.sections);
  const sections: SummarySection[] = [];
  const bucket = autoBucket(range);
  const series =
    wanted.has('overview') || wanted.has('charts')
      ? numbers.series(db, scope, keys, bucket)
      : new Map<string, SeriesPoint[]>();
  const whole = numbers.means(db, scope, keys);

  if (wanted.has('overview')) {
    const periods = overviewPeriods(
      range,
      listTherapySessions(db).map((s) => s.date),
    );
    const compared = numbers.compare(db, scope, periods.before, periods.after, keys);
    sections.push({
      kind: 'overview',
      beforeLabel: periods.beforeLabel,
      beforeDates: periods.beforeDates,
      afterLabel: periods.afterLabel,
      afterDates: periods.afterDates,
      legend: periods.legend,
      rows: dimensions.map((d) => {
        const comparison = compared.get(d.key) ?? NOT_COMPARED;
        return {
          key: d.key,
          name: d.name,
          lowLabel: d.lowLabel,
          highLabel: d.highLabel,
          ...comparison,
          sparkline: layoutChart(series.get(d.key) ?? [], range, bucket, SPARKLINE),
        };
      }),
    });
  }

  if (wanted.has('charts')) {
    sections.push({
      kind: 'charts',
      bucketLabel: `${BUCKET_WORDS[bucket]} averages, on the 1–7 scale`,
      charts: dimensions.map((d) => ({
        name: d.name,
        lowLabel: d.lowLabel,
        highLabel: d.highLabel,
        rated: whole.get(d.key)?.count ?? 0,
        chart: layoutChart(series.get(d.key) ?? [], range, bucket, FULL_CHART),
      })),
    });
  }

  if (wanted.has('relationships')) {
    const per = numbers.byRelationship(db, scope, keys);
    const chosen = new Set(request.relationshipIds);
    const columns = relationships
      .filter((r) => per.has(r.id) && (chosen.size === 0 || chosen.has(r.id)))
      .sort((a, b) => (per.get(b.id)?.entries ?? 0) - (per.get(a.id)?.entries ?? 0))
      .slice(0, MAX_RELATIONSHIP_COLUMNS);
    sections.push({
      kind: 'relationships',
      columns: columns.map((r) => ({ name: r.name, entries: per.get(r.id)?.entries ?? 0 })),
      rows: dimensions.map((d) => ({
        name: d.name,
        means: columns.map((r) => per.get(r.id)?.means.get(d.key) ?? { mean: null, count: 0 }),
      })),
    });
  }

  const entryCount = numbers.entryCount(db, scope);

  if (wanted.has('signs')) {
    const counts = numbers.signCounts(db, scope);
    const signs = listSigns(db).filter((s) => (counts.get(s.key) ?? 0) > 0);
    const group = (kind: 'warning' | 'healthy') =>
      signs
        .filter((s) => s.kind === kind)
        .map((s) => ({ label: s.label, count: counts.get(s.key) ?? 0 }))
        .sort((a, b) => b.count - a.count);
    sections.push({
      kind: 'signs',
      entries: entryCount,
      groups: [
        { title: 'Warning signs', signs: group('warning') },
        { title: 'Healthy signs', signs: group('healthy') },
      ],
    });
  }

  const included = includedEntries(db, request, dimensions, relationshipNames);
  if (wanted.has('entries')) sections.push({ kind: 'entries', entries: included });

  const notes = paragraphsOf(request.notes);
  if (wanted.has('notes') && notes.length > 0) sections.push({ kind: 'notes', paragraphs: notes });

  const chosenNames = request.relationshipIds.map((id) => relationshipNames.get(id) ?? '');
  const name = request.name.trim();
  return {
    title: 'Journal summary',
    name: name.length > 0 ? name : null,
    rangeLabel: rangeLabel(range),
    generatedLabel: format(today, 'd MMMM yyyy'),
    relationshipsLabel: chosenNames.length === 0 ? 'All relationships' : chosenNames.join(', '),
    entryCount,
    includedCount: wanted.has('entries') ? included.length : 0,
    showCover: wanted.has('cover'),
    sections,
  };
}

function includedEntries(
  db: Database,
  request: SummaryRequest,
  dimensions: readonly Dimension[],
  relationshipNames: ReadonlyMap<string, string>,
) {
  const signLabels = new Map(listSigns(db).map((s) => [s.key, s.label]));
  const seen = new Set<string>();
  const picked = request.entries.filter((e) => !seen.has(e.id) && seen.add(e.id));
  return picked
    .map(({ id, excerpt }) => {
      const entry = getEntry(db, id);
      if (!entry || entry.deletedAt) throw invalid('One of the chosen entries no longer exists.');
      if (entry.share === 'never') {
        throw new JournalError(
          'FORBIDDEN',
          'One of the chosen entries is marked "never share", so it cannot go into a summary.',
        );
      }
      const text = excerpt
        ? excerptOf(entry.text)
        : { paragraphs: paragraphsOf(entry.text), cut: false };
      return {
        date: entry.date,
        dateLabel: longDate(entry.date),
        title: entry.title,
        relationships: entry.relationships.map((r) => relationshipNames.get(r) ?? ''),
        scores: dimensions
          .filter((d) => entry.scores[d.key] !== undefined)
          .map((d) => ({ name: d.name, value: entry.scores[d.key]! })),
        signs: entry.signs.map((s) => signLabels.get(s) ?? '').filter((s) => s.length > 0),
        paragraphs: text.paragraphs,
        excerpt: text.cut,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
