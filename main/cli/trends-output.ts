import type { Dimension, Sign } from '../contract/domain';
import type { ScoreStat, TrendBucket } from '../contract/trends';

/** Means to two decimals for JSON: enough to compare, without floating-point noise. */
function rounded(stat: ScoreStat): ScoreStat {
  return { mean: stat.mean === null ? null : Math.round(stat.mean * 100) / 100, count: stat.count };
}

/** The documented `journal trends --json` shape: one object per bucket, in date order. */
export function bucketsJson(buckets: readonly TrendBucket[]): TrendBucket[] {
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
