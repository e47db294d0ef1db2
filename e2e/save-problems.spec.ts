import { FaultyFs } from '../main/core/testing/faulty-fs';
import { expect, test } from './fixtures';

// When a save cannot happen: the person is told why at once, at the place it went wrong, and
// the message goes away as soon as the problem does.

const PASSPHRASE = 'harbor lantern orchard quietly';

/** The vault's disk, with a fault each test can switch on and off (a full disk). */
const disk = new FaultyFs();
test.use({ sessionOptions: async ({}, use) => use({ fs: disk }) });
test.beforeEach(() => {
  disk.failWrites = null;
});

test('a mistyped year is refused at the date field, and the entry keeps saving', async ({
  app,
  page,
}) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.write('The day I kept my Saturday.');
  await app.expectSaved();
  const dateField = page.getByLabel('The day it was about');

  // 12/12/0026: a slip of the finger in the year, typed into the date field.
  await dateField.focus();
  await page.keyboard.type('12120026');
  await page.keyboard.press('Enter');
  await expect(dateField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The year 0026 looks mistyped', { exact: false })).toBeVisible();
  await expect(dateField).toHaveAccessibleDescription(/year 0026 looks mistyped/);
  // The year was refused (the entry keeps the last real day the field showed), and the entry
  // goes on saving what is typed.
  await expect(page.locator('.page__date')).toHaveText(/ 2026$/);
  await app.editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' And the Sunday.');
  await app.expectSaved();
  await expect(page.getByText(/retrying/)).toHaveCount(0);

  // Fixed: the message goes, and the new day is the entry's.
  await dateField.focus();
  await page.keyboard.type('11302026');
  await page.keyboard.press('Enter');
  await expect(page.getByText('looks mistyped', { exact: false })).toHaveCount(0);
  await expect(dateField).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.page__date')).toHaveText('Monday, 30 November 2026');
  await app.expectSaved();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failed save says why at once, and every warning clears once it saves', async ({
  app,
  page,
}) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill('Before the disk filled');
  await app.write('Saved.');
  await app.expectSaved();

  disk.failWrites = { name: /journal\.log/, code: 'ENOSPC' };
  await page.keyboard.type(' Typed on a full disk.');
  // The reason, straight away, where the person is writing.
  const problem = page.getByRole('alert').filter({ hasText: 'The disk is full' });
  await expect(problem).toBeVisible();
  await expect(app.saveStatus).toHaveText(/Not saved/);

  // Switching away is refused, and the entry stays open with its words.
  await page.keyboard.press('Control+N');
  await expect(page.getByRole('alert').filter({ hasText: 'stays open' })).toBeVisible();
  await expect(app.editor).toContainText('Typed on a full disk.');

  // Space again: "Try again now" saves it (as the next retry would), and no red is left.
  disk.failWrites = null;
  await problem.getByRole('button', { name: 'Try again now' }).click();
  await app.expectSaved();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Control+N');
  await expect(app.title).toHaveValue('');
  await app.timelineItem(/Before the disk filled/).click();
  await expect(app.editor).toContainText('Saved. Typed on a full disk.');
});
