import type { BucketSize, DateRange } from '../../contract/trends';

// Calendar arithmetic on YYYY-MM-DD days. Entry dates are already the person's local calendar
// days, so a day never needs a time zone: the arithmetic runs on UTC midnights, where no
// daylight-saving change exists, and reads back the same calendar day. (date-fns works in the
// local zone, where a day can be 23 or 25 hours long; it is also far slower for the thousands of
// buckets of a 20-year journal.)

const DAY_MS = 86_400_000;

export function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function toDay(time: number): string {
  const d = new Date(time);
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${d.getUTCFullYear()}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}`;
}

export function plusDays(day: string, days: number): string {
  return toDay(toTime(day) + days * DAY_MS);
}

/** Days from `from` to `to`, both included. */
export function lengthInDays(range: DateRange): number {
  return Math.round((toTime(range.to) - toTime(range.from)) / DAY_MS) + 1;
}

/** The first day of the bucket holding `day`. Weeks start on Monday. */
export function bucketStart(day: string, by: BucketSize): string {
  switch (by) {
    case 'day':
      return day;
    case 'week': {
      const time = toTime(day);
      // getUTCDay: 0 is Sunday. Monday starts the week.
      return toDay(time - ((new Date(time).getUTCDay() + 6) % 7) * DAY_MS);
    }
    case 'month':
      return `${day.slice(0, 8)}01`;
  }
}

/** The last day of the bucket holding `day`. */
export function bucketEnd(day: string, by: BucketSize): string {
  switch (by) {
    case 'day':
      return day;
    case 'week':
      return plusDays(bucketStart(day, 'week'), 6);
    case 'month':
      return toDay(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0));
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

/** Whether a bucket of `bucketsOf` is cut short by the range: fewer days than its week or month. */
export function isPartial(bucket: DateRange, by: BucketSize): boolean {
  return bucket.from !== bucketStart(bucket.from, by) || bucket.to !== bucketEnd(bucket.from, by);
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
