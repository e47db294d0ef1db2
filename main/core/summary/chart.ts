import { differenceInCalendarDays, format } from 'date-fns';
import type { ChartGeometry } from '../../contract/summary';
import { type Bucket, type SeriesPoint } from './numbers';
import { type Range, day, daysIn, shift } from './dates';

// Lays a dimension's series out as a line on a 1–7 scale, in the chart's own units, so the HTML
// (SVG), the app's preview and any other renderer draw exactly the same thing. The line breaks
// at every bucket without a rating; a bucket the range cuts short is drawn as partial (a hollow
// dot, and a faint segment to it).

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

const crossesYear = (range: Range) => range.from.slice(0, 4) !== range.to.slice(0, 4);

/**
 * Up to five dates under the axis. Past half a year, months with their year; a shorter range
 * that crosses a year puts the year on its first tick and on the first tick of the new year.
 */
function timeTicks(range: Range, x: (date: string) => number) {
  const span = Math.max(1, daysIn(range) - 1);
  const count = Math.min(5, daysIn(range));
  const dates = Array.from({ length: count }, (_, i) =>
    shift(range.from, Math.round((i / Math.max(1, count - 1)) * span)),
  );
  return dates.map((date, i) => {
    const yearShown =
      crossesYear(range) && (i === 0 || dates[i - 1]!.slice(0, 4) !== date.slice(0, 4));
    const pattern = daysIn(range) > 180 ? 'MMM yyyy' : yearShown ? 'd MMM yyyy' : 'd MMM';
    return { at: x(date), label: format(day(date), pattern) };
  });
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
  const placed = points.map((p) =>
    p.mean === null
      ? null
      : { x: x(bucketMiddle(p.start, bucket)), y: y(p.mean), partial: p.partial },
  );
  const whole: string[] = [];
  const partial: string[] = [];
  placed.forEach((d, i) => {
    const prev = placed[i - 1];
    if (!d) return;
    if (prev && (prev.partial || d.partial)) {
      partial.push(`M${prev.x} ${prev.y} L${d.x} ${d.y}`);
      whole.push(`M${d.x} ${d.y}`);
    } else {
      whole.push(`${prev ? 'L' : 'M'}${d.x} ${d.y}`);
    }
  });
  const dots = placed.filter((d) => d !== null);
  const line = whole.join(' ');
  const partialLine = partial.join(' ');
  if (!size.ticks) return { width, height, line, partialLine, dots: [], xTicks: [], yTicks: [] };
  const yTicks = [1, 2, 3, 4, 5, 6, 7].map((v) => ({ at: y(v), label: String(v) }));
  return {
    width,
    height,
    line,
    partialLine,
    dots: dots.length <= 31 ? dots : [],
    xTicks: timeTicks(range, x),
    yTicks,
  };
}
