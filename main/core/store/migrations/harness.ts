import { createHash } from 'node:crypto';
import { type Database, all, loadSqlJs } from '../sqlite';
import { migrate, schemaVersion } from './index';

// How every migration is tested (see CONVENTIONS.md, "Migrations are history"): build the
// database at version N-1, put data in it as that version stored it, migrate to N, compare.
// Each numbered migration has its own test file beside it that does exactly that.

export type SchemaRow = Readonly<{ type: string; name: string; sql: string | null }>;

/** A new database with migrations applied up to `version` (0: empty). */
export async function databaseAt(version: number): Promise<Database> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.run('PRAGMA foreign_keys = ON');
  if (version > 0) migrate(db, version);
  if (schemaVersion(db) !== version) throw new Error(`could not build version ${version}`);
  return db;
}

/**
 * Builds version `version - 1`, lets `seed` write data the way that version stored it, then
 * migrates to `version` (through a save and reload, as a vault would).
 */
export async function migrateFrom(
  version: number,
  seed: (db: Database) => void = () => undefined,
): Promise<Database> {
  const before = await databaseAt(version - 1);
  seed(before);
  const SQL = await loadSqlJs();
  const db = new SQL.Database(before.export());
  before.close();
  db.run('PRAGMA foreign_keys = ON');
  migrate(db, version);
  return db;
}

/** Every table, index and trigger, in a stable order. */
export function schemaOf(db: Database): SchemaRow[] {
  return all<SchemaRow>(
    db,
    `SELECT type, name, sql FROM sqlite_master
      WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
  );
}

/** A fingerprint of the schema: recorded per version, so a shipped migration cannot change. */
export function schemaHash(db: Database): string {
  return createHash('sha256')
    .update(JSON.stringify(schemaOf(db)))
    .digest('hex');
}
