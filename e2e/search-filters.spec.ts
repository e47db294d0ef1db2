import { expect, test } from './fixtures';
import { seededVault } from './support/seed';
import { trendVault } from './support/trend-seed';
import { WritingSteps } from './support/writing';

const PASSPHRASE = 'lantern meadow copper violin';

test.describe('filters that are on', () => {
  test.use({ vaultSetup: async ({}, use) => use(trendVault(PASSPHRASE)) });

  test('stay in sight with the panel closed, and come off one by one or all at once', async ({
    app,
    page,
  }) => {
    const steps = new WritingSteps(page);
    await app.unlock(PASSPHRASE);
    await app.expectJournalOpen();
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveAccessibleName('Filters');
    await toggle.click();
    const panel = page.getByRole('group', { name: 'Search filters' });
    await panel.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Mum' });
    await panel
      .getByRole('combobox', { name: 'Sign' })
      .selectOption({ label: 'Said yes when I meant no' });
    await expect(steps.results.getByRole('status')).toHaveText('2 entries');
    await toggle.click();
    await expect(panel).toBeHidden();

    // Closed, the panel still says what narrows the list.
    await expect(toggle).toHaveAccessibleName('Filters 2 on');
    await expect(toggle).toContainText('2');
    const on = page.getByRole('group', { name: 'Filters on' });
    await expect(on.getByRole('button', { name: /^Remove filter/ })).toHaveText([
      /About Mum/,
      /Sign: Said yes when I meant no/,
    ]);

    // By keyboard: the first chip, Enter, and that filter is off.
    await on.getByRole('button', { name: 'Remove filter: About Mum' }).focus();
    await page.keyboard.press('Enter');
    await expect(on.getByRole('button', { name: /^Remove filter/ })).toHaveText([
      /Sign: Said yes when I meant no/,
    ]);
    await expect(toggle).toHaveAccessibleName('Filters 1 on');
    await expect(steps.results.getByRole('status')).toHaveText('2 entries');

    await on.getByRole('button', { name: 'Remove filter: Sign: Said yes when I meant no' }).click();
    await expect(on).toBeHidden();
    await expect(toggle).toHaveAccessibleName('Filters');
    await expect(steps.results).toBeHidden();
    await expect(app.timelineItem(/Asked for a quiet evening/)).toBeVisible();
  });
});

test.describe('many results', () => {
  test.use({ vaultSetup: async ({}, use) => use(seededVault(PASSPHRASE, 250)) });

  test('come a hundred at a time, with the total, until every one is shown', async ({
    app,
    page,
  }) => {
    const steps = new WritingSteps(page);
    await app.unlock(PASSPHRASE);
    await app.expectJournalOpen();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page
      .getByRole('group', { name: 'Search filters' })
      .getByLabel('From', { exact: true })
      .fill('2000-01-01');
    const status = steps.results.getByRole('status');
    const hits = steps.results.getByRole('listitem');
    await expect(status).toHaveText('250 entries, newest 100 shown');
    await expect(hits).toHaveCount(100);
    await expect(steps.results).toContainText('150 not shown yet');

    await steps.results.getByRole('button', { name: 'Show the next 100 entries' }).click();
    await expect(hits).toHaveCount(200);
    await expect(status).toHaveText('250 entries, newest 200 shown');

    // The rest by keyboard.
    const last = steps.results.getByRole('button', { name: 'Show the last 50 entries' });
    await last.focus();
    await page.keyboard.press('Enter');
    await expect(hits).toHaveCount(250);
    await expect(status).toHaveText('250 entries');
    await expect(steps.results.getByRole('button', { name: /^Show the/ })).toHaveCount(0);
    // Each entry once: the oldest (the last of the 250 generated days) closes the list.
    const dates = await steps.results
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(new Set(dates).size).toBe(250);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
