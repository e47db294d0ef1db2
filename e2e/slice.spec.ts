import { expect, test } from './fixtures';
import { folderBytes } from './support/vault-bytes';

const PASSPHRASE = 'maple harbor quietly sings';

test('create, write, autosave, lock, refuse a wrong passphrase, unlock, and the entry is there', async ({
  app,
  page,
  vaultDir,
}) => {
  const canary = 'periwinkle-canary-4471';
  await app.createJournal(PASSPHRASE);

  await app.newEntry();
  await app.title.fill('The talk about Sunday');
  await app.write(`I told Sam I needed the morning to myself. ${canary}`);
  await app.expectSaved();
  await expect(app.timelineItem(/The talk about Sunday/)).toBeVisible();

  await app.lock();
  await expect(page.getByText(canary)).toHaveCount(0);

  await app.unlock('not the passphrase');
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this journal.');
  await app.expectLocked();

  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await app.timelineItem(/The talk about Sunday/).click();
  await expect(app.editor).toContainText(canary);
  await expect(app.title).toHaveValue('The talk about Sunday');

  const bytes = await folderBytes(vaultDir);
  expect(bytes.length).toBeGreaterThan(0);
  for (const secret of [canary, 'The talk about Sunday', PASSPHRASE]) {
    expect(bytes.includes(Buffer.from(secret)), `"${secret}" is in the vault folder`).toBe(false);
  }
});

test('the recovery key is shown once, in groups, after creating the journal', async ({ app }) => {
  const key = await app.createJournal(PASSPHRASE, { recoveryKey: true });
  expect(key).toMatch(/^([0-9A-Z]{5}-){10}[0-9A-Z]{4}$/);
});

test('typing is saved before the journal locks, even mid-debounce', async ({ app, page }) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.write('Saved before the lock, not after.');
  // Lock straight away, without waiting for the autosave pause.
  await page.keyboard.press('Control+L');
  await app.expectLocked();
  await app.unlock(PASSPHRASE);
  await app.timelineItem(/Saved before the lock/).click();
  await expect(app.editor).toContainText('Saved before the lock, not after.');
});
