import type { TrendSeries } from '../../../../main/contract';
import { MIN_TREND_POINTS } from '../../../../main/contract';

/** One row per bucket, as recharts wants it: `key` is the bucket mean, `key~` the rolling one. */
export type ChartRow = Readonly<Record<string, number | string | null>> & {
  readonly index: number;
  readonly start: string;
  readonly end: string;
  readonly entries: number;
};

export const rollingKey = (dimension: string) => `${dimension}~`;
export const countKey = (dimension: string) => `${dimension}#`;

/** Buckets with at least one rating of `dimension`. */
export function ratedBuckets(series: TrendSeries, dimension: string): number {
  return series.buckets.filter((b) => (b.scores[dimension]?.count ?? 0) > 0).length;
}

/** Whether a line may be drawn for the dimension (see MIN_TREND_POINTS). */
export function hasTrend(series: TrendSeries, dimension: string): boolean {
  return ratedBuckets(series, dimension) >= MIN_TREND_POINTS;
}

/**
 * The chart rows for some dimensions. A bucket without ratings has null, so the line breaks
 * there instead of dipping; the rolling average is left out entirely for a dimension with too
 * few rated buckets to call it a trend.
 */
export function chartRows(series: TrendSeries, dimensions: readonly string[]): ChartRow[] {
  const withTrend = new Set(dimensions.filter((d) => hasTrend(series, d)));
  return series.buckets.map((bucket, index) => {
    const row: Record<string, number | string | null> = {
      index,
      start: bucket.start,
      end: bucket.end,
      entries: bucket.entries,
    };
    for (const d of dimensions) {
      const stat = bucket.scores[d];
      row[d] = stat?.mean ?? null;
      row[countKey(d)] = stat?.count ?? 0;
      row[rollingKey(d)] = withTrend.has(d) ? (series.rolling[d]?.[index] ?? null) : null;
    }
    return row as ChartRow;
  });
}

/** About `count` evenly spaced bucket starts for the time axis, always the first and last. */
export function axisTicks(rows: readonly ChartRow[], count = 6): string[] {
  if (rows.length <= count) return rows.map((r) => r.start);
  const step = (rows.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => rows[Math.round(i * step)]!.start);
}

/**
 * Recharts animates by default; past a few dozen points that costs more than it shows, and a
 * person who asked their system for less motion gets none.
 */
export function animate(rows: readonly ChartRow[], reducedMotion: boolean): boolean {
  return rows.length <= 60 && !reducedMotion;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
