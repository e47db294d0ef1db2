import type {
  DateRange,
  RelationshipTrend,
  TrendComparison,
  TrendFilter,
  TrendOverview,
  TrendRequest,
  TrendSeries,
} from '../../contract/trends';
import type { Journal } from '../journal';
import { compareRanges, comparePeriods, trendOverview, trendsByRelationship } from './overview';
import { trendSeries } from './series';

// The trend queries against an unlocked journal: each runs in turn with the journal's other
// work, with "today" from the journal's clock.

export function readTrends(journal: Journal, request: TrendRequest): Promise<TrendSeries> {
  return journal.read((db) => trendSeries(db, request, journal.today()));
}

export function readOverview(journal: Journal, filter: TrendFilter): Promise<TrendOverview> {
  return journal.read((db) => trendOverview(db, filter, journal.today()));
}

export function readComparison(journal: Journal, filter: TrendFilter): Promise<TrendComparison> {
  return journal.read((db) => comparePeriods(db, filter, journal.today()));
}

export function readRangeComparison(
  journal: Journal,
  before: DateRange,
  after: DateRange,
  filter: Omit<TrendFilter, 'from' | 'to'> = {},
): Promise<TrendComparison> {
  return journal.read((db) => compareRanges(db, before, after, filter, journal.today()));
}

export function readByRelationship(
  journal: Journal,
  filter: TrendFilter,
): Promise<RelationshipTrend[]> {
  return journal.read((db) => trendsByRelationship(db, filter, journal.today()));
}
