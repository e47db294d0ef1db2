import { randomUUID } from 'node:crypto';
import type { Entry, Relationship } from '../../contract/domain';
import { putDimensions, putRelationship, putSigns } from '../store/catalog';
import { DEFAULT_DIMENSIONS, DEFAULT_SIGNS } from '../store/defaults';
import { putEntry } from '../store/entries';
import { LATEST_VERSION } from '../store/migrations';
import { databaseAt } from '../store/migrations/harness';
import type { Database } from '../store/sqlite';

/** A journal database in memory (no vault) with the default dimensions and signs, for queries. */
export async function journalDb(): Promise<Database> {
  const db = await databaseAt(LATEST_VERSION);
  putDimensions(db, DEFAULT_DIMENSIONS);
  putSigns(db, DEFAULT_SIGNS);
  return db;
}

export function addRelationship(
  db: Database,
  name: string,
  kind: Relationship['kind'] = 'other',
): string {
  const relationship: Relationship = {
    id: randomUUID(),
    name,
    kind,
    color: '#336699',
    archived: false,
  };
  putRelationship(db, relationship);
  return relationship.id;
}

export type TestEntry = Readonly<{
  date: string;
  scores?: Readonly<Record<string, number>>;
  relationships?: readonly string[];
  signs?: readonly string[];
  tags?: readonly string[];
  trashed?: boolean;
}>;

/** Writes an entry with only what a query looks at; returns its id. */
export function addEntry(db: Database, e: TestEntry): string {
  const id = randomUUID();
  const entry: Entry = {
    id,
    date: e.date,
    title: null,
    text: `An entry for ${e.date}.`,
    doc: '{}',
    scores: { ...e.scores },
    relationships: [...(e.relationships ?? [])],
    signs: [...(e.signs ?? [])],
    tags: [...(e.tags ?? [])],
    share: 'default',
    createdAt: `${e.date}T12:00:00.000Z`,
    updatedAt: `${e.date}T12:00:00.000Z`,
    deletedAt: e.trashed ? `${e.date}T13:00:00.000Z` : null,
  };
  putEntry(db, entry);
  return id;
}
