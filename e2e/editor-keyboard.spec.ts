import { expect, test } from './fixtures';
import { WritingSteps } from './support/writing';

const PASSPHRASE = 'harbor lantern orchard quietly';

test('focus mode shows the page, full width and still writing, until Esc', async ({
  app,
  page,
}) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill('Focus');
  await app.write('Only the page and me.');
  await page.getByRole('button', { name: 'Focus', exact: true }).click();

  await expect(app.editor).toBeVisible();
  await expect(app.editor).toContainText('Only the page and me.');
  const page1 = await app.editor.boundingBox();
  expect(page1?.width ?? 0).toBeGreaterThan(500);
  await expect(page.getByRole('complementary', { name: 'About this entry' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'New entry', exact: true })).toBeHidden();
  // The caret is back in the page, so writing simply goes on.
  await expect(app.editor).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Still here.');
  await expect(app.editor).toContainText('Only the page and me. Still here.');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'About this entry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New entry', exact: true })).toBeVisible();
  await expect(app.editor).toBeFocused();

  // The same by keyboard alone.
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('complementary', { name: 'About this entry' })).toBeHidden();
  expect((await app.editor.boundingBox())?.width ?? 0).toBeGreaterThan(500);
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('complementary', { name: 'About this entry' })).toBeVisible();
});

test('a new entry, however it is started, has the cursor in its title', async ({ app, page }) => {
  await app.createJournal(PASSPHRASE);
  await page.getByRole('button', { name: 'Write your first entry' }).click();
  await expect(app.title).toBeFocused();
  await page.keyboard.type('First words');
  await expect(app.title).toHaveValue('First words');
  await app.expectSaved();

  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await expect(app.title).toHaveValue('');
  await expect(app.title).toBeFocused();
  await page.keyboard.type('From the button');
  await expect(app.title).toHaveValue('From the button');
  await app.expectSaved();

  await app.editor.click();
  await page.keyboard.press('Control+N');
  await expect(app.title).toHaveValue('');
  await expect(app.title).toBeFocused();
  await page.keyboard.type('From the shortcut');
  await expect(app.title).toHaveValue('From the shortcut');
  await app.expectSaved();
  await expect(app.timelineItem(/From the button/)).toBeVisible();
  await expect(app.timelineItem(/First words/)).toBeVisible();

  // From another view, the shortcut opens the journal on a new entry.
  await page.getByRole('button', { name: 'Trends', exact: true }).click();
  await page.keyboard.press('Control+N');
  await expect(app.title).toBeFocused();
  await expect(app.title).toHaveValue('');
  await page.keyboard.type('From Trends');
  await app.expectSaved();
  await expect(app.timelineItem(/From Trends/)).toBeVisible();
});

test('Enter or Tab in the title goes straight to the page; Shift+Tab comes back', async ({
  app,
  page,
}) => {
  await app.createJournal(PASSPHRASE);
  await page.keyboard.press('Control+N');
  await page.keyboard.type('A walk');
  await page.keyboard.press('Enter');
  await expect(app.editor).toBeFocused();
  await page.keyboard.type('We walked by the river.');
  await expect(app.editor).toHaveText('We walked by the river.');
  await expect(app.title).toHaveValue('A walk');

  await app.title.focus();
  await page.keyboard.press('Tab');
  await expect(app.editor).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(app.title).toBeFocused();

  // The formatting toolbar is one stop (arrow keys move inside it), after the page.
  await app.editor.focus();
  await page.keyboard.press('Tab');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await expect(toolbar.getByRole('combobox', { name: 'Paragraph style' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('The day it was about')).toBeFocused();
  const steps = new WritingSteps(page);
  await expect(steps.dimension('Self-worth')).toBeVisible();
});
