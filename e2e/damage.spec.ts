import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { entryInput } from '../main/core/testing/entry-input';
import { FLOOR_KDF, createVault } from '../main/core/vault/lifecycle';
import { expect, test } from './fixtures';

// A damaged journal: the app explains what happened, changes nothing, and offers the newest
// backup that is intact, restored with the passphrase.

const PASSPHRASE = 'harbour lights in the rain';

/** Two compactions (two backups), one more save, then a bad sector in the snapshot. */
async function damagedVault(dir: string): Promise<void> {
  const { journal } = await createVault(dir, PASSPHRASE, { kdf: FLOOR_KDF });
  await journal.saveEntry(entryInput({ title: 'Written before the backup', date: '2026-03-01' }));
  await journal.compact(); // the backup made now will hold only the empty journal
  await journal.saveEntry(entryInput({ title: 'Kept by the newest backup', date: '2026-03-02' }));
  await journal.compact(); // this one holds both entries above
  await journal.saveEntry(entryInput({ title: 'Lost with the damage', date: '2026-03-03' }));
  await journal.close();
  // A bad sector in the middle of the journal's snapshot.
  const path = join(dir, 'journal.snapshot');
  const bytes = await readFile(path);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x20;
  await writeFile(path, bytes);
}

// A function-valued option has to be handed over by a fixture function.
test.use({ vaultSetup: async ({}, use) => use(damagedVault) });

test('offers the newest good backup after damage, and restores it with the passphrase', async ({
  app,
  page,
  vaultDir,
}) => {
  await app.unlock(PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Your journal needs repair' })).toBeVisible();
  await expect(
    page.getByText('Nothing has been changed or deleted.', { exact: false }),
  ).toBeVisible();
  const restore = page.getByRole('button', { name: /^Restore the backup from / });
  await expect(restore).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Restore from' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screens/damaged-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await restore.click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this journal.');

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await restore.click();
  await app.expectJournalOpen();
  await expect(app.timelineItem(/Kept by the newest backup/)).toBeVisible();
  await expect(app.timelineItem(/Written before the backup/)).toBeVisible();
  await expect(app.timelineItem(/Lost with the damage/)).toHaveCount(0);
  // The damaged files were kept aside, not deleted.
  const kept = (await readdir(join(vaultDir, 'backups'))).filter((n) => n.startsWith('replaced-'));
  expect(kept).toHaveLength(2);
});
