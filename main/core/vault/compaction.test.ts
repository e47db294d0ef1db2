import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryInput } from '../testing/entry-input';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault, unlockVault } from './lifecycle';
import { LOG_FILE } from './storage';

let dir: string;
let cleanup: () => Promise<void>;
const inWorker = {
  kdf: TEST_KDF,
  compaction: { maxRecords: 1000, maxBytes: 1 << 24, inWorker: true },
};

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

async function texts(): Promise<string[]> {
  const { journal } = await unlockVault(dir, 'pass', inWorker);
  try {
    const list = await journal.listEntries();
    return (await Promise.all(list.map(async (s) => (await journal.getEntry(s.id)).text))).sort();
  } finally {
    await journal.close({ compact: false });
  }
}

describe('compaction in a worker thread', () => {
  it('builds the next snapshot from the files, the same journal the next unlock sees', async () => {
    const { journal } = await createVault(dir, 'pass', inWorker);
    for (const text of ['Alpha.', 'Bravo.', 'Charlie.'])
      await journal.saveEntry(entryInput({ text }));
    expect(await journal.compact()).toBe(true);
    const report = await journal.verify();
    expect(report).toMatchObject({ problems: [], generation: 2, pendingChanges: 0 });
    await journal.saveEntry(entryInput({ text: 'Delta.' }));
    await journal.close();
    expect(await texts()).toEqual(['Alpha.', 'Bravo.', 'Charlie.', 'Delta.']);
  });

  it('falls back to the open journal when the files on disk are not what it wrote', async () => {
    const { journal } = await createVault(dir, 'pass', inWorker);
    await journal.saveEntry(entryInput({ text: 'Kept in memory.' }));
    await journal.saveEntry(entryInput({ text: 'Also kept.' }));
    // Bit rot in the log after the save was acknowledged: the open journal still has it right.
    const log = await readFile(join(dir, LOG_FILE));
    log[log.length - 3]! ^= 0x10;
    await writeFile(join(dir, LOG_FILE), log);
    await journal.compact();
    await journal.close();
    expect(await texts()).toEqual(['Also kept.', 'Kept in memory.']);
  });
});
