import type { Pixels, PixelsRequest } from '../../contract/insights';
import { type Database, all, one } from '../store/sqlite';
import { entriesIn, resolveScope } from '../trends/scope';

// Year in pixels: one cell per day. A day with entries but no rating of the dimension is listed
// with a null mean ("not rated", never a zero); a day without entries is not listed at all.

/**
 * The days of the range that have an entry (about the person, if one is given): how many
 * entries, and the mean and count of the dimension's ratings. `firstDate` is the first entry
 * under the same filter, so the calendar can offer every year back to it.
 */
export function yearInPixels(db: Database, request: PixelsRequest, today: string): Pixels {
  const relationshipIds = request.relationshipId ? [request.relationshipId] : [];
  const scope = resolveScope(
    db,
    { from: request.from, to: request.to, relationshipIds, dimensions: [request.dimension] },
    today,
  );
  const where = entriesIn(scope.range, relationshipIds);
  // The LEFT JOIN finds the entry's one rating of the dimension by the scores key, if any.
  const days = all<{ date: string; entries: number; total: number | null; count: number }>(
    db,
    `SELECT e.date AS date, count(*) AS entries, sum(s.value) AS total, count(s.value) AS count
       FROM entries e LEFT JOIN scores s ON s.entry_rid = e.rid AND s.dimension_key = ?
      WHERE ${where.sql}
      GROUP BY e.date ORDER BY e.date`,
    [request.dimension, ...where.params],
  );
  const first = entriesIn({ from: '0000-01-01', to: '9999-12-31' }, relationshipIds);
  const firstDate =
    one<{ d: string | null }>(db, `SELECT min(e.date) AS d FROM entries e WHERE ${first.sql}`, [
      ...first.params,
    ])?.d ?? null;
  return {
    from: scope.range.from,
    to: scope.range.to,
    dimension: request.dimension,
    relationshipId: request.relationshipId ?? null,
    firstDate,
    days: days.map((d) => ({
      date: d.date,
      entries: d.entries,
      mean: d.count === 0 || d.total === null ? null : d.total / d.count,
      count: d.count,
    })),
  };
}
