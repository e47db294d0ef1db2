import type {
  InsightsReport,
  Marker,
  MarkerComparison,
  Pixels,
  PixelsRequest,
  SelfByPerson,
  SelfRequest,
  WithWithout,
} from '../../contract/insights';
import type { DateRange, TrendFilter } from '../../contract/trends';
import type { Journal } from '../journal';
import { compareMarkers, listMarkers } from './markers';
import { yearInPixels } from './pixels';
import { selfByPerson } from './self';
import { withWithout } from './with-without';

// The insight queries against an unlocked journal, each in turn with the journal's other work,
// with "today" from the journal's clock.

export function readWithWithout(journal: Journal, filter: TrendFilter): Promise<WithWithout> {
  return journal.read((db) => withWithout(db, filter, journal.today()));
}

export function readPixels(journal: Journal, request: PixelsRequest): Promise<Pixels> {
  return journal.read((db) => yearInPixels(db, request, journal.today()));
}

export function readSelfByPerson(journal: Journal, request: SelfRequest): Promise<SelfByPerson> {
  return journal.read((db) => selfByPerson(db, request, journal.today()));
}

export function readMarkers(journal: Journal, range: Partial<DateRange> = {}): Promise<Marker[]> {
  return journal.read((db) => listMarkers(db, range));
}

export function readMarkerComparisons(
  journal: Journal,
  filter: TrendFilter,
): Promise<MarkerComparison[]> {
  return journal.read((db) => compareMarkers(db, filter, journal.today()));
}

/** Everything `journal insights` prints, read in one turn so its parts agree. */
export function readInsights(journal: Journal, range: Partial<DateRange>): Promise<InsightsReport> {
  return journal.read((db) => {
    const today = journal.today();
    const ww = withWithout(db, range, today);
    return {
      from: ww.from,
      to: ww.to,
      withWithout: ww,
      self: selfByPerson(db, { from: ww.from, to: ww.to }, today),
      markers: compareMarkers(db, range, today),
    };
  });
}
