import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  type Dimension,
  type Entry,
  type Relationship,
  type Sign,
  dimension,
  entry as entrySchema,
  relationship as relationshipSchema,
  settings as settingsSchema,
  sign as signSchema,
} from '../../contract/domain';
import {
  LIMITS,
  calendarDate,
  id as idSchema,
  key,
  score,
  timestamp,
} from '../../contract/primitives';
import { invalid } from '../errors';
import { normaliseText, textToLexicalDoc } from '../lexical-doc';
import { getSetting, listDimensions, listRelationships, listSigns } from './catalog';
import { type Change, type JsonValue, settingKey } from './changes';
import { RELATIONSHIP_COLORS } from './defaults';
import { checkChange } from './validate-change';
import { allEntries } from './entries';
import { type Database, all } from './sqlite';

// The whole journal as JSON, and back. The export is ours (format + version, everything the
// journal holds, the editor's documents included), so `export-json` then `import` into a new
// journal gives the same journal. Import also takes a plain list of entries in the command
// line's `list --json` shape, so people can bring writing from elsewhere.

export const EXPORT_FORMAT = 'twofold-journal';
export const EXPORT_VERSION = 1;

export const journalExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  exportedAt: timestamp,
  dimensions: z.array(dimension).max(LIMITS.listItems),
  signs: z.array(signSchema).max(LIMITS.listItems),
  relationships: z.array(relationshipSchema).max(10_000),
  settings: z.record(settingKey, z.json()),
  entries: z.array(entrySchema),
});
export type JournalExport = z.infer<typeof journalExport>;

/** One entry as `journal list --json` prints it; only the date and the text are required. */
const listedEntry = z.object({
  id: idSchema.optional(),
  date: calendarDate,
  title: z.string().max(LIMITS.title).nullable().optional(),
  text: z.string().max(LIMITS.text),
  scores: z.record(key, score).optional(),
  relationships: z
    .array(z.string().trim().min(1).max(LIMITS.name))
    .max(LIMITS.listItems)
    .optional(),
  signs: z.array(key).max(LIMITS.listItems).optional(),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.tags).optional(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});
const entryList = z.array(listedEntry);

export type ImportSummary = Readonly<{
  entries: number;
  relationshipsCreated: number;
}>;

/** Everything in the journal, in a stable order. */
export function exportJournal(db: Database, exportedAt: string): JournalExport {
  const settings: Record<string, JsonValue> = {};
  for (const row of all<{ key: string }>(db, 'SELECT key FROM settings ORDER BY key')) {
    settings[row.key] = getSetting(db, row.key) as JsonValue;
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    dimensions: listDimensions(db),
    signs: listSigns(db),
    relationships: listRelationships(db),
    settings,
    entries: allEntries(db),
  };
}

function describeIssue(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const where =
    path[0] === 'entries' && typeof path[1] === 'number'
      ? `entry ${path[1] + 1}${path.length > 2 ? ` (${path.slice(2).join('.')})` : ''}`
      : typeof path[0] === 'number'
        ? `entry ${path[0] + 1}${path.length > 1 ? ` (${path.slice(1).join('.')})` : ''}`
        : path.join('.') || 'the file';
  return `The file is not ${what}: ${where}: ${issue?.message ?? 'not valid'}.`;
}

/** Merges an ordered list into what the journal has, keeping what the file does not mention. */
function mergeByKey<T extends { key: string }>(
  incoming: readonly T[],
  existing: readonly T[],
): T[] {
  const named = new Set(incoming.map((item) => item.key));
  return [...incoming, ...existing.filter((item) => !named.has(item.key))];
}

function checkKeys(
  entries: readonly Entry[],
  dimensions: readonly Dimension[],
  signs: readonly Sign[],
) {
  const dimensionKeys = new Set(dimensions.map((d) => d.key));
  const signKeys = new Set(signs.map((s) => s.key));
  entries.forEach((e, index) => {
    for (const k of Object.keys(e.scores)) {
      if (!dimensionKeys.has(k)) {
        throw invalid(
          `Entry ${index + 1} in the file has a score for "${k}", which is not a dimension of this journal.`,
        );
      }
    }
    for (const s of e.signs) {
      if (!signKeys.has(s)) {
        throw invalid(
          `Entry ${index + 1} in the file has the sign "${s}", which this journal does not know.`,
        );
      }
    }
  });
}

/** The changes that bring a Twofold export into `db` (ids kept; same-named people merged). */
function changesFromExport(
  db: Database,
  data: JournalExport,
): { changes: Change[]; created: number } {
  if (data.version > EXPORT_VERSION) {
    throw invalid(
      'The file was exported by a newer version of Twofold. Update Twofold to import it.',
    );
  }
  const dimensions = mergeByKey(data.dimensions, listDimensions(db));
  const signs = mergeByKey(data.signs, listSigns(db));
  const existing = listRelationships(db);
  const byName = new Map(existing.map((r) => [r.name.toLocaleLowerCase(), r]));
  const mapped = new Map<string, string>();
  const relationshipChanges: Change[] = [];
  for (const r of data.relationships) {
    const same = byName.get(r.name.toLocaleLowerCase());
    if (same && same.id !== r.id) {
      mapped.set(r.id, same.id);
      continue;
    }
    mapped.set(r.id, r.id);
    byName.set(r.name.toLocaleLowerCase(), r);
    relationshipChanges.push({ op: 'relationship.put', relationship: r });
  }
  const known = new Set([...existing.map((r) => r.id), ...mapped.values()]);
  const entries = data.entries.map((e, index) => {
    const relationships = e.relationships.map((rid) => mapped.get(rid) ?? rid);
    for (const rid of relationships) {
      if (!known.has(rid)) {
        throw invalid(
          `Entry ${index + 1} in the file refers to a relationship that is not in the file.`,
        );
      }
    }
    return { ...e, relationships: [...new Set(relationships)] };
  });
  checkKeys(entries, dimensions, signs);
  const settings: Change[] = Object.entries(data.settings).map(([k, value]) => {
    if (k === 'app' && !settingsSchema.partial().safeParse(value).success) {
      throw invalid('The settings in the file are not valid.');
    }
    return { op: 'setting.put', key: k, value };
  });
  return {
    changes: [
      { op: 'dimensions.put', dimensions },
      { op: 'signs.put', signs },
      ...relationshipChanges,
      ...settings,
      ...entries.map((entry) => ({ op: 'entry.put' as const, entry })),
    ],
    created: relationshipChanges.length,
  };
}

/** The changes that bring a list of entries (the `list --json` shape) into `db`. */
function changesFromList(
  db: Database,
  list: z.infer<typeof entryList>,
  now: string,
  existingEntry: (id: string) => Entry | undefined,
): { changes: Change[]; created: number } {
  const relationships = listRelationships(db);
  const byName = new Map(relationships.map((r) => [r.name.toLocaleLowerCase(), r]));
  const created: Relationship[] = [];
  const idFor = (name: string): string => {
    const found = byName.get(name.toLocaleLowerCase());
    if (found) return found.id;
    const fresh: Relationship = {
      id: randomUUID(),
      name,
      kind: 'other',
      color:
        RELATIONSHIP_COLORS[(relationships.length + created.length) % RELATIONSHIP_COLORS.length]!,
      archived: false,
    };
    created.push(fresh);
    byName.set(name.toLocaleLowerCase(), fresh);
    return fresh.id;
  };
  const entries: Entry[] = list.map((item) => {
    const text = normaliseText(item.text);
    const previous = item.id ? existingEntry(item.id) : undefined;
    return {
      id: item.id ?? randomUUID(),
      date: item.date,
      title: item.title ?? null,
      text,
      // Re-importing an entry's own words keeps its formatting.
      doc: previous && previous.text === text ? previous.doc : textToLexicalDoc(text),
      scores: item.scores ?? {},
      relationships: [...new Set((item.relationships ?? []).map(idFor))],
      signs: [...new Set(item.signs ?? [])],
      tags: [...new Set(item.tags ?? [])],
      share: previous?.share ?? 'default',
      createdAt: item.createdAt ?? previous?.createdAt ?? now,
      updatedAt: item.updatedAt ?? now,
      deletedAt: null,
    };
  });
  checkKeys(entries, listDimensions(db), listSigns(db));
  return {
    changes: [
      ...created.map((relationship) => ({ op: 'relationship.put' as const, relationship })),
      ...entries.map((entry) => ({ op: 'entry.put' as const, entry })),
    ],
    created: created.length,
  };
}

/**
 * Turns a parsed JSON file into the changes that import it, checking everything first: a file
 * with one bad entry imports nothing and says which entry and why.
 */
export function changesForImport(
  db: Database,
  data: unknown,
  now: string,
  existingEntry: (id: string) => Entry | undefined,
): { changes: Change[]; summary: ImportSummary } {
  let result: { changes: Change[]; created: number };
  if (Array.isArray(data)) {
    const parsed = entryList.safeParse(data);
    if (!parsed.success) throw invalid(describeIssue(parsed.error, 'a list of entries'));
    result = changesFromList(db, parsed.data, now, existingEntry);
  } else if (
    data !== null &&
    typeof data === 'object' &&
    (data as { format?: unknown }).format === EXPORT_FORMAT
  ) {
    const parsed = journalExport.safeParse(data);
    if (!parsed.success) throw invalid(describeIssue(parsed.error, 'a valid Twofold export'));
    result = changesFromExport(db, parsed.data);
  } else {
    throw invalid('The file is neither a Twofold export nor a list of entries.');
  }
  // Checked now, against the schema replay uses, so a bad entry is named before anything is
  // written (the journal checks every change again as it applies them).
  let entryNumber = 0;
  const changes = result.changes.map((change) =>
    checkChange(
      change,
      change.op === 'entry.put' ? `Entry ${(entryNumber += 1)} in the file` : 'The file',
    ),
  );
  return { changes, summary: { entries: entryNumber, relationshipsCreated: result.created } };
}
