import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './support/axe';
import { WritingSteps } from './support/writing';

const PASSPHRASE = 'harbor lantern orchard quietly';

test('formatting and markdown shortcuts survive autosave, switching away and a lock', async ({
  app,
  page,
}) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill('Formatting');
  await app.write('# The walk home');
  await page.keyboard.press('Enter');
  await page.keyboard.type('I said it ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('plainly');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' and **kindly** this time.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Nothing fell apart.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- slept well');
  await page.keyboard.press('Enter');
  await page.keyboard.type('called my brother');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Checklist' }).click();
  await page.keyboard.type('book the dentist');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Underline' }).click();
  await page.keyboard.type('underlined');
  await app.expectSaved();

  await app.newEntry();
  await app.timelineItem(/Formatting/).click();
  const check = async () => {
    await expect(app.editor.locator('h1')).toHaveText('The walk home');
    await expect(app.editor.locator('strong', { hasText: 'plainly' })).toBeVisible();
    await expect(app.editor.locator('strong', { hasText: 'kindly' })).toBeVisible();
    await expect(app.editor.locator('blockquote')).toHaveText('Nothing fell apart.');
    await expect(app.editor.locator('ul li')).toHaveText([
      'slept well',
      'called my brother',
      'book the dentist',
    ]);
    await expect(app.editor.locator('li[role="checkbox"]')).toHaveText('book the dentist');
    await expect(app.editor.locator('.ed-underline')).toHaveText('underlined');
  };
  await check();

  await app.lock();
  await app.unlock(PASSPHRASE);
  await app.timelineItem(/Formatting/).click();
  await check();
});

test('rate dimensions leaving one unrated, attach people and signs, and filter by person', async ({
  app,
  page,
}) => {
  const steps = new WritingSteps(page);
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill('Saturday plans');
  await app.write('We planned the weekend together and I kept my Sunday morning.');
  await steps.rate('Self-worth', 6);
  await steps.rate('Boundaries', 2);
  await steps.rate('Conflict', 5);
  await steps
    .dimension('Conflict')
    .getByRole('button', { name: 'Clear the Conflict rating' })
    .click();
  await steps.expectNotRated('Conflict');
  await steps.addPerson('Sam', 'partner');
  await page.getByRole('checkbox', { name: 'Said yes when I meant no' }).check();
  await page.getByRole('checkbox', { name: 'Spent time on something of my own' }).check();
  await app.expectSaved();
  await expect(app.timelineItem(/Saturday plans/)).toContainText('Sam');

  await app.newEntry();
  await app.write('A quiet day, nobody in particular.');
  await app.expectSaved();

  await app.lock();
  await app.unlock(PASSPHRASE);
  await app.timelineItem(/Saturday plans/).click();
  await expect(page.getByRole('radio', { name: /^Self-worth: 6/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Boundaries: 2/ })).toBeChecked();
  await steps.expectNotRated('Conflict');
  await steps.expectNotRated('Communication');
  await expect(page.getByRole('checkbox', { name: 'Sam' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Said yes when I meant no' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Spent time on something of my own' }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Asked for help and got it' })).not.toBeChecked();

  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Sam' });
  await expect(app.timelineItem(/Saturday plans/)).toBeVisible();
  await expect(app.timelineItem(/A quiet day/)).toHaveCount(0);
});

test('add a custom dimension, rename it, and rate an entry on it', async ({ app, page }) => {
  const steps = new WritingSteps(page);
  await app.createJournal(PASSPHRASE);
  await steps.openSettings();
  const add = page.getByRole('form', { name: 'Add a dimension' });
  await add.getByRole('textbox', { name: 'Name' }).fill('Sleep');
  await add.getByRole('textbox', { name: 'What 1 means' }).fill('Barely slept');
  await add.getByRole('textbox', { name: 'What 7 means' }).fill('Woke up rested');
  await add.getByRole('button', { name: 'Add dimension' }).click();
  const section = page.getByRole('region', { name: 'Dimensions' });
  await expect(section.getByRole('status')).toHaveText('Saved');
  const name = section.getByRole('list').getByRole('textbox', { name: 'Name' }).last();
  await expect(name).toHaveValue('Sleep');
  await name.fill('Rest');
  await section.getByRole('button', { name: 'Save dimensions' }).click();
  await expect(section.getByRole('button', { name: 'Save dimensions' })).toBeDisabled();

  await steps.openJournal();
  await app.newEntry();
  await app.write('Early night.');
  const rest = steps.dimension('Rest');
  await expect(rest).toContainText('Barely slept');
  await expect(rest).toContainText('Woke up rested');
  await steps.rate('Rest', 7);
  await app.expectSaved();
  await steps.openSettings();
  await steps.openJournal();
  await app.timelineItem(/Early night/).click();
  await expect(page.getByRole('radio', { name: /^Rest: 7/ })).toBeChecked();
});

test('search finds an entry by a word in its body and highlights it; filters narrow it', async ({
  app,
  page,
}) => {
  const steps = new WritingSteps(page);
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.write('We walked out to the lighthouse and talked about money.');
  await app.expectSaved();
  await app.newEntry();
  await app.write('Work was loud; I kept my evening.');
  await app.expectSaved();

  await page.keyboard.press('Control+F');
  await expect(page.getByRole('searchbox', { name: 'Search entries' })).toBeFocused();
  await page.keyboard.type('lightho');
  await expect(steps.results.getByRole('button')).toHaveCount(1);
  await expect(steps.results.locator('mark')).toHaveText('lighthouse');
  await steps.results.getByRole('button').click();
  await expect(app.editor).toContainText('walked out to the lighthouse');

  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page
    .getByRole('group', { name: 'Search filters' })
    .getByLabel('To', { exact: true })
    .fill('2000-01-01');
  await expect(steps.results.getByRole('button')).toHaveCount(0);
  await expect(steps.results).toContainText('Nothing matches yet');
});

test('delete moves an entry to the trash, and undo brings it back', async ({ app, page }) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill('Keep this one');
  await app.write('It matters more than I thought.');
  await app.expectSaved();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(app.timelineItem(/Keep this one/)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'in the trash' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.timelineItem(/Keep this one/)).toBeVisible();
  await expect(app.editor).toContainText('It matters more than I thought.');
});

test('nothing typed is lost when switching entries or quitting mid-debounce', async ({
  app,
  page,
  preview,
}) => {
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill('First');
  await app.write('the first entry');
  await app.expectSaved();
  await app.newEntry();
  await app.write('typed just before switching');
  // Straight to another entry, inside the autosave pause.
  await app.timelineItem(/First/).click();
  await expect(app.editor).toContainText('the first entry');
  await app.timelineItem(/typed just before switching/).click();
  await expect(app.editor).toContainText('typed just before switching');

  await app.editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' and just before quitting');
  // What main sends when the app is quitting: the page saves, then the journal locks.
  preview.broadcast({ type: 'flush' });
  await app.expectLocked();
  await app.unlock(PASSPHRASE);
  await app.timelineItem(/typed just before switching/).click();
  await expect(app.editor).toContainText('typed just before switching and just before quitting');
});

test('every screen passes axe, in light and dark', async ({ app, page }) => {
  const steps = new WritingSteps(page);
  await expectNoSeriousA11yIssues(page, 'create');
  await app.createJournal(PASSPHRASE);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await steps.openJournal();
    await expectNoSeriousA11yIssues(page, `welcome (${scheme})`);
    await app.newEntry();
    await app.title.fill(`An entry in ${scheme}`);
    await app.write('Writing about the lighthouse.');
    await steps.rate('Self-worth', 4);
    await page.getByRole('button', { name: 'Prompts for Boundaries' }).click();
    await app.expectSaved();
    await expectNoSeriousA11yIssues(page, `entry (${scheme})`);
    await steps.search('lighthouse');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(steps.results.locator('mark').first()).toBeVisible();
    await expectNoSeriousA11yIssues(page, `search (${scheme})`);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await steps.search('');
    await steps.openSettings();
    await expectNoSeriousA11yIssues(page, `settings (${scheme})`);
    await page.keyboard.press('Control+/');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousA11yIssues(page, `shortcuts (${scheme})`);
    await page.getByRole('button', { name: 'Close' }).click();
  }
  await app.lock();
  await expectNoSeriousA11yIssues(page, 'unlock');
});
