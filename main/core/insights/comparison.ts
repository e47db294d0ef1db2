import type { Comparison, ScoreStat } from '../../contract/trends';
import { type Ratings, compareRatings } from '../trends/compare';

// What insights take from the one comparison, and how they report it: a side with too few
// ratings shows its count and nothing else, so no mean resting on two ratings is ever printed
// beside a verdict that says it cannot be weighed.

/** `all − part`: the ratings outside a subset, from the totals and the subset's sums. */
export function minus(all: Ratings, part: Ratings): Ratings {
  return {
    count: all.count - part.count,
    sum: all.sum - part.sum,
    sumOfSquares: all.sumOfSquares - part.sumOfSquares,
  };
}

export type Reported = Readonly<{
  before: ScoreStat;
  after: ScoreStat;
  difference: number | null;
  interval: [number, number] | null;
  verdict: Comparison['verdict'];
}>;

/** `after` against `before` through compareRatings, numbers withheld under "not enough". */
export function reportedComparison(before: Ratings, after: Ratings): Reported {
  const c = compareRatings(before, after);
  if (c.verdict !== 'not enough ratings') return c;
  return {
    before: { mean: null, count: c.before.count },
    after: { mean: null, count: c.after.count },
    difference: null,
    interval: null,
    verdict: c.verdict,
  };
}

/**
 * How clearly a comparison's interval stands off zero: the difference over the interval's
 * half-width (the t statistic over its critical value). Above 1 the interval excludes 0.
 * Sides without spread that still differ are as clear as it gets.
 */
export function clarity(r: Pick<Reported, 'difference' | 'interval'>): number {
  if (r.difference === null || r.interval === null) return -1;
  const half = (r.interval[1] - r.interval[0]) / 2;
  if (half === 0) return r.difference === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(r.difference) / half;
}

const VERDICT_RANK: Readonly<Record<Comparison['verdict'], number>> = {
  higher: 0,
  lower: 0,
  'no clear change': 1,
  'not enough ratings': 2,
};

/** Clear differences first (clearest first), then no clear one, then not enough ratings. */
export function byClarity(
  a: Pick<Reported, 'difference' | 'interval' | 'verdict'>,
  b: Pick<Reported, 'difference' | 'interval' | 'verdict'>,
): number {
  const x = clarity(a);
  const y = clarity(b);
  return VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || (x === y ? 0 : x > y ? -1 : 1);
}
