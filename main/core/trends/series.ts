import {
  type BucketSize,
  ROLLING_WINDOW,
  type TrendBucket,
  type TrendRequest,
  type TrendSeries,
} from '../../contract/trends';
import { type Database, all } from '../store/sqlite';
import { autoBucket, bucketStart, bucketsOf } from './calendar';
import { type Scope, entriesIn, placeholders, resolveScope } from './scope';
import { type Tally, emptyTally, rollingAverage, statOf } from './stats';

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

type Grouped = Readonly<{ b: string; k: string; total: number; n: number }>;

function queryBuckets(db: Database, scope: Scope, by: BucketSize) {
  const where = entriesIn(scope.range, scope.relationshipIds);
  // The bucket is worked out once per entry, then scores and signs join on the entry.
  const picked = `WITH picked AS (SELECT e.rid, ${bucketSql(by)} AS b FROM entries e WHERE ${where.sql})`;
  const entries = all<{ b: string; n: number }>(
    db,
    `${picked} SELECT b, count(*) AS n FROM picked GROUP BY b`,
    where.params,
  );
  const scores =
    scope.dimensions.length === 0
      ? []
      : all<Grouped>(
          db,
          `${picked} SELECT p.b AS b, s.dimension_key AS k, sum(s.value) AS total, count(*) AS n
             FROM picked p JOIN scores s ON s.entry_rid = p.rid
            WHERE s.dimension_key IN (${placeholders(scope.dimensions)})
            GROUP BY p.b, s.dimension_key`,
          [...where.params, ...scope.dimensions],
        );
  const signs =
    scope.signs.length === 0
      ? []
      : all<Grouped>(
          db,
          `${picked} SELECT p.b AS b, g.sign_key AS k, 0 AS total, count(*) AS n
             FROM picked p JOIN entry_signs g ON g.entry_rid = p.rid
            WHERE g.sign_key IN (${placeholders(scope.signs)})
            GROUP BY p.b, g.sign_key`,
          [...where.params, ...scope.signs],
        );
  return { entries, scores, signs };
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

  const rows = queryBuckets(db, scope, by);
  for (const row of rows.entries) {
    const i = index.get(row.b);
    if (i !== undefined) entryCounts[i] = row.n;
  }
  for (const row of rows.scores) {
    const i = index.get(row.b);
    const tally: Tally | undefined = i === undefined ? undefined : tallies.get(row.k)?.[i];
    if (tally) {
      tally.sum = row.total;
      tally.count = row.n;
    }
  }
  for (const row of rows.signs) {
    const i = index.get(row.b);
    const counts = signCounts.get(row.k);
    if (i !== undefined && counts) counts[i] = row.n;
  }

  const buckets: TrendBucket[] = ranges.map((r, i) => ({
    start: r.from,
    end: r.to,
    entries: entryCounts[i] ?? 0,
    scores: Object.fromEntries(scope.dimensions.map((k) => [k, statOf(tallies.get(k)?.[i])])),
    signs: Object.fromEntries(scope.signs.map((k) => [k, signCounts.get(k)?.[i] ?? 0])),
  }));
  const window = ROLLING_WINDOW[by];
  return {
    from: scope.range.from,
    to: scope.range.to,
    by,
    window,
    dimensions: [...scope.dimensions],
    signs: [...scope.signs],
    buckets,
    rolling: Object.fromEntries(
      scope.dimensions.map((k) => [k, rollingAverage(tallies.get(k) ?? [], window)]),
    ),
  };
}
