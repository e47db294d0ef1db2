import { MARKER_WINDOW_DAYS, type Marker, type MarkerComparison } from '../../contract/insights';
import type { DateRange, TrendFilter } from '../../contract/trends';
import { type Database, all } from '../store/sqlite';
import type { Ratings } from '../trends/compare';
import { plusDays } from '../trends/calendar';
import { entriesIn, resolveScope } from '../trends/scope';
import { type EntryRatings, readEntryRatings } from './ratings';
import { reportedComparison } from './comparison';

// Markers: therapy sessions and the person's own life events, the days drawn on every chart.
// Each one compares the 30 days before it with 30 days from it on.

export const SESSION_LABEL = 'Therapy session';

const MARKERS_SQL = `SELECT 'session' AS kind, id, date, '${SESSION_LABEL}' AS label FROM therapy_sessions
   UNION ALL SELECT 'event', id, date, label FROM life_events`;

/** Sessions and life events whose day falls in the range (all of them without one), by date. */
export function listMarkers(
  db: Database,
  range: Readonly<{ from?: string | undefined; to?: string | undefined }> = {},
): Marker[] {
  return all<Marker>(
    db,
    `SELECT * FROM (${MARKERS_SQL}) WHERE date BETWEEN ? AND ? ORDER BY date, kind, id`,
    [range.from ?? '0000-01-01', range.to ?? '9999-12-31'],
  );
}

/** The two sides of a marker: the 30 days before its day, and 30 days from its day on. */
export function markerSides(date: string): Readonly<{ before: DateRange; after: DateRange }> {
  return {
    before: { from: plusDays(date, -MARKER_WINDOW_DAYS), to: plusDays(date, -1) },
    after: { from: date, to: plusDays(date, MARKER_WINDOW_DAYS - 1) },
  };
}

/** Index of the first date not before `day` (`strict`: after it), in a sorted list. */
function boundOf(dates: readonly string[], day: string, strict: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? dates[mid]! <= day : dates[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Running totals over entries in date order: any run of days is then two lookups. */
class PrefixSums {
  private readonly n: number;
  private readonly count: Float64Array;
  private readonly sum: Float64Array;
  private readonly squares: Float64Array;

  constructor(private readonly ratings: EntryRatings) {
    const n = ratings.dimensions.length;
    const rows = ratings.rids.length;
    this.n = n;
    this.count = new Float64Array((rows + 1) * n);
    this.sum = new Float64Array((rows + 1) * n);
    this.squares = new Float64Array((rows + 1) * n);
    for (let r = 0; r < rows; r += 1) {
      for (let d = 0; d < n; d += 1) {
        const v = ratings.values[r * n + d]!;
        const at = (r + 1) * n + d;
        this.count[at] = this.count[at - n]! + (v === 0 ? 0 : 1);
        this.sum[at] = this.sum[at - n]! + v;
        this.squares[at] = this.squares[at - n]! + v * v;
      }
    }
  }

  /** The entries dated within the range, and their ratings per dimension. */
  side(range: DateRange): { entries: number; ratings(d: number): Ratings } {
    const lo = boundOf(this.ratings.dates, range.from, false);
    const hi = boundOf(this.ratings.dates, range.to, true);
    return {
      entries: hi - lo,
      ratings: (d) => ({
        count: this.count[hi * this.n + d]! - this.count[lo * this.n + d]!,
        sum: this.sum[hi * this.n + d]! - this.sum[lo * this.n + d]!,
        sumOfSquares: this.squares[hi * this.n + d]! - this.squares[lo * this.n + d]!,
      }),
    };
  }
}

/**
 * Every marker whose day falls in the filter's range (every marker without one), newest first:
 * per dimension, the 30 days before against the 30 from it on, under the filter's
 * relationships. The sides reach outside the range when the marker sits near its edge: a
 * marker is compared with its own surroundings. One read of the entries around the markers,
 * then two lookups a side.
 */
export function compareMarkers(
  db: Database,
  filter: TrendFilter,
  today: string,
): MarkerComparison[] {
  const scope = resolveScope(db, filter, today);
  // Markers by their own day, not the entries': a session before the first entry still counts.
  const markers = listMarkers(db, { from: filter.from, to: filter.to }).reverse();
  if (markers.length === 0) return [];
  const around = {
    from: markerSides(markers.at(-1)!.date).before.from,
    to: markerSides(markers[0]!.date).after.to,
  };
  const prefix = new PrefixSums(
    readEntryRatings(db, entriesIn(around, scope.relationshipIds), scope.dimensions),
  );
  return markers.map((marker) => {
    const sides = markerSides(marker.date);
    const before = prefix.side(sides.before);
    const after = prefix.side(sides.after);
    return {
      marker,
      before: { ...sides.before, entries: before.entries },
      after: { ...sides.after, entries: after.entries },
      dimensions: scope.dimensions.map((key, d) => ({
        key,
        ...reportedComparison(before.ratings(d), after.ratings(d)),
      })),
    };
  });
}
