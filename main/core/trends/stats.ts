import type { ScoreStat } from '../../contract/trends';

/** Running totals for one dimension; the mean is derived, so sums can be added across buckets. */
export type Tally = { sum: number; count: number };

export const emptyTally = (): Tally => ({ sum: 0, count: 0 });

export function statOf(tally: Tally | undefined): ScoreStat {
  if (!tally || tally.count === 0) return { mean: null, count: 0 };
  return { mean: tally.sum / tally.count, count: tally.count };
}

/**
 * The rolling totals ending at each bucket: every rating in the last `window` buckets counts
 * once (so a busy day weighs as much as its entries, and a short bucket only as much as it
 * holds).
 */
export function rollingTallies(tallies: readonly Tally[], window: number): Tally[] {
  const out: Tally[] = [];
  let sum = 0;
  let count = 0;
  tallies.forEach((tally, i) => {
    sum += tally.sum;
    count += tally.count;
    const leaving = tallies[i - window];
    if (leaving) {
      sum -= leaving.sum;
      count -= leaving.count;
    }
    out.push({ sum, count });
  });
  return out;
}
