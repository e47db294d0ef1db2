import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryInput } from '../testing/entry-input';
import { FaultyFs } from '../testing/faulty-fs';
import { generateEntries, seedJournal } from '../testing/generate';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault, unlockVault } from './lifecycle';

let dir: string;
let cleanup: () => Promise<void>;
let fs: FaultyFs;
const options = () => ({ fs, kdf: TEST_KDF, compaction: TEST_COMPACTION });

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  fs = new FaultyFs();
});
afterEach(() => cleanup());

async function texts(passphrase = 'pass'): Promise<string[]> {
  const { journal } = await unlockVault(dir, passphrase, options());
  try {
    const list = await journal.listEntries();
    return (await Promise.all(list.map(async (s) => (await journal.getEntry(s.id)).text))).sort();
  } finally {
    await journal.close();
  }
}

describe('a full disk or a failing write', () => {
  it('fails a save with a clear error, keeps what was there, and saves again once there is room', async () => {
    const { journal } = await createVault(dir, 'pass', options());
    await journal.saveEntry(entryInput({ text: 'Saved before the disk filled.' }));
    fs.failWrites = { name: /journal\.log/, code: 'ENOSPC' };
    const lost = entryInput({ text: 'Typed while the disk was full.' });
    await expect(journal.saveEntry(lost)).rejects.toMatchObject({
      code: 'DISK_FULL',
      message:
        'The disk is full, so Twofold could not save. Nothing was lost; free some space and try again.',
    });
    // The failed save is not in the open journal either.
    expect(await journal.listEntries()).toHaveLength(1);
    await expect(journal.getEntry(lost.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    fs.failWrites = null;
    await journal.saveEntry(lost);
    await journal.close();
    expect(await texts()).toEqual([
      'Saved before the disk filled.',
      'Typed while the disk was full.',
    ]);
  });

  it('reports an fsync failure as an I/O error, and the next save works', async () => {
    const { journal } = await createVault(dir, 'pass', options());
    fs.failSyncs = { name: /journal\.log/, code: 'EIO' };
    await expect(journal.saveEntry(entryInput({ text: 'Not confirmed.' }))).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Twofold could not save (EIO).',
    });
    fs.failSyncs = null;
    await journal.saveEntry(entryInput({ text: 'Confirmed.' }));
    await journal.close({ compact: false });
    expect(await texts()).toEqual(['Confirmed.']);
  });

  it('stops writing after a failure it cannot undo, and the journal opens intact', async () => {
    const { journal } = await createVault(dir, 'pass', options());
    await journal.saveEntry(entryInput({ text: 'Safe.' }));
    fs.failWrites = { name: /journal\.log/, code: 'EIO' };
    fs.failTruncates = true;
    await expect(journal.saveEntry(entryInput({ text: 'Half written.' }))).rejects.toMatchObject({
      code: 'IO_ERROR',
    });
    fs.failWrites = null;
    fs.failTruncates = false;
    await expect(journal.saveEntry(entryInput({ text: 'After.' }))).rejects.toMatchObject({
      code: 'IO_ERROR',
      message:
        'Twofold could not finish writing the journal. Lock it and unlock it again to continue.',
    });
    await journal.close();
    // The half-written record is a torn end, dropped and reported; the rest is there.
    const { journal: again, report } = await unlockVault(dir, 'pass', options());
    expect(report.droppedIncompleteSave).toBe(true);
    expect(await again.listEntries()).toHaveLength(1);
    await again.saveEntry(entryInput({ text: 'Works again.' }));
    await again.close();
    expect(await texts()).toEqual(['Safe.', 'Works again.']);
  });

  it('fails a compaction or an import cleanly, leaving no temporary files', async () => {
    const { journal } = await createVault(dir, 'pass', options());
    await journal.saveEntry(entryInput({ text: 'One.' }));
    fs.failWrites = { name: /journal\.snapshot\.tmp/, code: 'ENOSPC' };
    await expect(journal.compact()).rejects.toMatchObject({ code: 'DISK_FULL' });
    await expect(seedJournal(journal, generateEntries({ entries: 50 }))).rejects.toMatchObject({
      code: 'DISK_FULL',
    });
    expect(await journal.listEntries()).toHaveLength(1);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    fs.failWrites = null;
    await journal.saveEntry(entryInput({ text: 'Two.' }));
    await journal.compact();
    await journal.close();
    expect(await texts()).toEqual(['One.', 'Two.']);
  });
});
