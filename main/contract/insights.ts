import { z } from 'zod';
import { defineMethods } from './method';
import { LIMITS, calendarDate, id, key, nonEmptyLine } from './primitives';
import { RELATIONSHIP_KINDS } from './domain';
import { VERDICTS, scoreStat, trendFilter } from './trends';

// Insights: what goes with the days a dimension is higher or lower (signs, people, tags), a
// calendar of each day's mean, markers (therapy sessions and the person's own life events) with
// the 30 days before and after each, and the sense of self person by person. Every claim of
// difference comes from the one comparison (main/core/trends/compare.ts). Where a side has fewer
// than MIN_RATINGS_FOR_CHANGE ratings the core withholds every number but the counts: the
// means, the difference and the interval are null, and the verdict is "not enough ratings".

/** The comparison as insights report it: `with` against `without` (or `after` against `before`). */
const withheldComparison = {
  difference: z.number().nullable(),
  interval: z.tuple([z.number(), z.number()]).nullable(),
  verdict: z.enum(VERDICTS),
};

// With and without ---------------------------------------------------------------------------

export const SUBJECT_KINDS = ['sign', 'relationship', 'tag'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** What an entry can have or not: a sign (by key), a person (by id) or a tag (as written). */
export const insightSubject = z.strictObject({
  kind: z.enum(SUBJECT_KINDS),
  id: z.string(),
  label: z.string(),
  /** For a relationship, its kind (partner, family…): "people as roles" shows that instead. */
  relationshipKind: z.enum(RELATIONSHIP_KINDS).nullable(),
});
export type InsightSubject = z.infer<typeof insightSubject>;

export const withWithoutRow = z.strictObject({
  subject: insightSubject,
  dimension: key,
  /** Entries in the range that have it, rated or not. */
  entries: z.number().int().nonnegative(),
  /** Ratings of the dimension on entries with it, and on the other entries of the range. */
  with: scoreStat,
  without: scoreStat,
  /** with.mean − without.mean, its 95% interval and the verdict ("higher": higher with it). */
  ...withheldComparison,
});
export type WithWithoutRow = z.infer<typeof withWithoutRow>;

export const withWithout = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  entries: z.number().int().nonnegative(),
  dimensions: z.array(key),
  /** Clear differences first, the clearest first; then no clear difference; then not enough. */
  rows: z.array(withWithoutRow),
});
export type WithWithout = z.infer<typeof withWithout>;

// Year in pixels -----------------------------------------------------------------------------

export const pixelsRequest = z.strictObject({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  dimension: key,
  /** Only entries about this person; everyone when absent. */
  relationshipId: id.optional(),
});
export type PixelsRequest = z.infer<typeof pixelsRequest>;

/** One day with at least one entry; days without an entry are not listed. */
export const pixelDay = z.strictObject({
  date: calendarDate,
  entries: z.number().int().positive(),
  /** The day's mean of the dimension over `count` ratings; null when no entry rated it. */
  mean: z.number().nullable(),
  count: z.number().int().nonnegative(),
});
export type PixelDay = z.infer<typeof pixelDay>;

export const pixels = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  dimension: key,
  relationshipId: id.nullable(),
  /** The first entry under the same filter, whatever the range: how far back the years go. */
  firstDate: calendarDate.nullable(),
  days: z.array(pixelDay),
});
export type Pixels = z.infer<typeof pixels>;

// Markers ------------------------------------------------------------------------------------

export const lifeEventInput = z.strictObject({
  id,
  date: calendarDate,
  label: nonEmptyLine(LIMITS.name),
});
export type LifeEvent = z.infer<typeof lifeEventInput>;

export const MARKER_KINDS = ['session', 'event'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** A day worth drawing on every chart: a therapy session or one of the person's life events. */
export const marker = z.strictObject({
  kind: z.enum(MARKER_KINDS),
  id,
  date: calendarDate,
  label: z.string(),
});
export type Marker = z.infer<typeof marker>;

/** How many days on each side of a marker its comparison looks at. */
export const MARKER_WINDOW_DAYS = 30;

export const markerSide = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  entries: z.number().int().nonnegative(),
});

export const markerComparison = z.strictObject({
  marker,
  /** The 30 days before the marker's day, and 30 days from that day on (it counts as after). */
  before: markerSide,
  after: markerSide,
  dimensions: z.array(
    z.strictObject({
      key,
      before: scoreStat,
      after: scoreStat,
      /** after.mean − before.mean, its interval and the verdict ("higher": higher after). */
      ...withheldComparison,
    }),
  ),
});
export type MarkerComparison = z.infer<typeof markerComparison>;

// Sense of self per person ---------------------------------------------------------------------

export const selfRequest = z.strictObject({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  /** The dimension to rank by: the sense of self unless given. */
  dimension: key.optional(),
});
export type SelfRequest = z.infer<typeof selfRequest>;

export const SELF_DIMENSION = 'self';

export const selfByPerson = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  dimension: key,
  /** Every rating of the dimension in the range. */
  overall: scoreStat,
  /**
   * Each person with an entry in the range: the mean on entries about them (with its count) and
   * the comparison with the entries not about them. Ranked by that mean, highest first; people
   * with fewer than MIN_RATINGS_FOR_CHANGE ratings on a side come last, without a number.
   */
  people: z.array(withWithoutRow),
});
export type SelfByPerson = z.infer<typeof selfByPerson>;

/** Everything `journal insights` prints, in one piece. */
export const insightsReport = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  withWithout,
  self: selfByPerson,
  markers: z.array(markerComparison),
});
export type InsightsReport = z.infer<typeof insightsReport>;

const rangeFilter = z
  .strictObject({ from: calendarDate.optional(), to: calendarDate.optional() })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to' });

export const insightMethods = defineMethods({
  /** For each sign, person and tag: each dimension with it against without it. */
  withWithout: { request: trendFilter, response: withWithout },
  /** One cell per day with an entry: the day's mean of one dimension and its count. */
  pixels: {
    request: pixelsRequest.refine((r) => !r.from || !r.to || r.from <= r.to, {
      message: 'from must not be after to',
    }),
    response: pixels,
  },
  /** The chosen dimension (sense of self by default), person by person, ranked. */
  selfByPerson: {
    request: selfRequest.refine((r) => !r.from || !r.to || r.from <= r.to, {
      message: 'from must not be after to',
    }),
    response: selfByPerson,
  },
  /** Therapy sessions and life events in the range, in date order. */
  listMarkers: { request: rangeFilter, response: z.array(marker) },
  /** Each marker in the range, newest first: the 30 days before it against the 30 after. */
  compareMarkers: { request: trendFilter, response: z.array(markerComparison) },
  listLifeEvents: { request: z.void(), response: z.array(lifeEventInput) },
  /** Adds or changes one life event; answers with all of them, in date order. */
  saveLifeEvent: { request: lifeEventInput, response: z.array(lifeEventInput) },
  deleteLifeEvent: { request: z.strictObject({ id }), response: z.array(lifeEventInput) },
});
