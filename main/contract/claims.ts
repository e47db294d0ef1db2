import { type Comparison, MIN_RATINGS_FOR_CHANGE, type ScoreStat, type Verdict } from './trends';

// How Twofold writes its numbers and its claims of change, the same on the Trends screen, in
// the summary (PDF, Markdown, preview) and on the command line. A mean never appears without
// the count it rests on; a direction only from a comparison's verdict.

/** When Twofold calls a change a change, in one sentence for legends and footnotes. */
export const CHANGE_RULE = `“Higher” or “lower” only where both periods have at least ${MIN_RATINGS_FOR_CHANGE} ratings and the 95% interval of the difference excludes 0.`;

/** "41 ratings", "1 rating". */
export function ratingsCount(count: number): string {
  return count === 1 ? '1 rating' : `${count} ratings`;
}

/** "3.6 · 41 ratings"; "not rated" when there is nothing to average. */
export function meanWithCount(stat: ScoreStat): string {
  return stat.mean === null ? 'not rated' : `${stat.mean.toFixed(1)} · ${ratingsCount(stat.count)}`;
}

/**
 * "+0.8", "−0.3", "±0.0": one decimal with a real minus sign; two decimals where one would round
 * a non-zero value to zero, so an interval that excludes 0 never reads as touching it.
 */
export function signed(value: number): string {
  const digits = value !== 0 && Math.abs(value) < 0.05 ? 2 : 1;
  const shown = Math.abs(value).toFixed(digits);
  if (Number(shown) === 0) return `±${shown}`;
  return `${value > 0 ? '+' : '−'}${shown}`;
}

/** "+0.4 to +1.6". */
export function intervalText(interval: readonly [number, number]): string {
  return `${signed(interval[0])} to ${signed(interval[1])}`;
}

/** The verdict as a heading word: "Higher", "No clear change"… */
export function verdictWord(verdict: Verdict): string {
  return verdict.charAt(0).toUpperCase() + verdict.slice(1);
}

/** Whether a comparison may be shown as a direction (an arrow, "higher", "lower"). */
export function hasDirection(verdict: Verdict): verdict is 'higher' | 'lower' {
  return verdict === 'higher' || verdict === 'lower';
}

/** The numbers behind a verdict, "+1.2 (+0.4 to +2.0)"; null without enough ratings to weigh. */
export function differenceText(c: Comparison): string | null {
  if (c.verdict === 'not enough ratings' || c.difference === null || c.interval === null) {
    return null;
  }
  return `${signed(c.difference)} (${intervalText(c.interval)})`;
}

/**
 * A comparison in one line, for a table cell or a card: the verdict, and where there are enough
 * ratings to weigh, the difference with its 95% interval. "Higher: +1.2 (95% interval +0.4 to
 * +2.0)", "No clear change: +0.3 (95% interval −0.4 to +1.0)", "Not enough ratings".
 */
export function comparisonText(c: Comparison): string {
  if (c.verdict === 'not enough ratings' || c.difference === null || c.interval === null) {
    return verdictWord(c.verdict);
  }
  return `${verdictWord(c.verdict)}: ${signed(c.difference)} (95% interval ${intervalText(c.interval)})`;
}
