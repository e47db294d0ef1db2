import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

// Calendar arithmetic for summaries, on YYYY-MM-DD strings (local calendar days, no times).

export type Range = Readonly<{ from: string; to: string }>;

export const day = (date: string): Date => parseISO(date);
export const iso = (date: Date): string => format(date, 'yyyy-MM-dd');
export const shift = (date: string, days: number): string => iso(addDays(day(date), days));
export const daysIn = (range: Range): number =>
  differenceInCalendarDays(day(range.to), day(range.from)) + 1;

/** "3 Nov 2026"; within one year the first date drops its year: "3 Nov – 23 Nov 2026". */
export function rangeLabel({ from, to }: Range): string {
  if (from === to) return format(day(from), 'd MMM yyyy');
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${format(day(from), sameYear ? 'd MMM' : 'd MMM yyyy')} – ${format(day(to), 'd MMM yyyy')}`;
}

/** "22–31 Oct", "28 Oct – 3 Nov": for column headings, where the year is already known. */
export function shortRangeLabel({ from, to }: Range): string {
  if (from === to) return format(day(from), 'd MMM');
  if (from.slice(0, 7) === to.slice(0, 7))
    return `${format(day(from), 'd')}–${format(day(to), 'd MMM')}`;
  return `${format(day(from), 'd MMM')} – ${format(day(to), 'd MMM')}`;
}

export const longDate = (date: string): string => format(day(date), 'EEEE, d MMMM yyyy');
export const shortDate = (date: string): string => format(day(date), 'd MMM yyyy');

/** The first and last of a range cut in three (by the Trends core's splitRange). */
export function thirdsOf(parts: readonly Range[]): { first: Range; last: Range } {
  return { first: parts[0]!, last: parts.at(-1)! };
}

/**
 * The two periods the overview compares around therapy sessions: since the last session on or
 * before the end of the range, and the period before it (back to the session before that, or
 * as long again when there is none).
 */
export function sessionPeriods(
  sessionDates: readonly string[],
  end: string,
): { before: Range; after: Range; last: string } | null {
  const past = [...sessionDates].filter((d) => d <= end).sort();
  const last = past.at(-1);
  if (!last) return null;
  const previous = past.at(-2);
  const after = { from: last, to: end };
  const length = daysIn(after);
  const before = {
    from: previous ?? shift(last, -length),
    to: shift(last, -1),
  };
  return { before, after, last };
}
