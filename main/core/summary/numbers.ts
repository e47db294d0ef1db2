import type { Comparison, DateRange, TrendFilter } from '../../contract/trends';
import type { Database } from '../store/sqlite';
import { compareRanges, trendOverview, trendSeries, trendsByRelationship } from '../trends';

// The numbers of a summary, behind one small interface: the overview, charts, relationship and
// sign sections ask these questions and nothing else. They are answered by the Trends core, so
// a summary shows exactly what the Trends screen shows for the same dates and filters. Every
// number is an aggregate over the entries in scope (ticked or not): no entry's text, title or
// tags is read here.

export type Scope = Readonly<{
  from: string;
  to: string;
  /** Entries about any of these relationships; empty means every entry. */
  relationshipIds: readonly string[];
}>;

export type Mean = Readonly<{ mean: number | null; count: number }>;

export type Bucket = 'day' | 'week' | 'month';

/** One bucket of a dimension's series; `mean` null where nothing was rated (a gap in the line). */
export type SeriesPoint = Readonly<{
  start: string;
  mean: number | null;
  count: number;
  /** Cut short by the range (a 3-day week at either end). */
  partial: boolean;
}>;

export type SummaryNumbers = Readonly<{
  /** How many entries (live, in range, matching the relationships) there are. */
  entryCount(db: Database, scope: Scope): number;
  /**
   * Per dimension, the one comparison (trends/compare.ts) of `after` with `before`, under the
   * scope's relationships: the overview's numbers and its verdicts.
   */
  compare(
    db: Database,
    scope: Scope,
    before: DateRange,
    after: DateRange,
    keys: readonly string[],
  ): Map<string, Comparison>;
  /** The mean score per dimension over the scope, and how many entries were rated. */
  means(db: Database, scope: Scope, keys: readonly string[]): Map<string, Mean>;
  /** Per dimension, the mean per bucket (every bucket of the range), oldest first. */
  series(
    db: Database,
    scope: Scope,
    keys: readonly string[],
    bucket: Bucket,
  ): Map<string, SeriesPoint[]>;
  /** Per relationship: its entries in scope, and the mean per dimension over them. */
  byRelationship(
    db: Database,
    scope: Scope,
    keys: readonly string[],
  ): Map<string, Readonly<{ entries: number; means: Map<string, Mean> }>>;
  /** How many entries in scope had each (visible) sign. */
  signCounts(db: Database, scope: Scope): Map<string, number>;
}>;

function filterOf(scope: Scope, keys: readonly string[]): TrendFilter {
  return {
    from: scope.from,
    to: scope.to,
    relationshipIds: [...scope.relationshipIds],
    dimensions: [...keys],
  };
}

/** "Today" only settles open-ended ranges in the Trends core; a summary's range is closed. */
const todayOf = (range: DateRange) => range.to;

export const trendsSummaryNumbers: SummaryNumbers = {
  entryCount(db, scope) {
    return trendOverview(db, filterOf(scope, []), todayOf(scope)).entries;
  },

  compare(db, scope, before, after, keys) {
    if (keys.length === 0) return new Map();
    const filter = { relationshipIds: [...scope.relationshipIds], dimensions: [...keys] };
    const { changes } = compareRanges(db, before, after, filter, todayOf(scope));
    return new Map(changes.map(({ key, ...comparison }) => [key, comparison]));
  },

  means(db, scope, keys) {
    if (keys.length === 0) return new Map();
    const { scores } = trendOverview(db, filterOf(scope, keys), todayOf(scope));
    return new Map(keys.map((k) => [k, scores[k] ?? { mean: null, count: 0 }]));
  },

  series(db, scope, keys, bucket) {
    if (keys.length === 0) return new Map();
    const series = trendSeries(db, { filter: filterOf(scope, keys), by: bucket }, todayOf(scope));
    return new Map(
      keys.map((k) => [
        k,
        series.buckets.map((b) => ({
          start: b.start,
          mean: b.scores[k]?.mean ?? null,
          count: b.scores[k]?.count ?? 0,
          partial: b.partial,
        })),
      ]),
    );
  },

  byRelationship(db, scope, keys) {
    const rows = trendsByRelationship(db, filterOf(scope, keys), todayOf(scope));
    return new Map(
      rows.map((r) => [
        r.relationshipId,
        {
          entries: r.entries,
          means: new Map(keys.map((k) => [k, r.scores[k] ?? { mean: null, count: 0 }])),
        },
      ]),
    );
  },

  signCounts(db, scope) {
    const series = trendSeries(db, { filter: filterOf(scope, []), by: 'month' }, todayOf(scope));
    const counts = new Map<string, number>();
    for (const b of series.buckets) {
      for (const [k, n] of Object.entries(b.signs)) counts.set(k, (counts.get(k) ?? 0) + n);
    }
    return counts;
  },
};

/** The numbers the summary uses. */
export const summaryNumbers: SummaryNumbers = trendsSummaryNumbers;
