import {
  type Comparison,
  CONFIDENCE,
  MIN_RATINGS_FOR_CHANGE,
  type ScoreStat,
} from '../../contract/trends';
import { studentTQuantile } from './student-t';

// The one comparison behind every claim of change in Twofold: the Trends cards, the summary's
// overview, `journal trends --compare`, and anything built on them. Nothing else may say
// "higher", "lower" or draw an arrow.
//
// Method: Welch's unequal-variances t interval for the difference of two means, with the
// Welch–Satterthwaite degrees of freedom (B. L. Welch, "The generalization of 'Student's'
// problem when several different population variances are involved", Biometrika 34, 1947,
// 28–35; F. E. Satterthwaite, Biometrics Bulletin 2, 1946, 110–114). It is what R's `t.test`
// and SciPy's `ttest_ind(equal_var=False)` compute, and the unit tests hold it to them.
//
// Welch rather than Student's pooled t because two periods of a journal rarely have equal
// spread; rather than a bootstrap because it is exact to repeat (no random draws: the app, the
// command line and the PDF must print the same interval) and behaves at 5 ratings, where a
// bootstrap interval is too narrow. It treats ratings as independent; ratings close in time
// tend to resemble each other, so the interval errs on the narrow side. That is one reason a
// direction also needs a minimum number of ratings on both sides.

/** What the comparison needs of a set of ratings; sums add up across buckets and come from SQL. */
export type Ratings = Readonly<{ count: number; sum: number; sumOfSquares: number }>;

export const NO_RATINGS: Ratings = { count: 0, sum: 0, sumOfSquares: 0 };

/** The sums of a list of ratings. */
export function ratingsOf(values: readonly number[]): Ratings {
  let sum = 0;
  let sumOfSquares = 0;
  for (const v of values) {
    sum += v;
    sumOfSquares += v * v;
  }
  return { count: values.length, sum, sumOfSquares };
}

function statOf(r: Ratings): ScoreStat {
  return r.count === 0 ? { mean: null, count: 0 } : { mean: r.sum / r.count, count: r.count };
}

/** The sample variance (n − 1 in the denominator); the numerator is exact for whole ratings. */
function varianceOf(r: Ratings): number {
  return Math.max(0, (r.count * r.sumOfSquares - r.sum * r.sum) / (r.count * (r.count - 1)));
}

/** The Welch 95% interval for `after − before`, or null when a side has fewer than 2 ratings. */
function welchInterval(before: Ratings, after: Ratings, difference: number) {
  if (before.count < 2 || after.count < 2) return null;
  const a = varianceOf(before) / before.count;
  const b = varianceOf(after) / after.count;
  const se2 = a + b;
  // Both sides without spread (every rating the same): the difference is all there is.
  if (se2 === 0) return [difference, difference] as const;
  const df = (se2 * se2) / ((a * a) / (before.count - 1) + (b * b) / (after.count - 1));
  const half = studentTQuantile(1 - (1 - CONFIDENCE) / 2, df) * Math.sqrt(se2);
  return [difference - half, difference + half] as const;
}

/**
 * Compares the ratings of a later period (`after`) with an earlier one (`before`): counts,
 * means, the difference `after − before`, its 95% interval, and a verdict. A direction
 * (`higher` / `lower`) only when both sides have at least MIN_RATINGS_FOR_CHANGE ratings and the
 * interval excludes 0; `not enough ratings` when a side has fewer; else `no clear change`.
 * `difference` and `interval` are given whenever they can be computed (a difference needs a
 * rating on each side, an interval two), also under `not enough ratings`, for the curious.
 */
export function compareRatings(before: Ratings, after: Ratings): Comparison {
  const was = statOf(before);
  const now = statOf(after);
  const difference = was.mean === null || now.mean === null ? null : now.mean - was.mean;
  const interval = difference === null ? null : welchInterval(before, after, difference);
  const enough = before.count >= MIN_RATINGS_FOR_CHANGE && after.count >= MIN_RATINGS_FOR_CHANGE;
  const verdict = !enough
    ? 'not enough ratings'
    : interval === null || (interval[0] <= 0 && interval[1] >= 0)
      ? 'no clear change'
      : interval[0] > 0
        ? 'higher'
        : 'lower';
  return {
    before: was,
    after: now,
    difference,
    interval: interval && [interval[0], interval[1]],
    verdict,
  };
}
