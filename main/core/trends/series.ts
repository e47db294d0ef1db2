import {
  type BucketSize,
  ROLLING_WINDOW,
  type TrendBucket,
  type TrendRequest,
  type TrendSeries,
} from '../../contract/trends';
import { type Database, all } from '../store/sqlite';
import { autoBucket, bucketStart, bucketsOf, isPartial, plusDays } from './calendar';
import { type Scope, entriesIn, placeholders, resolveScope } from './scope';
import { type Tally, emptyTally, rollingTallies, statOf } from './stats';

/** The first day of an entry's bucket, in SQL: the same days as `bucketStart`, without a clock. */
function bucketSql(by: BucketSize): string {
  switch (by) {
    case 'day':
      return 'e.date';
    case 'week':
      // The Monday on or before the date: go back six days, then forward to a Monday.
      return "date(e.date, '-6 days', 'weekday 1')";
    case 'month':
      return "substr(e.date, 1, 8) || '01'";
  }
}

type Grouped = Readonly<{ t: 0 | 1 | 2; b: string; k: string; total: number; n: number }>;

/**
 * One pass over the range: entries per bucket (t 0), rating totals per bucket and dimension
 * (t 1), sign counts per bucket and sign (t 2). The bucket is worked out once per entry; the
 * joins walk each entry's own scores and signs (CROSS JOIN fixes that order, and `+` keeps
 * SQLite from walking the dimension index instead and reading every entry row from there).
 */
function queryBuckets(db: Database, scope: Scope, by: BucketSize): Grouped[] {
  const where = entriesIn(scope.range, scope.relationshipIds);
  const dims = scope.dimensions.length > 0 ? scope.dimensions : [''];
  const signs = scope.signs.length > 0 ? scope.signs : [''];
  return all<Grouped>(
    db,
    `WITH picked AS MATERIALIZED (SELECT e.rid, ${bucketSql(by)} AS b FROM entries e WHERE ${where.sql})
     SELECT 0 AS t, b, '' AS k, 0 AS total, count(*) AS n FROM picked GROUP BY b
     UNION ALL
     SELECT 1, p.b, s.dimension_key, sum(s.value), count(*)
       FROM picked p CROSS JOIN scores s ON s.entry_rid = p.rid
      WHERE +s.dimension_key IN (${placeholders(dims)})
      GROUP BY p.b, s.dimension_key
     UNION ALL
     SELECT 2, p.b, g.sign_key, 0, count(*)
       FROM picked p CROSS JOIN entry_signs g ON g.entry_rid = p.rid
      WHERE +g.sign_key IN (${placeholders(signs)})
      GROUP BY p.b, g.sign_key`,
    [...where.params, ...dims, ...signs],
  );
}

/**
 * The days whose ratings count toward the first buckets' rolling averages without being in the
 * range: the `window − 1` whole buckets before the first one, and the first bucket's own days
 * before the range starts. Null when there are none (a window of one bucket, starting on a
 * bucket's first day).
 */
function lookbackOf(range: Scope['range'], by: BucketSize, window: number) {
  let from = bucketStart(range.from, by);
  for (let i = 1; i < window; i += 1) from = bucketStart(plusDays(from, -1), by);
  const to = plusDays(range.from, -1);
  return from > to ? null : { from, to };
}

/** Rating totals per dimension over the look-back days, keyed by the whole bucket's first day. */
function lookbackTallies(
  db: Database,
  scope: Scope,
  by: BucketSize,
  window: number,
): Map<string, Map<string, Tally>> {
  const out = new Map<string, Map<string, Tally>>();
  const range = lookbackOf(scope.range, by, window);
  if (!range || scope.dimensions.length === 0) return out;
  const where = entriesIn(range, scope.relationshipIds);
  const rows = all<Grouped>(
    db,
    `SELECT 1 AS t, ${bucketSql(by)} AS b, s.dimension_key AS k, sum(s.value) AS total, count(*) AS n
       FROM entries e CROSS JOIN scores s ON s.entry_rid = e.rid
      WHERE ${where.sql} AND +s.dimension_key IN (${placeholders(scope.dimensions)})
      GROUP BY b, s.dimension_key`,
    [...where.params, ...scope.dimensions],
  );
  for (const row of rows) {
    const byBucket = out.get(row.k) ?? new Map<string, Tally>();
    byBucket.set(row.b, { sum: row.total, count: row.n });
    out.set(row.k, byBucket);
  }
  return out;
}

/**
 * The rolling average of one dimension, bucket by bucket. The window reaches back before the
 * range (so a partial first bucket, or a range that starts mid-pattern, does not start the line
 * from a handful of ratings), and every rating in it counts once, so a partial bucket weighs
 * only as much as the ratings it holds. Null at a bucket with no rating of its own: the line
 * breaks there instead of running across the gap.
 */
function rollingOf(
  tallies: readonly Tally[],
  starts: readonly string[],
  earlier: ReadonlyMap<string, Tally> | undefined,
  by: BucketSize,
  window: number,
): Tally[] {
  const before: Tally[] = [];
  let start = starts[0] ?? '';
  const firstOwn = earlier?.get(bucketStart(start, by)) ?? emptyTally();
  for (let i = 1; i < window; i += 1) {
    start = bucketStart(plusDays(bucketStart(start, by), -1), by);
    before.unshift(earlier?.get(start) ?? emptyTally());
  }
  const joined = tallies.map((t, i) =>
    i === 0 ? { sum: t.sum + firstOwn.sum, count: t.count + firstOwn.count } : t,
  );
  const rolling = rollingTallies([...before, ...joined], window).slice(before.length);
  return rolling.map((r, i) => ((tallies[i]?.count ?? 0) === 0 ? emptyTally() : r));
}

/**
 * Per bucket of the range: how many entries, the mean and count of ratings per dimension, and
 * how many entries had each sign; plus a rolling average per dimension. Every bucket is listed,
 * empty or not, and every dimension appears in every bucket.
 */
export function trendSeries(db: Database, request: TrendRequest, today: string): TrendSeries {
  const scope = resolveScope(db, request.filter, today);
  const by = request.by ?? autoBucket(scope.range);
  const ranges = bucketsOf(scope.range, by);
  const index = new Map(ranges.map((r, i) => [bucketStart(r.from, by), i]));
  const tallies = new Map(scope.dimensions.map((k) => [k, ranges.map(emptyTally)]));
  const entryCounts = ranges.map(() => 0);
  const signCounts = new Map(scope.signs.map((k) => [k, ranges.map(() => 0)]));

  for (const row of queryBuckets(db, scope, by)) {
    const i = index.get(row.b);
    if (i === undefined) continue;
    switch (row.t) {
      case 0:
        entryCounts[i] = row.n;
        break;
      case 1: {
        const tally: Tally | undefined = tallies.get(row.k)?.[i];
        if (tally) {
          tally.sum = row.total;
          tally.count = row.n;
        }
        break;
      }
      case 2: {
        const counts = signCounts.get(row.k);
        if (counts) counts[i] = row.n;
        break;
      }
    }
  }

  const buckets: TrendBucket[] = ranges.map((r, i) => ({
    start: r.from,
    end: r.to,
    partial: isPartial(r, by),
    entries: entryCounts[i] ?? 0,
    scores: Object.fromEntries(scope.dimensions.map((k) => [k, statOf(tallies.get(k)?.[i])])),
    signs: Object.fromEntries(scope.signs.map((k) => [k, signCounts.get(k)?.[i] ?? 0])),
  }));
  const window = ROLLING_WINDOW[by];
  const earlier = lookbackTallies(db, scope, by, window);
  const starts = ranges.map((r) => r.from);
  const rolling = scope.dimensions.map(
    (k) => [k, rollingOf(tallies.get(k) ?? [], starts, earlier.get(k), by, window)] as const,
  );
  return {
    from: scope.range.from,
    to: scope.range.to,
    by,
    window,
    dimensions: [...scope.dimensions],
    signs: [...scope.signs],
    buckets,
    rolling: Object.fromEntries(rolling.map(([k, r]) => [k, r.map((t) => statOf(t).mean)])),
    rollingCounts: Object.fromEntries(rolling.map(([k, r]) => [k, r.map((t) => t.count)])),
  };
}
