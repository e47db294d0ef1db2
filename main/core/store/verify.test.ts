import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryInput } from '../testing/entry-input';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault } from '../vault/lifecycle';
import { LATEST_VERSION } from './migrations';
import { BACKUP_DIR, LOG_FILE } from '../vault/storage';

let dir: string;
let cleanup: () => Promise<void>;
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

async function journalWithHistory() {
  const { journal } = await createVault(dir, 'pass', options);
  await journal.saveEntry(entryInput({ text: 'One two three.' }));
  await journal.compact();
  const second = await journal.saveEntry(entryInput({ text: 'Four five.' }));
  await journal.trashEntry(second.id);
  await journal.saveEntry(entryInput({ text: 'Six.' }));
  return journal;
}

describe('verify', () => {
  it('reports counts and no problems for a healthy journal', async () => {
    const journal = await journalWithHistory();
    const report = await journal.verify();
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      schemaVersion: LATEST_VERSION,
      generation: 2,
      pendingChanges: 3,
      counts: { entries: 2, trashed: 1, words: 4, relationships: 0, dimensions: 9, signs: 12 },
      backups: { good: 1, damaged: 0 },
    });
    expect(report.snapshotBytes).toBeGreaterThan(0);
    await journal.close();
  });

  it('finds a damaged backup, a damaged log on disk, and a search index out of step', async () => {
    const journal = await journalWithHistory();
    const [backup] = (await readdir(join(dir, BACKUP_DIR))).filter((n) =>
      n.startsWith('snapshot-'),
    );
    const backupPath = join(dir, BACKUP_DIR, backup!);
    const bytes = await readFile(backupPath);
    bytes[bytes.length - 3]! ^= 1;
    await writeFile(backupPath, bytes);
    const log = await readFile(join(dir, LOG_FILE));
    log[log.length - 5]! ^= 1;
    await writeFile(join(dir, LOG_FILE), log);
    await journal.read((db) =>
      db.run('DELETE FROM entries_fts WHERE docid = (SELECT min(rid) FROM entries)'),
    );

    const { problems } = await journal.verify();
    expect(problems).toEqual([
      expect.stringContaining('change record 3 fails its integrity check'),
      // SQLite's own check looks into FTS4 indexes too; our check says it in plain words.
      "The database fails SQLite's integrity check: malformed inverted index for FTS4 table main.entries_fts.",
      'The search index does not match the entries.',
      `The backup ${backup} is damaged.`,
    ]);
    await journal.close({ compact: false });
  });
});
