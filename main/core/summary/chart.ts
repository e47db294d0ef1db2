import type { ChartGeometry } from '../../contract/summary';
import { type Bucket, type SeriesPoint } from './numbers';
import { type Range, day, daysIn, shift } from './dates';
import { differenceInCalendarDays, format } from 'date-fns';

// Lays a dimension's series out as a line on a 1–7 scale, in the chart's own units, so the HTML
// (SVG), the app's preview and any other renderer draw exactly the same thing.

export type ChartSize = Readonly<{ width: number; height: number; ticks: boolean }>;

export const FULL_CHART: ChartSize = { width: 300, height: 78, ticks: true };
export const SPARKLINE: ChartSize = { width: 96, height: 22, ticks: false };

const round = (n: number) => Math.round(n * 10) / 10;

/** The middle of a bucket, so weekly and monthly points sit over the time they stand for. */
function bucketMiddle(start: string, bucket: Bucket): string {
  if (bucket === 'day') return start;
  if (bucket === 'week') return shift(start, 3);
  return shift(start, 14);
}

export function layoutChart(
  points: readonly SeriesPoint[],
  range: Range,
  bucket: Bucket,
  size: ChartSize,
): ChartGeometry {
  const { width, height } = size;
  const span = Math.max(1, daysIn(range) - 1);
  const x = (date: string) => {
    const offset = differenceInCalendarDays(day(date), day(range.from));
    return round((Math.min(span, Math.max(0, offset)) / span) * width);
  };
  const y = (value: number) => round(height - ((value - 1) / 6) * height);
  const dots = points.map((p) => ({ x: x(bucketMiddle(p.start, bucket)), y: y(p.mean) }));
  const line = dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x} ${d.y}`).join(' ');
  if (!size.ticks) return { width, height, line, dots: [], xTicks: [], yTicks: [] };
  const yTicks = [1, 4, 7].map((v) => ({ at: y(v), label: String(v) }));
  const count = Math.min(5, daysIn(range));
  const xTicks = Array.from({ length: count }, (_, i) => {
    const date = shift(range.from, Math.round((i / Math.max(1, count - 1)) * span));
    return { at: x(date), label: format(day(date), daysIn(range) > 180 ? 'MMM yyyy' : 'd MMM') };
  });
  return { width, height, line, dots: points.length <= 31 ? dots : [], xTicks, yTicks };
}
