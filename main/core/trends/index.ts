// Trend queries: aggregated in SQL over the open journal, shared by the app, the command line
// and the therapist summary, so all of them show the same numbers. Every function takes the
// database and "today" (the person's local date), and nothing else from outside.
export { NO_RATINGS, type Ratings, compareRatings, ratingsOf } from './compare';
export { autoBucket, bucketsOf, lengthInDays, previousRange, splitRange } from './calendar';
export { compareRanges, comparePeriods, trendOverview, trendsByRelationship } from './overview';
export { resolveScope, type Scope } from './scope';
export { trendSeries } from './series';
export {
  readByRelationship,
  readComparison,
  readOverview,
  readRangeComparison,
  readTrends,
} from './journal';
