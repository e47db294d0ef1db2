import { z } from 'zod';
import { defineMethods } from './method';
import { LIMITS, calendarDate, id, key, timestamp } from './primitives';
import { comparison, scoreStat } from './trends';

// The therapist summary: what the person chooses (a request), what main builds from it (one
// document, shown as a preview and saved as PDF or Markdown), the therapy sessions that give
// the summary its natural range, and the record of what was exported when.

export const SUMMARY_SECTIONS = [
  'cover',
  'overview',
  'charts',
  'relationships',
  'signs',
  'entries',
  'notes',
] as const;
export type SummarySectionKind = (typeof SUMMARY_SECTIONS)[number];

export const SUMMARY_FORMATS = ['pdf', 'md'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export const PAGE_SIZES = ['a4', 'letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** How many entries one summary may carry; far more than anyone would hand over. */
export const MAX_SUMMARY_ENTRIES = 1000;

export const includedEntry = z.strictObject({
  id,
  /** The whole text, or its opening paragraph or two. */
  excerpt: z.boolean(),
});
export type IncludedEntry = z.infer<typeof includedEntry>;

export const summaryRequest = z.strictObject({
  from: calendarDate,
  to: calendarDate,
  /** Only entries about these relationships; empty means every entry. */
  relationshipIds: z.array(id).max(LIMITS.listItems),
  /** The dimensions to report; empty means every visible dimension. */
  dimensionKeys: z.array(key).max(LIMITS.listItems),
  sections: z.array(z.enum(SUMMARY_SECTIONS)).max(SUMMARY_SECTIONS.length),
  /** The entries the person ticked, one by one. Nothing else contributes a word. */
  entries: z.array(includedEntry).max(MAX_SUMMARY_ENTRIES),
  /** "What I'd like to talk about". */
  notes: z.string().max(LIMITS.notes),
  /** Shown on the cover when given. */
  name: z.string().max(LIMITS.name),
  pageSize: z.enum(PAGE_SIZES),
});
export type SummaryRequest = z.infer<typeof summaryRequest>;

// The document ------------------------------------------------------------------------------

const point = z.strictObject({ x: z.number(), y: z.number() });
const tick = z.strictObject({ at: z.number(), label: z.string() });

/** A line chart already laid out (in its own units, 0..width × 0..height): renderers only draw. */
export const chartGeometry = z.strictObject({
  width: z.number(),
  height: z.number(),
  /** SVG path data of the line through the rated buckets (gaps where nothing was rated). */
  line: z.string(),
  /** The segments to and from a bucket the range cuts short, drawn fainter. */
  partialLine: z.string(),
  dots: z.array(point.extend({ partial: z.boolean() })),
  xTicks: z.array(tick),
  yTicks: z.array(tick),
});
export type ChartGeometry = z.infer<typeof chartGeometry>;

/**
 * One dimension in the overview: the one comparison (before, after, difference, interval,
 * verdict) between the section's two periods; renderers word it with claims.ts.
 */
export const overviewRow = z.strictObject({
  key,
  name: z.string(),
  lowLabel: z.string(),
  highLabel: z.string(),
  ...comparison.shape,
  sparkline: chartGeometry,
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const summarySection = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('overview'),
    /** Column headings for the two periods: "First half" / "22 Oct – 5 Nov"… */
    beforeLabel: z.string(),
    beforeDates: z.string(),
    afterLabel: z.string(),
    afterDates: z.string(),
    /** What is compared with what, and when a change is called one. */
    legend: z.string(),
    rows: z.array(overviewRow),
  }),
  z.strictObject({
    kind: z.literal('charts'),
    bucketLabel: z.string(),
    charts: z.array(
      z.strictObject({
        name: z.string(),
        lowLabel: z.string(),
        highLabel: z.string(),
        rated: z.number().int(),
        chart: chartGeometry,
      }),
    ),
  }),
  z.strictObject({
    kind: z.literal('relationships'),
    columns: z.array(z.strictObject({ name: z.string(), entries: z.number().int() })),
    /** Per dimension, its mean and count in each column's relationship. */
    rows: z.array(z.strictObject({ name: z.string(), means: z.array(scoreStat) })),
  }),
  z.strictObject({
    kind: z.literal('signs'),
    entries: z.number().int(),
    groups: z.array(
      z.strictObject({
        title: z.string(),
        signs: z.array(z.strictObject({ label: z.string(), count: z.number().int() })),
      }),
    ),
  }),
  z.strictObject({
    kind: z.literal('entries'),
    entries: z.array(
      z.strictObject({
        date: calendarDate,
        dateLabel: z.string(),
        title: z.string().nullable(),
        relationships: z.array(z.string()),
        scores: z.array(z.strictObject({ name: z.string(), value: z.number().int() })),
        signs: z.array(z.string()),
        paragraphs: z.array(z.string()),
        excerpt: z.boolean(),
      }),
    ),
  }),
  z.strictObject({ kind: z.literal('notes'), paragraphs: z.array(z.string()) }),
]);
export type SummarySection = z.infer<typeof summarySection>;

export const summaryDocument = z.strictObject({
  title: z.string(),
  name: z.string().nullable(),
  rangeLabel: z.string(),
  generatedLabel: z.string(),
  relationshipsLabel: z.string(),
  entryCount: z.number().int(),
  includedCount: z.number().int(),
  showCover: z.boolean(),
  sections: z.array(summarySection),
});
export type SummaryDocument = z.infer<typeof summaryDocument>;

// Therapy sessions and the export record ----------------------------------------------------

export const therapySession = z.strictObject({ id, date: calendarDate });
export type TherapySession = z.infer<typeof therapySession>;

export const summaryExport = z.strictObject({
  exportedAt: timestamp,
  from: calendarDate,
  to: calendarDate,
  format: z.enum(SUMMARY_FORMATS),
  sections: z.array(z.enum(SUMMARY_SECTIONS)),
  /** The exported entries as they are now (an entry since removed is counted, not listed). */
  entries: z.array(z.strictObject({ date: calendarDate, title: z.string().nullable() })),
  entryCount: z.number().int(),
});
export type SummaryExport = z.infer<typeof summaryExport>;

/** What the wizard remembers between exports (kept in the vault). */
export const summaryChoices = z.strictObject({
  relationshipIds: z.array(id).max(LIMITS.listItems),
  dimensionKeys: z.array(key).max(LIMITS.listItems),
  sections: z.array(z.enum(SUMMARY_SECTIONS)).max(SUMMARY_SECTIONS.length),
  name: z.string().max(LIMITS.name),
  pageSize: z.enum(PAGE_SIZES),
  format: z.enum(SUMMARY_FORMATS),
});
export type SummaryChoices = z.infer<typeof summaryChoices>;

export const summarySetup = z.strictObject({
  /** The default range: from the last session on or before today, to today. */
  from: calendarDate,
  to: calendarDate,
  lastSession: calendarDate.nullable(),
  nextSession: calendarDate.nullable(),
  choices: summaryChoices.nullable(),
});
export type SummarySetup = z.infer<typeof summarySetup>;

export const summaryMethods = defineMethods({
  getSummarySetup: { request: z.void(), response: summarySetup },
  previewSummary: { request: summaryRequest, response: summaryDocument },
  /** Builds the file, asks main's system dialog where to save it, records the export. */
  exportSummary: {
    request: z.strictObject({ request: summaryRequest, format: z.enum(SUMMARY_FORMATS) }),
    response: z.strictObject({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  listSummaryExports: { request: z.void(), response: z.array(summaryExport) },
  listTherapySessions: { request: z.void(), response: z.array(therapySession) },
  saveTherapySession: { request: therapySession, response: z.array(therapySession) },
  deleteTherapySession: { request: z.strictObject({ id }), response: z.array(therapySession) },
});
