import { existsSync, readdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryInput } from '../testing/entry-input';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault, recoverVault, restoreVaultBackup, unlockVault } from './lifecycle';
import { LOG_FILE, SNAPSHOT_FILE } from './storage';

// A long-running app meets every failure many times: a wrong passphrase, a wrong recovery key,
// damage, a journal in use. None of them may leave a file open (Node would close it only at
// garbage collection, with a warning, and until then the descriptors pile up).

const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };
const openFiles = () => readdirSync('/proc/self/fd').length;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

describe.skipIf(!existsSync('/proc/self/fd'))('failures', () => {
  it('leave no file open, however often they happen', async () => {
    const vault = join(dir, 'vault');
    const { journal, recoveryKey } = await createVault(vault, 'right', {
      ...options,
      withRecoveryKey: true,
    });
    await journal.saveEntry(entryInput());
    await journal.close();
    const { journal: other, recoveryKey: otherKey } = await createVault(join(dir, 'o'), 'x', {
      ...options,
      withRecoveryKey: true,
    });
    await other.close();
    expect(recoveryKey).not.toBe(otherKey);

    const attempts = async () => {
      await expect(unlockVault(vault, 'wrong', options)).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
      await expect(recoverVault(vault, otherKey!, 'next', options)).rejects.toMatchObject({
        code: 'WRONG_RECOVERY_KEY',
      });
      const { journal: held } = await unlockVault(vault, 'right', options);
      await expect(unlockVault(vault, 'right', options)).rejects.toMatchObject({
        code: 'VAULT_IN_USE',
      });
      await held.close();
      await expect(
        restoreVaultBackup(vault, 'right', 'snapshot-nosuch', options),
      ).rejects.toMatchObject({
        code: 'DAMAGED',
      });
    };
    await attempts();
    const before = openFiles();
    for (let i = 0; i < 5; i += 1) await attempts();
    // Damage found while unlocking, with the log open for reading.
    await writeFile(join(vault, LOG_FILE), Buffer.alloc(64, 1));
    for (let i = 0; i < 5; i += 1) {
      await expect(unlockVault(vault, 'right', options)).rejects.toMatchObject({ code: 'DAMAGED' });
    }
    await rm(join(vault, SNAPSHOT_FILE));
    await expect(unlockVault(vault, 'right', options)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(openFiles()).toBe(before);
  });
});
