import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { JournalError } from '../errors';
import { yieldToEventLoop } from '../slices';
import type { VaultFs } from '../vault/fs';
import { type VaultHeader, parseHeader, verifyMac } from '../vault/header';
import { BACKUP_DIR, KEY_COPY_FILE, type VaultStorage, readHeader } from '../vault/storage';
import { listDimensions, listRelationships, listSigns } from './catalog';
import { allEntries } from './entries';
import { schemaVersion } from './migrations';
import { rebuildDatabase } from './rebuild';
import { type Database, all, one } from './sqlite';

export type VerifyReport = Readonly<{
  /** Empty when everything checked out. Each is one sentence. */
  problems: string[];
  schemaVersion: number;
  generation: number;
  pendingChanges: number;
  snapshotBytes: number;
  logBytes: number;
  counts: Readonly<{
    entries: number;
    trashed: number;
    words: number;
    relationships: number;
    dimensions: number;
    signs: number;
  }>;
  backups: Readonly<{ good: number; damaged: number }>;
}>;

export type VerifyParts = Readonly<{
  fs: VaultFs;
  dir: string;
  db: Database;
  storage: VaultStorage;
  header: VaultHeader;
  dataKey: Buffer;
}>;

function describe(error: unknown): string {
  return error instanceof JournalError ? error.message : String(error);
}

/** A digest of everything a person can see in the journal: equal digests, equal journals. */
export function contentDigest(db: Database): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(listDimensions(db)));
  hash.update(JSON.stringify(listSigns(db)));
  hash.update(JSON.stringify(listRelationships(db)));
  hash.update(JSON.stringify(all(db, 'SELECT key, value FROM settings ORDER BY key')));
  for (const entry of allEntries(db)) hash.update(JSON.stringify(entry));
  return hash.digest('hex');
}

function integrityProblems(db: Database): string[] {
  const rows = all<{ integrity_check: string }>(db, 'PRAGMA integrity_check');
  const problems = rows
    .map((r) => r.integrity_check)
    .filter((r) => r !== 'ok')
    .map((r) => `The database fails SQLite's integrity check: ${r}.`);
  const keys = all(db, 'PRAGMA foreign_key_check');
  if (keys.length > 0) problems.push(`${keys.length} rows point at things that do not exist.`);
  db.run('SAVEPOINT fts_check');
  try {
    db.run("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')");
  } catch {
    problems.push('The search index does not match the entries.');
  } finally {
    db.run('ROLLBACK TO fts_check');
    db.run('RELEASE fts_check');
  }
  return problems;
}

async function keyFileProblems(parts: VerifyParts): Promise<string[]> {
  const problems: string[] = [];
  try {
    const onDisk = await readHeader(parts.fs, parts.dir);
    verifyMac(onDisk, parts.dataKey);
    if (onDisk.mac !== parts.header.mac)
      problems.push('The key file changed while the journal was open.');
  } catch (error) {
    problems.push(`The key file: ${describe(error)}`);
  }
  try {
    const copy = parseHeader(await parts.fs.readFile(join(parts.dir, BACKUP_DIR, KEY_COPY_FILE)));
    verifyMac(copy, parts.dataKey);
  } catch (error) {
    problems.push(`The copy of the key file in backups: ${describe(error)}`);
  }
  return problems;
}

export async function verifyJournal(parts: VerifyParts): Promise<VerifyReport> {
  const { db, storage } = parts;
  const problems = await keyFileProblems(parts);
  await yieldToEventLoop();

  try {
    const loaded = await storage.load();
    if (loaded.generation !== storage.currentGeneration) {
      problems.push('The journal files on disk are not the ones this session wrote.');
    }
    if (loaded.tornTail) problems.push('The change log ends in an incomplete save.');
    if (loaded.payloads.length !== storage.pendingRecords) {
      problems.push('The change log on disk does not hold every save of this session.');
    }
    const { db: replayed } = await rebuildDatabase(loaded.database, loaded.payloads);
    try {
      await yieldToEventLoop();
      if (contentDigest(replayed) !== contentDigest(db)) {
        problems.push('Replaying the files on disk does not give the journal that is open.');
      }
    } finally {
      replayed.close();
    }
  } catch (error) {
    problems.push(describe(error));
  }
  await yieldToEventLoop();

  problems.push(...integrityProblems(db));
  await yieldToEventLoop();

  const backups = await storage.checkBackups();
  for (const bad of backups.damaged) problems.push(`The backup ${bad.id} is damaged.`);

  const count = (sql: string) => Number(one(db, sql)?.['n'] ?? 0);
  return {
    problems,
    schemaVersion: schemaVersion(db),
    generation: storage.currentGeneration,
    pendingChanges: storage.pendingRecords,
    ...(await storage.sizes()),
    counts: {
      entries: count('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL'),
      trashed: count('SELECT count(*) AS n FROM entries WHERE deleted_at IS NOT NULL'),
      words: count(
        'SELECT coalesce(sum(word_count), 0) AS n FROM entries WHERE deleted_at IS NULL',
      ),
      relationships: count('SELECT count(*) AS n FROM relationships'),
      dimensions: count('SELECT count(*) AS n FROM dimensions'),
      signs: count('SELECT count(*) AS n FROM signs'),
    },
    backups: { good: backups.good.length, damaged: backups.damaged.length },
  };
}
