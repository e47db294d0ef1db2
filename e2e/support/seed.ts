import { generateEntries, seedJournal } from '../../main/core/testing/generate';
import { FLOOR_KDF, createVault } from '../../main/core/vault/lifecycle';
import type { VaultSetup } from '../fixtures';

/** A vault with `count` generated entries, locked, ready for the app to open. */
export function seededVault(passphrase: string, count: number, endDate?: string): VaultSetup {
  return async (dir) => {
    const { journal } = await createVault(dir, passphrase, { kdf: FLOOR_KDF });
    await seedJournal(
      journal,
      generateEntries({ entries: count, ...(endDate ? { endDate } : {}) }),
    );
    await journal.close();
  };
}
