import {
  SELF_DIMENSION,
  type SelfByPerson,
  type SelfRequest,
  type WithWithoutRow,
} from '../../contract/insights';
import type { Database } from '../store/sqlite';
import { NO_RATINGS } from '../trends/compare';
import { resolveScope } from '../trends/scope';
import { statOf } from '../trends/stats';
import { withWithoutRows } from './with-without';

// "With whom am I more myself?" answered from the person's own ratings: the sense of self on
// entries about each person, against the entries not about them, ranked.

/** Highest mean first; those without a mean (too few ratings) last, most ratings first. */
function byMean(a: WithWithoutRow, b: WithWithoutRow): number {
  const x = a.with.mean;
  const y = b.with.mean;
  if (x !== null && y !== null) return y - x;
  if (x !== null) return -1;
  if (y !== null) return 1;
  return b.with.count - a.with.count;
}

export function selfByPerson(db: Database, request: SelfRequest, today: string): SelfByPerson {
  const dimension = request.dimension ?? SELF_DIMENSION;
  const scope = resolveScope(
    db,
    { from: request.from, to: request.to, dimensions: [dimension] },
    today,
  );
  const { totals, rows } = withWithoutRows(db, scope, { kinds: ['relationship'] });
  const overall = totals.get(dimension) ?? NO_RATINGS;
  return {
    from: scope.range.from,
    to: scope.range.to,
    dimension,
    overall: statOf(overall),
    people: rows.slice().sort(byMean),
  };
}
