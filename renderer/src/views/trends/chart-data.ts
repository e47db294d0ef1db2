import { format, parseISO } from 'date-fns';
import type { BucketSize, DateRange, TrendSeries } from '../../../../main/contract';
import { MIN_TREND_POINTS } from '../../../../main/contract';
import { lengthInDays } from './range';

/**
 * One row per bucket, as recharts wants it: `key` is the bucket mean and `key#` its count;
 * `key~` the rolling average through whole buckets, `key~p` the segments to and from a bucket
 * the range cuts short (drawn fainter), `key~n` the ratings the rolling average rests on.
 */
export type ChartRow = Readonly<Record<string, number | string | boolean | null>> & {
  readonly index: number;
  readonly start: string;
  readonly end: string;
  readonly entries: number;
  readonly partial: boolean;
};

export const rollingKey = (dimension: string) => `${dimension}~`;
export const partialKey = (dimension: string) => `${dimension}~p`;
export const rollingCountKey = (dimension: string) => `${dimension}~n`;
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
 * The chart rows for some dimensions. A bucket without ratings has null, so the points and the
 * line break there instead of dipping or running across; the rolling average is left out
 * entirely for a dimension with too few rated buckets to call it a trend.
 */
export function chartRows(series: TrendSeries, dimensions: readonly string[]): ChartRow[] {
  const withTrend = new Set(dimensions.filter((d) => hasTrend(series, d)));
  const partial = series.buckets.map((b) => b.partial);
  return series.buckets.map((bucket, index) => {
    const row: Record<string, number | string | boolean | null> = {
      index,
      start: bucket.start,
      end: bucket.end,
      entries: bucket.entries,
      partial: bucket.partial,
    };
    const touchesPartial = partial[index - 1] || bucket.partial || partial[index + 1];
    for (const d of dimensions) {
      const stat = bucket.scores[d];
      const rolling = withTrend.has(d) ? (series.rolling[d]?.[index] ?? null) : null;
      row[d] = stat?.mean ?? null;
      row[countKey(d)] = stat?.count ?? 0;
      row[rollingKey(d)] = bucket.partial ? null : rolling;
      row[partialKey(d)] = touchesPartial ? rolling : null;
      row[rollingCountKey(d)] = rolling === null ? 0 : (series.rollingCounts[d]?.[index] ?? 0);
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
 * Labels for the time axis. Past a year the year is on every tick (months and weeks as
 * "Mar 2025", days as "3 Mar 2025"); a shorter range that crosses a new year shows it on the first tick
 * and the first tick of the new year; within a year, none.
 */
export function axisLabels(ticks: readonly string[], range: DateRange, by: BucketSize) {
  const long = lengthInDays(range) > 366;
  const crosses = range.from.slice(0, 4) !== range.to.slice(0, 4);
  return new Map(
    ticks.map((start, i) => {
      const newYear = i === 0 || ticks[i - 1]!.slice(0, 4) !== start.slice(0, 4);
      const date = parseISO(start);
      if (by === 'month' || (by === 'week' && long)) return [start, format(date, 'MMM yyyy')];
      return [start, format(date, long || (crosses && newYear) ? 'd MMM yyyy' : 'd MMM')];
    }),
  );
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

/** Each bucket's mean is a dot up to this many buckets; beyond, a faint line (dots cost too much). */
export const MAX_DOTS = 120;

export function showDots(rows: readonly ChartRow[]): boolean {
  return rows.length <= MAX_DOTS;
}
