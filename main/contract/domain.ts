import { z } from 'zod';
import { LIMITS, calendarDate, color, id, key, nonEmptyLine, score, timestamp } from './primitives';

export const RELATIONSHIP_KINDS = ['partner', 'family', 'friend', 'work', 'other'] as const;
export const SIGN_KINDS = ['warning', 'healthy'] as const;
/** "bring": flagged for the next therapy session; "never": may not go into any summary. */
export const SHARE_FLAGS = ['default', 'bring', 'never'] as const;

export const shareFlag = z.enum(SHARE_FLAGS);
export type ShareFlag = z.infer<typeof shareFlag>;

/** Scores per dimension key. A dimension that is absent was not rated: never a zero. */
export const scores = z
  .record(key, score)
  .refine((r) => Object.keys(r).length <= LIMITS.listItems, { message: 'too many scores' });
export type Scores = Readonly<Record<string, number>>;

const tag = nonEmptyLine(LIMITS.tag);

/** What the editor sends when it saves: the whole entry, every time. */
export const entryInput = z.strictObject({
  id,
  date: calendarDate,
  title: z.string().max(LIMITS.title).nullable(),
  /** Plain-text copy of the document, for search and export. */
  text: z.string().max(LIMITS.text),
  /** Lexical editor state, serialised as JSON. */
  doc: z.string().max(LIMITS.doc),
  scores,
  relationships: z.array(id).max(LIMITS.listItems),
  signs: z.array(key).max(LIMITS.listItems),
  tags: z.array(tag).max(LIMITS.tags),
  share: shareFlag,
});
export type EntryInput = z.infer<typeof entryInput>;

export const entry = entryInput.extend({
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Set while the entry is in the trash. */
  deletedAt: timestamp.nullable(),
});
export type Entry = z.infer<typeof entry>;

/** One row of the timeline: enough to draw it, nothing more. */
export const entrySummary = z.strictObject({
  id,
  date: calendarDate,
  title: z.string().nullable(),
  /** The first words of the entry, for the list. */
  preview: z.string(),
  relationships: z.array(id),
  scores,
  signs: z.array(key),
  share: shareFlag,
  wordCount: z.number().int().nonnegative(),
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});
export type EntrySummary = z.infer<typeof entrySummary>;

export const dimension = z.strictObject({
  key,
  name: nonEmptyLine(LIMITS.name),
  /** Label of the 1 end: the codependent pole for the built-in dimensions. */
  lowLabel: nonEmptyLine(LIMITS.label),
  /** Label of the 7 end: the interdependent pole for the built-in dimensions. */
  highLabel: nonEmptyLine(LIMITS.label),
  hidden: z.boolean(),
  builtin: z.boolean(),
  prompts: z.array(nonEmptyLine(LIMITS.prompt)).max(LIMITS.prompts),
});
export type Dimension = z.infer<typeof dimension>;

export const sign = z.strictObject({
  key,
  label: nonEmptyLine(LIMITS.label),
  kind: z.enum(SIGN_KINDS),
  hidden: z.boolean(),
  builtin: z.boolean(),
});
export type Sign = z.infer<typeof sign>;
export type SignKind = Sign['kind'];

export const relationship = z.strictObject({
  id,
  name: nonEmptyLine(LIMITS.name),
  kind: z.enum(RELATIONSHIP_KINDS),
  color,
  archived: z.boolean(),
});
export type Relationship = z.infer<typeof relationship>;
export type RelationshipKind = Relationship['kind'];

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;

export const settings = z.strictObject({
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  /** Minutes of inactivity before the journal locks itself; 0 turns auto-lock off. */
  autoLockMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** The person has seen the first-run introduction. */
  introSeen: z.boolean(),
});
export type Settings = z.infer<typeof settings>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  textSize: 'medium',
  autoLockMinutes: 5,
  introSeen: false,
};

/** A slice of highlighted text: `hit` marks the words that matched the search. */
export const snippetPart = z.strictObject({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPart>;
