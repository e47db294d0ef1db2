// Every date on screen is written by these, through Intl in the person's own locale, so one
// screen never mixes "12/3/2026", "3 December 2026" and "2026-12-03". The journal stores local
// calendar days as YYYY-MM-DD; they are read as local dates (never as UTC midnight, which
// would show the day before west of Greenwich).

type Style = Intl.DateTimeFormatOptions;

const STYLES = {
  /** "Dec 3, 2026" (en-US), "3 Dec 2026" (en-GB): the everyday date. */
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "Thursday, December 3, 2026": the heading of an entry or a day. */
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Dec 3": where the year is already plain (axis ticks, a list within one year). */
  dayMonth: { day: 'numeric', month: 'short' },
  /** "Thu, Dec 3": a short day with its weekday. */
  weekdayDayMonth: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "December 2026": a month heading. */
  month: { month: 'long', year: 'numeric' },
  /** "Dec 2026": a month on an axis. */
  monthShort: { month: 'short', year: 'numeric' },
  /** "Thu". */
  weekday: { weekday: 'short' },
  /** "3". */
  dayOfMonth: { day: 'numeric' },
  /** "2026". */
  year: { year: 'numeric' },
  /** "Dec 3, 2026, 4:05 PM": when something happened. */
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
} as const satisfies Record<string, Style>;

export type DateStyle = keyof typeof STYLES;

const formatters = new Map<DateStyle, Intl.DateTimeFormat>();

function formatter(style: DateStyle): Intl.DateTimeFormat {
  let f = formatters.get(style);
  if (!f) {
    // `undefined`: the locale the app runs in, the same one its date fields use.
    f = new Intl.DateTimeFormat(undefined, STYLES[style]);
    formatters.set(style, f);
  }
  return f;
}

/** A YYYY-MM-DD calendar day as a local Date (noon, so no time zone shift can move it). */
export function calendarDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

/** A calendar day (YYYY-MM-DD) or a timestamp, in one of the app's date styles. */
export function formatDate(value: string | Date, style: DateStyle = 'date'): string {
  const date =
    typeof value !== 'string'
      ? value
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? calendarDay(value)
        : new Date(value);
  return formatter(style).format(date);
}

/** "Sep 4 – Dec 3, 2026": a range the locale's way, the shared parts written once. */
export function formatDateRange(from: string, to: string, style: DateStyle = 'date'): string {
  if (from === to) return formatDate(from, style);
  return formatter(style).formatRange(calendarDay(from), calendarDay(to));
}
