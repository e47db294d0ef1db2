import type {
  DateRange,
  RelationshipTrend,
  TrendComparison,
  TrendFilter,
  TrendOverview,
} from '../../contract/trends';
import { type Database, all, one } from '../store/sqlite';
import { previousRange } from './calendar';
import { type Scope, entriesIn, placeholders, resolveScope } from './scope';
import { type Ratings, NO_RATINGS, compareRatings } from './compare';
import { statOf } from './stats';

type Totals = Readonly<{ k: string; total: number; squares: number; n: number }>;

function scoreTotals(db: Database, scope: Scope, range: DateRange): Totals[] {
  if (scope.dimensions.length === 0) return [];
  const where = entriesIn(range, scope.relationshipIds);
  return all<Totals>(
    db,
    `SELECT s.dimension_key AS k, sum(s.value) AS total, sum(s.value * s.value) AS squares,
            count(*) AS n
       FROM entries e CROSS JOIN scores s ON s.entry_rid = e.rid
      WHERE ${where.sql} AND +s.dimension_key IN (${placeholders(scope.dimensions)})
      GROUP BY s.dimension_key`,
    [...where.params, ...scope.dimensions],
  );
}

const ratingsOf = (t: Totals | undefined): Ratings =>
  t ? { count: t.n, sum: t.total, sumOfSquares: t.squares } : NO_RATINGS;

type RangeTotals = Readonly<{ overview: TrendOverview; ratings: ReadonlyMap<string, Ratings> }>;

function totalsOf(db: Database, scope: Scope, range: DateRange): RangeTotals {
  const where = entriesIn(range, scope.relationshipIds);
  const entries = Number(
    one(db, `SELECT count(*) AS n FROM entries e WHERE ${where.sql}`, where.params)?.['n'] ?? 0,
  );
  const totals = new Map(scoreTotals(db, scope, range).map((t) => [t.k, t]));
  const ratings = new Map(scope.dimensions.map((k) => [k, ratingsOf(totals.get(k))]));
  return {
    overview: {
      from: range.from,
      to: range.to,
      entries,
      scores: Object.fromEntries(
        scope.dimensions.map((k) => {
          const r = ratings.get(k)!;
          return [k, statOf({ sum: r.sum, count: r.count })];
        }),
      ),
    },
    ratings,
  };
}

/** Mean and count of ratings per dimension, and the number of entries, over the whole range. */
export function trendOverview(db: Database, filter: TrendFilter, today: string): TrendOverview {
  const scope = resolveScope(db, filter, today);
  return totalsOf(db, scope, scope.range).overview;
}

/**
 * Two ranges side by side under the same relationships and dimensions, each dimension compared
 * by the one comparison (compare.ts): counts, means, the difference `after − before`, its 95%
 * interval and the verdict. For `journal trends --compare`, the summary's overview and the
 * Trends cards alike.
 */
export function compareRanges(
  db: Database,
  before: DateRange,
  after: DateRange,
  filter: Omit<TrendFilter, 'from' | 'to'>,
  today: string,
): TrendComparison {
  const scope = resolveScope(db, { ...filter, from: after.from, to: after.to }, today);
  const a = totalsOf(db, scope, before);
  const b = totalsOf(db, scope, after);
  return {
    before: a.overview,
    after: b.overview,
    changes: scope.dimensions.map((key) => ({
      key,
      ...compareRatings(a.ratings.get(key) ?? NO_RATINGS, b.ratings.get(key) ?? NO_RATINGS),
    })),
  };
}

/** The filter's range against the range of equal length just before it. */
export function comparePeriods(db: Database, filter: TrendFilter, today: string): TrendComparison {
  const scope = resolveScope(db, filter, today);
  return compareRanges(db, previousRange(scope.range), scope.range, filter, today);
}

/**
 * The same dimensions relationship by relationship, over the filter's range, in the person's
 * order of relationships. Only relationships with entries in the range are listed; an entry
 * about two people counts for each.
 */
export function trendsByRelationship(
  db: Database,
  filter: TrendFilter,
  today: string,
): RelationshipTrend[] {
  const scope = resolveScope(db, filter, today);
  const where = entriesIn(scope.range, scope.relationshipIds);
  const dims = scope.dimensions.length > 0 ? scope.dimensions : [''];
  // One pass, as in the series: each live entry once per relationship it is about, then its
  // entry count (t 0) and rating totals per dimension (t 1).
  const rows = all<{ t: 0 | 1; id: string; k: string; total: number; n: number }>(
    db,
    `WITH picked AS MATERIALIZED (
       SELECT e.rid, r.relationship_id AS id
         FROM entries e CROSS JOIN entry_relationships r ON r.entry_rid = e.rid WHERE ${where.sql})
     SELECT 0 AS t, id, '' AS k, 0 AS total, count(*) AS n FROM picked GROUP BY id
     UNION ALL
     SELECT 1, p.id, s.dimension_key, sum(s.value), count(*)
       FROM picked p CROSS JOIN scores s ON s.entry_rid = p.rid
      WHERE +s.dimension_key IN (${placeholders(dims)})
      GROUP BY p.id, s.dimension_key`,
    [...where.params, ...dims],
  );
  const entries = new Map(rows.filter((r) => r.t === 0).map((r) => [r.id, r.n]));
  const totals = new Map(rows.filter((r) => r.t === 1).map((r) => [`${r.id} ${r.k}`, r]));
  const order = all<{ id: string }>(db, 'SELECT id FROM relationships ORDER BY position');
  const wanted = new Set(scope.relationshipIds);
  return order
    .filter((r) => entries.has(r.id) && (wanted.size === 0 || wanted.has(r.id)))
    .map((r) => ({
      relationshipId: r.id,
      entries: entries.get(r.id) ?? 0,
      scores: Object.fromEntries(
        scope.dimensions.map((k) => {
          const t = totals.get(`${r.id} ${k}`);
          return [k, statOf(t && { sum: t.total, count: t.n })];
        }),
      ),
    }));
}
