import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JournalError } from '../errors';
import { entryInput } from '../testing/entry-input';
import { type CrashOutcome, PowerLossFs } from '../testing/power-loss-fs';
import { TEST_COMPACTION, TEST_KDF } from '../testing/temp-vault';
import { restoreBackupFile } from './backup-file';
import { type VaultOptions, createVault, unlockVault } from './lifecycle';
import { BACKUP_DIR } from './storage';

// `journal restore --force` killed (or the power cut) before any one of its file operations.
// Whatever the moment, the folder must open as the journal that was there or as the restored
// one: never "no journal", never a mix. And then a retry must behave: without --force it is
// refused, and with --force it restores while the replaced journal stays whole, a folder of its
// own under backups/ that still opens with its own passphrase.

const ROOT = '/disk';
const HERE = `${ROOT}/vault`;
const OLD = 'the journal that was here';
const NEW = 'the journal in the backup';

function options(fs: PowerLossFs): VaultOptions {
  return { fs, kdf: TEST_KDF, compaction: TEST_COMPACTION };
}

/** What opens in `dir`: the texts of its entries and the passphrase that opened it. */
async function opens(fs: PowerLossFs, dir: string): Promise<{ with: string; texts: string[] }> {
  for (const passphrase of [OLD, NEW]) {
    try {
      const { journal } = await unlockVault(dir, passphrase, options(fs));
      try {
        const texts = [];
        for (const s of await journal.listEntries()) {
          texts.push((await journal.getEntry(s.id)).text);
        }
        return { with: passphrase, texts: texts.sort() };
      } finally {
        await journal.close({ compact: false });
      }
    } catch (error) {
      if (!(error instanceof JournalError && error.code === 'WRONG_PASSPHRASE')) throw error;
    }
  }
  throw new Error('neither passphrase opens it');
}

async function setUp(): Promise<{ fs: PowerLossFs; backup: Buffer }> {
  const fs = new PowerLossFs();
  fs.makeDurableDir(ROOT);
  const { journal: here } = await createVault(HERE, OLD, options(fs));
  await here.saveEntry(entryInput({ text: 'Old, compacted into the snapshot.' }));
  await here.compact();
  await here.saveEntry(entryInput({ text: 'Old, still in the log.' }));
  await here.close({ compact: false });
  const { journal: there } = await createVault(`${ROOT}/elsewhere`, NEW, options(fs));
  await there.saveEntry(entryInput({ text: 'From the backup.' }));
  const backup = await there.backupFile();
  await there.close();
  return { fs, backup };
}

const OLD_TEXTS = ['Old, compacted into the snapshot.', 'Old, still in the log.'];
const NEW_TEXTS = ['From the backup.'];

describe('restoring a backup file over a journal, interrupted at every step', () => {
  it('always leaves the old journal or the restored one, and a retry loses nothing', async () => {
    const { fs, backup } = await setUp();
    const moments: PowerLossFs[] = [];
    const recording = fs.withOptions({ beforeOperation: (disk) => moments.push(disk.capture()) });
    await restoreBackupFile(HERE, backup, NEW, { ...options(recording), replace: true });
    moments.push(recording.capture());
    expect(moments.length).toBeGreaterThan(20);

    const outcomes: CrashOutcome[] = [
      { dirs: 'all', data: 'keep' }, // kill -9: whatever was written stays
      { dirs: 'none', data: 'lose' }, // power cut: only what was synced
    ];
    let sawOld = 0;
    let sawNew = 0;
    const seen = new Set<string>();
    for (const [index, moment] of moments.entries()) {
      for (const outcome of outcomes) {
        const disk = moment.afterCrash(outcome);
        const state = createHash('sha256');
        for (const [path, bytes] of [...disk.snapshotFiles(ROOT)].sort(([a], [b]) =>
          a < b ? -1 : 1,
        )) {
          state.update(path).update(bytes);
        }
        const key = `${outcome.dirs}:${state.digest('hex')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const where = `crash before operation ${index} (${outcome.dirs}/${outcome.data})`;
        const found = await opens(disk, HERE).catch((error: unknown) => {
          throw new Error(`${where}: ${String(error)}`);
        });
        expect(found.texts, where).toEqual(found.with === OLD ? OLD_TEXTS : NEW_TEXTS);
        if (found.with === OLD) sawOld += 1;
        else sawNew += 1;
        if (outcome.dirs !== 'all') continue;
        // The retry without --force is refused and changes nothing.
        await expect(
          restoreBackupFile(HERE, backup, NEW, options(disk)),
          where,
        ).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
        expect(await opens(disk, HERE), where).toEqual(found);
      }
    }
    expect(sawOld).toBeGreaterThan(0);
    expect(sawNew).toBeGreaterThan(0);

    // A retry with --force after a crash half-way: the restored journal, and the old one kept.
    const halfway = moments[Math.floor(moments.length / 2)]!.afterCrash(outcomes[0]!);
    await restoreBackupFile(HERE, backup, NEW, { ...options(halfway), replace: true });
    expect(await opens(halfway, HERE)).toEqual({ with: NEW, texts: NEW_TEXTS });
    const kept = (await halfway.readdir(`${HERE}/${BACKUP_DIR}`)).filter((n) =>
      n.startsWith('replaced-journal-'),
    );
    expect(kept.length).toBeGreaterThan(0);
    const whole = [];
    for (const name of kept) {
      whole.push(await opens(halfway, `${HERE}/${BACKUP_DIR}/${name}`).catch(() => null));
    }
    expect(whole).toContainEqual({ with: OLD, texts: OLD_TEXTS });
  }, 300_000);
});
