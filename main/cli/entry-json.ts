import type { Entry, Relationship } from '../contract/domain';

/** The command line's shape of an entry: names, not ids, for relationships. */
export type EntryJson = Readonly<{
  id: string;
  date: string;
  title: string | null;
  text: string;
  scores: Readonly<Record<string, number>>;
  relationships: readonly string[];
  signs: readonly string[];
  tags: readonly string[];
  createdAt: string;
  updatedAt: string;
}>;

export function toEntryJson(entry: Entry, relationships: readonly Relationship[]): EntryJson {
  const names = new Map(relationships.map((r) => [r.id, r.name]));
  return {
    id: entry.id,
    date: entry.date,
    title: entry.title,
    text: entry.text,
    scores: entry.scores,
    relationships: entry.relationships.map((id) => names.get(id) ?? id),
    signs: entry.signs,
    tags: entry.tags,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}
