import { z } from 'zod';
import { defineMethods } from './method';
import { LIMITS, calendarDate, id, key } from './primitives';

export const BUCKET_SIZES = ['day', 'week', 'month'] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];

/**
 * A trend line is drawn only through at least this many buckets with ratings: fewer points say
 * more about one day than about a pattern. Below it the screen shows the points alone.
 */
export const MIN_TREND_POINTS = 3;

/** Rolling average width, in buckets: a week of days, a month of weeks, a quarter of months. */
export const ROLLING_WINDOW: Readonly<Record<BucketSize, number>> = { day: 7, week: 4, month: 3 };

/** Which entries count. Dates are the person's local calendar days, both ends included. */
export const trendFilter = z
  .strictObject({
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    /** Entries about any of these relationships; all entries when absent or empty. */
    relationshipIds: z.array(id).max(LIMITS.listItems).optional(),
    /** Dimensions to report; every visible dimension when absent or empty. */
    dimensions: z.array(key).max(LIMITS.listItems).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to' });
export type TrendFilter = z.infer<typeof trendFilter>;

export const trendRequest = z.strictObject({
  filter: trendFilter,
  /** Bucket size; chosen from the length of the range when absent. */
  by: z.enum(BUCKET_SIZES).optional(),
});
export type TrendRequest = z.infer<typeof trendRequest>;

export const dateRange = z.strictObject({ from: calendarDate, to: calendarDate });
export type DateRange = z.infer<typeof dateRange>;

/** A mean over `count` rated entries; null when nothing was rated (never a zero). */
export const scoreStat = z.strictObject({
  mean: z.number().nullable(),
  count: z.number().int().nonnegative(),
});
export type ScoreStat = z.infer<typeof scoreStat>;

/** One bucket: exactly the shape `journal trends --json` prints. */
export const trendBucket = z.strictObject({
  start: calendarDate,
  end: calendarDate,
  /** Entries that fall in the bucket, rated or not. */
  entries: z.number().int().nonnegative(),
  scores: z.record(key, scoreStat),
  /** How many entries in the bucket had each sign. */
  signs: z.record(key, z.number().int().nonnegative()),
});
export type TrendBucket = z.infer<typeof trendBucket>;

export const trendSeries = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  by: z.enum(BUCKET_SIZES),
  window: z.number().int().positive(),
  dimensions: z.array(key),
  signs: z.array(key),
  buckets: z.array(trendBucket),
  /** Per dimension, the rolling average ending at each bucket (null: nothing rated in the window). */
  rolling: z.record(key, z.array(z.number().nullable())),
});
export type TrendSeries = z.infer<typeof trendSeries>;

/** Mean and count per dimension over one range. */
export const trendOverview = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  entries: z.number().int().nonnegative(),
  scores: z.record(key, scoreStat),
});
export type TrendOverview = z.infer<typeof trendOverview>;

/**
 * A claim of change needs at least this many ratings on both sides, whatever the interval says:
 * below it, one unusual day moves the mean too far to call it a pattern.
 */
export const MIN_RATINGS_FOR_CHANGE = 5;

/** The confidence of the interval around a difference of means. */
export const CONFIDENCE = 0.95;

/** What a comparison may conclude; only `higher` and `lower` may be shown as a direction. */
export const VERDICTS = ['higher', 'lower', 'no clear change', 'not enough ratings'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Two sets of ratings compared (main/core/trends/compare.ts, the only place that computes one):
 * `difference` is after.mean − before.mean (null unless both sides have a rating), `interval`
 * its 95% interval (null unless both sides have two), `verdict` what may be said about it.
 */
export const comparison = z.strictObject({
  before: scoreStat,
  after: scoreStat,
  difference: z.number().nullable(),
  interval: z.tuple([z.number(), z.number()]).nullable(),
  verdict: z.enum(VERDICTS),
});
export type Comparison = z.infer<typeof comparison>;

export const dimensionChange = z.strictObject({
  key,
  before: scoreStat,
  after: scoreStat,
  /** after.mean − before.mean; null when either side has no ratings. */
  change: z.number().nullable(),
});
export type DimensionChange = z.infer<typeof dimensionChange>;

export const trendComparison = z.strictObject({
  before: trendOverview,
  after: trendOverview,
  changes: z.array(dimensionChange),
});
export type TrendComparison = z.infer<typeof trendComparison>;

export const relationshipTrend = z.strictObject({
  relationshipId: id,
  entries: z.number().int().nonnegative(),
  scores: z.record(key, scoreStat),
});
export type RelationshipTrend = z.infer<typeof relationshipTrend>;

export const trendMethods = defineMethods({
  /** Buckets, rolling averages and sign counts for the chosen range and filters. */
  trends: { request: trendRequest, response: trendSeries },
  /** The chosen range against the range of equal length just before it. */
  compareTrends: { request: trendFilter, response: trendComparison },
  /** The same dimensions, relationship by relationship, over the chosen range. */
  trendsByRelationship: { request: trendFilter, response: z.array(relationshipTrend) },
});
