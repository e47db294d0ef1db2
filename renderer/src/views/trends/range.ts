import { addDays, addMonths, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { BucketSize, DateRange } from '../../../../main/contract';

export const PRESETS = ['30d', '3m', '1y', 'all', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Readonly<Record<Preset, string>> = {
  '30d': '30 days',
  '3m': '3 months',
  '1y': 'A year',
  all: 'All',
  custom: 'Custom',
};

const day = (date: Date) => format(date, 'yyyy-MM-dd');

export function today(now: Date = new Date()): string {
  return day(now);
}

/** The range a preset stands for, ending today; "all" leaves the start to the journal. */
export function presetRange(preset: Exclude<Preset, 'custom'>, to: string): Partial<DateRange> {
  const end = parseISO(to);
  switch (preset) {
    case '30d':
      return { from: day(addDays(end, -29)), to };
    case '3m':
      return { from: day(addDays(addMonths(end, -3), 1)), to };
    case '1y':
      return { from: day(addDays(addYears(end, -1), 1)), to };
    case 'all':
      return { to };
  }
}

export function lengthInDays(range: DateRange): number {
  return differenceInCalendarDays(parseISO(range.to), parseISO(range.from)) + 1;
}

/** How a change is said: "since last month", "since the 45 days before"… */
export function sinceWording(range: DateRange): string {
  const days = lengthInDays(range);
  if (days === 1) return 'since the day before';
  if (days === 7) return 'since the week before';
  if (days >= 28 && days <= 31) return 'since last month';
  if (days >= 89 && days <= 92) return 'since the 3 months before';
  if (days === 365 || days === 366) return 'since the year before';
  return `since the ${days} days before`;
}

export const BUCKET_LABELS: Readonly<Record<BucketSize, string>> = {
  day: 'Days',
  week: 'Weeks',
  month: 'Months',
};

/** A bucket's label on the axis and in the tooltip. */
export function bucketLabel(start: string, by: BucketSize, long = false): string {
  const date = parseISO(start);
  switch (by) {
    case 'day':
      return format(date, long ? 'EEEE d MMMM yyyy' : 'd MMM');
    case 'week':
      return long ? `Week of ${format(date, 'd MMMM yyyy')}` : format(date, 'd MMM');
    case 'month':
      return format(date, long ? 'MMMM yyyy' : 'MMM yyyy');
  }
}

export function rangeLabel(range: DateRange): string {
  const from = parseISO(range.from);
  const to = parseISO(range.to);
  const sameYear = from.getFullYear() === to.getFullYear();
  return `${format(from, sameYear ? 'd MMM' : 'd MMM yyyy')} – ${format(to, 'd MMM yyyy')}`;
}
