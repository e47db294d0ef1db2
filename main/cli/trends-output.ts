import { intervalText, meanWithCount, signed } from '../contract/claims';
import type { Dimension, Sign } from '../contract/domain';
import {
  MIN_RATINGS_FOR_CHANGE,
  type DimensionChange,
  type ScoreStat,
  type TrendBucket,
  type TrendComparison,
} from '../contract/trends';

/** Two decimals for JSON: enough to compare, without floating-point noise. */
const round2 = (n: number) => Math.round(n * 100) / 100;

function rounded(stat: ScoreStat): ScoreStat {
  return { mean: stat.mean === null ? null : round2(stat.mean), count: stat.count };
}

/** The documented `journal trends --json` shape: one object per bucket, in date order. */
export function bucketsJson(buckets: readonly TrendBucket[]): Omit<TrendBucket, 'partial'>[] {
  return buckets.map((b) => ({
    start: b.start,
    end: b.end,
    entries: b.entries,
    scores: Object.fromEntries(Object.entries(b.scores).map(([k, s]) => [k, rounded(s)])),
    signs: { ...b.signs },
  }));
}

function cell(stat: ScoreStat | undefined): string {
  return stat?.mean == null ? '–' : `${stat.mean.toFixed(1)} (${stat.count})`;
}

function pad(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * A readable table: a row per bucket with each dimension's mean and, in brackets, how many
 * ratings it rests on; then how often each sign came up over the whole range.
 */
export function bucketsTable(
  buckets: readonly TrendBucket[],
  dimensions: readonly Dimension[],
  signs: readonly Sign[],
): string[] {
  const header = ['Start', 'End', 'Entries', ...dimensions.map((d) => d.name)];
  const rows = buckets.map((b) => [
    b.start,
    b.end,
    String(b.entries),
    ...dimensions.map((d) => cell(b.scores[d.key])),
  ]);
  const lines = pad([header, ...rows]);
  const totals = signs
    .map((s) => [s.label, buckets.reduce((n, b) => n + (b.signs[s.key] ?? 0), 0)] as const)
    .filter(([, n]) => n > 0);
  lines.push('', 'Scale 1 to 7; (n) is the number of rated entries; – means nothing was rated.');
  if (totals.length === 0) return [...lines, 'No signs noted.'];
  lines.push('', 'Signs over the range:');
  for (const [label, n] of totals) lines.push(`  ${String(n).padStart(4)}  ${label}`);
  return lines;
}

/**
 * The documented `journal trends --compare --json` shape: per dimension, in the person's order,
 * `{key, before: {mean, count}, after: {mean, count}, difference, interval: [lo, hi], verdict}`.
 * Unrounded, unlike the buckets: rounding here and again for display could disagree with what
 * the app and the summary print from the same comparison.
 */
export function comparisonJson(comparison: TrendComparison): DimensionChange[] {
  return comparison.changes.map((c) => ({
    key: c.key,
    before: { ...c.before },
    after: { ...c.after },
    difference: c.difference,
    interval: c.interval && [c.interval[0], c.interval[1]],
    verdict: c.verdict,
  }));
}

/** The comparison as a table: both means with their counts, the difference, its interval. */
export function comparisonTable(
  comparison: TrendComparison,
  dimensions: readonly Dimension[],
): string[] {
  const { before, after } = comparison;
  const header = ['Dimension', 'Before', 'After', 'Difference', '95% interval', 'Verdict'];
  const rows = comparison.changes.map((c) => [
    dimensions.find((d) => d.key === c.key)?.name ?? c.key,
    meanWithCount(c.before),
    meanWithCount(c.after),
    c.difference === null ? '–' : signed(c.difference),
    c.interval === null ? '–' : intervalText(c.interval),
    c.verdict,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    `Before: ${before.from} to ${before.to} (${before.entries} entries). After: ${after.from} to ${after.to} (${after.entries} entries).`,
    '',
    line(header),
    ...rows.map(line),
    '',
    'Scale 1 to 7. Difference is after minus before, with a 95% interval (Welch).',
    `"higher" or "lower" needs at least ${MIN_RATINGS_FOR_CHANGE} ratings in each period and an interval that excludes 0.`,
  ];
}
