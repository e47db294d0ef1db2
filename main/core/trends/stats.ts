import type { ScoreStat } from '../../contract/trends';

/** Running totals for one dimension; the mean is derived, so sums can be added across buckets. */
export type Tally = { sum: number; count: number };

export const emptyTally = (): Tally => ({ sum: 0, count: 0 });

export function statOf(tally: Tally | undefined): ScoreStat {
  if (!tally || tally.count === 0) return { mean: null, count: 0 };
  return { mean: tally.sum / tally.count, count: tally.count };
}

/** `after − before`, or null when either side has nothing rated. */
export function changeOf(before: ScoreStat, after: ScoreStat): number | null {
  return before.mean === null || after.mean === null ? null : after.mean - before.mean;
}

/**
 * The rolling average ending at each bucket: every rating in the last `window` buckets counts
 * once (so a busy day weighs as much as its entries). Null where the window holds no rating,
 * which leaves a gap in the line rather than a dip.
 */
export function rollingAverage(tallies: readonly Tally[], window: number): (number | null)[] {
  const out: (number | null)[] = [];
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
    out.push(count === 0 ? null : sum / count);
  });
  return out;
}
