import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryInput } from '../testing/entry-input';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault, recoverVault, unlockVault } from './lifecycle';
import { BACKUP_DIR, HEADER_FILE, KEY_COPY_FILE } from './storage';

let dir: string;
let cleanup: () => Promise<void>;
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

/** Every file of the vault folder and its bytes. */
async function files(): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const item of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (item.isFile()) {
      const path = join(item.parentPath, item.name);
      out.set(path.slice(dir.length + 1), await readFile(path));
    }
  }
  return out;
}

describe('changing the passphrase', () => {
  it('rewrites only the key file (and its copy); the old passphrase then fails', async () => {
    const { journal } = await createVault(dir, 'old passphrase', options);
    const saved = await journal.saveEntry(entryInput({ text: 'Before the change.' }));
    await journal.compact();
    await journal.saveEntry(entryInput({ text: 'A save still in the log.' }));
    const before = await files();
    await journal.changePassphrase('new passphrase');
    const after = await files();

    const changed = [...after.keys()].filter((name) => !before.get(name)?.equals(after.get(name)!));
    expect(changed.sort()).toEqual([join(BACKUP_DIR, KEY_COPY_FILE), HEADER_FILE].sort());
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    await journal.close();

    await expect(unlockVault(dir, 'old passphrase', options)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const { journal: again } = await unlockVault(dir, 'new passphrase', options);
    expect((await again.getEntry(saved.id)).text).toBe('Before the change.');
    expect(await again.listEntries()).toHaveLength(2);
    await again.close();
  });
});

describe('the recovery key', () => {
  it('opens the journal and sets a new passphrase; the old one stops working', async () => {
    const { journal, recoveryKey } = await createVault(dir, 'forgotten', {
      ...options,
      withRecoveryKey: true,
    });
    expect(recoveryKey).not.toBeNull();
    const saved = await journal.saveEntry(entryInput({ text: 'Worth keeping.' }));
    await journal.close();
    for (const bytes of (await files()).values()) {
      expect(bytes.includes(recoveryKey!)).toBe(false);
      expect(bytes.includes(recoveryKey!.replace(/-/g, ''))).toBe(false);
    }

    // Typed the way a person might: lower case, spaces instead of dashes.
    const typed = recoveryKey!.toLowerCase().replace(/-/g, ' ');
    const { journal: recovered } = await recoverVault(dir, typed, 'remembered now', options);
    expect((await recovered.getEntry(saved.id)).text).toBe('Worth keeping.');
    await recovered.close();

    await expect(unlockVault(dir, 'forgotten', options)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const { journal: unlocked } = await unlockVault(dir, 'remembered now', options);
    await unlocked.close();
    // The recovery key keeps working after it was used.
    const { journal: twice } = await recoverVault(dir, recoveryKey!, 'and again', options);
    await twice.close();
  });

  it('refuses a wrong key, a mistyped key, and a journal made without one', async () => {
    const { journal, recoveryKey } = await createVault(dir, 'pass', {
      ...options,
      withRecoveryKey: true,
    });
    await journal.close();
    const made = await createVault(join(dir, 'other'), 'pass', {
      ...options,
      withRecoveryKey: true,
    });
    // Closed at once: a journal left open keeps its log's file handle until garbage collection.
    await made.journal.close();
    const other = made.recoveryKey!;
    await expect(recoverVault(dir, other, 'next', options)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      message: 'That recovery key does not open this journal.',
    });
    const typo = recoveryKey!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(recoverVault(dir, typo, 'next', options)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      message: expect.stringContaining('not a valid recovery key') as unknown as string,
    });
    const plain = join(dir, 'plain');
    await (await createVault(plain, 'pass', options)).journal.close();
    await expect(recoverVault(plain, recoveryKey!, 'next', options)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      message: 'This journal was created without a recovery key.',
    });
    // Nothing was changed: the passphrase still opens it.
    await (await unlockVault(dir, 'pass', options)).journal.close();
  });
});
