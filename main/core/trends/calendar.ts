import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  endOfMonth,
  endOfWeek,
  format,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import type { BucketSize, DateRange } from '../../contract/trends';

// Calendar arithmetic on YYYY-MM-DD days. Entry dates are already the person's local calendar
// days, so a day never needs a time zone; date-fns does the arithmetic on a local Date held at
// noon, which no daylight-saving change can push onto another day (midnight can vanish in some
// zones, noon never does).

const WEEK = { weekStartsOn: 1 } as const;

export function toDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function toDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

export function plusDays(day: string, days: number): string {
  return toDay(addDays(toDate(day), days));
}

export function plusMonths(day: string, months: number): string {
  return toDay(addMonths(toDate(day), months));
}

/** Days from `from` to `to`, both included. */
export function lengthInDays(range: DateRange): number {
  return differenceInCalendarDays(toDate(range.to), toDate(range.from)) + 1;
}

/** The first day of the bucket holding `day`. Weeks start on Monday. */
export function bucketStart(day: string, by: BucketSize): string {
  switch (by) {
    case 'day':
      return day;
    case 'week':
      return toDay(startOfWeek(toDate(day), WEEK));
    case 'month':
      return toDay(startOfMonth(toDate(day)));
  }
}

/** The last day of the bucket holding `day`. */
export function bucketEnd(day: string, by: BucketSize): string {
  switch (by) {
    case 'day':
      return day;
    case 'week':
      return toDay(endOfWeek(toDate(day), WEEK));
    case 'month':
      return toDay(endOfMonth(toDate(day)));
  }
}

/**
 * Every bucket that touches the range, in date order, each cut to the range: a bucket never
 * claims days the query did not look at.
 */
export function bucketsOf(range: DateRange, by: BucketSize): DateRange[] {
  const out: DateRange[] = [];
  let start = bucketStart(range.from, by);
  while (start <= range.to) {
    const end = bucketEnd(start, by);
    out.push({
      from: start < range.from ? range.from : start,
      to: end > range.to ? range.to : end,
    });
    start = plusDays(end, 1);
  }
  return out;
}

/** Up to two months of days, two years of weeks, months beyond: ~60, ~100 or ~240 points. */
export function autoBucket(range: DateRange): BucketSize {
  const days = lengthInDays(range);
  if (days <= 62) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}

/** The range of equal length that ends the day before `range` starts. */
export function previousRange(range: DateRange): DateRange {
  const days = lengthInDays(range);
  const to = plusDays(range.from, -1);
  return { from: plusDays(to, -(days - 1)), to };
}

/** Cuts a range into `parts` consecutive ranges of (nearly) equal length, earliest first. */
export function splitRange(range: DateRange, parts: number): DateRange[] {
  const days = lengthInDays(range);
  const count = Math.max(1, Math.min(parts, days));
  const out: DateRange[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = Math.floor((i * days) / count);
    const last = Math.floor(((i + 1) * days) / count) - 1;
    out.push({ from: plusDays(range.from, first), to: plusDays(range.from, last) });
  }
  return out;
}
