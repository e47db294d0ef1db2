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

const years = (range: Range) => range.from.slice(0, 4) !== range.to.slice(0, 4);

/**
 * "22–31 Oct", "28 Oct – 3 Nov": for column headings, where the year goes without saying. It is
 * said whenever it could be in doubt: on both ends when the range crosses a year
 * ("28 Dec 2025 – 3 Jan 2026"), and at the end when the `context` (the whole document's span)
 * does ("22–31 Oct 2025").
 */
export function shortRangeLabel(range: Range, context: Range = range): string {
  const { from, to } = range;
  if (years(range)) return `${format(day(from), 'd MMM yyyy')} – ${format(day(to), 'd MMM yyyy')}`;
  const year = years(context) ? ' yyyy' : '';
  if (from === to) return format(day(from), `d MMM${year}`);
  if (from.slice(0, 7) === to.slice(0, 7))
    return `${format(day(from), 'd')}–${format(day(to), `d MMM${year}`)}`;
  return `${format(day(from), 'd MMM')} – ${format(day(to), `d MMM${year}`)}`;
}

export const longDate = (date: string): string => format(day(date), 'EEEE, d MMMM yyyy');
export const shortDate = (date: string): string => format(day(date), 'd MMM yyyy');

/** The two periods a summary's overview compares, and how to name them. */
export type OverviewPeriods = Readonly<{
  before: Range;
  after: Range;
  /** Column headings: "First half", and the dates it covers. */
  beforeLabel: string;
  beforeDates: string;
  afterLabel: string;
  afterDates: string;
  /** One sentence saying what is compared with what. */
  legend: string;
}>;

/**
 * What the overview compares: one pair of periods for every row. A summary that starts on a
 * recorded session ("since my last session") is compared with the time before it, back to the
 * session before that or as long again; any other range is cut in half, first half against
 * second (a range of one day against the day before).
 */
export function overviewPeriods(range: Range, sessionDates: readonly string[]): OverviewPeriods {
  const sessions = [...new Set(sessionDates)].sort();
  if (sessions.includes(range.from)) {
    const previous = sessions.filter((d) => d < range.from).at(-1);
    const before = {
      from: previous ?? shift(range.from, -daysIn(range)),
      to: shift(range.from, -1),
    };
    const context = { from: before.from, to: range.to };
    const beforeDates = shortRangeLabel(before, context);
    return {
      before,
      after: range,
      beforeLabel: 'Before',
      beforeDates,
      afterLabel: 'Since the session',
      afterDates: shortRangeLabel(range, context),
      legend: previous
        ? `Since the session on ${shortDate(range.from)}, against the time from the session before it (${beforeDates})`
        : `Since the session on ${shortDate(range.from)}, against as many days before it (${beforeDates})`,
    };
  }
  if (range.from === range.to) {
    const before = { from: shift(range.from, -1), to: shift(range.from, -1) };
    const context = { from: before.from, to: range.to };
    return {
      before,
      after: range,
      beforeLabel: 'Day before',
      beforeDates: shortRangeLabel(before, context),
      afterLabel: 'This day',
      afterDates: shortRangeLabel(range, context),
      legend: `${shortDate(range.from)} against the day before`,
    };
  }
  const half = Math.floor(daysIn(range) / 2);
  const before = { from: range.from, to: shift(range.from, half - 1) };
  const after = { from: shift(range.from, half), to: range.to };
  const beforeDates = shortRangeLabel(before, range);
  const afterDates = shortRangeLabel(after, range);
  return {
    before,
    after,
    beforeLabel: 'First half',
    beforeDates,
    afterLabel: 'Second half',
    afterDates,
    legend: `The first half of the period (${beforeDates}) against the second half (${afterDates})`,
  };
}
