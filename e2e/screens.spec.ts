import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Screenshots of every screen in both themes, for people to look at (test-results/screens/).
// They are not compared pixel by pixel; each step asserts what a person would see.

const PASSPHRASE = 'lantern meadow copper violin';

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screens/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('every screen, light and dark', async ({ app, page }) => {
  await expect(page.getByRole('heading', { name: 'Start your private journal' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again', { exact: true }).fill(PASSPHRASE);
  await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute(
    'aria-valuetext',
    /strong/i,
  );
  await shoot(page, '01-create');

  await page.getByRole('button', { name: 'Create journal' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  await shoot(page, '02-recovery-key');
  await page.getByRole('checkbox', { name: /somewhere safe/ }).check();
  await page.getByRole('button', { name: 'Open my journal' }).click();

  await app.expectJournalOpen();
  await expect(
    page.getByRole('heading', { name: 'A quiet place to notice yourself' }),
  ).toBeVisible();
  await shoot(page, '03-welcome');

  await app.newEntry();
  await app.title.fill('Dinner with my sister');
  await app.write('She asked me to host again. ');
  await page.keyboard.type('This time I said I could do the dessert, not the whole evening.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> It felt awkward for a minute, and then it was fine.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ask for help with the dishes');
  await app.expectSaved();
  await shoot(page, '04-entry');

  await page.getByRole('radio', { name: /^Self-worth: 5/ }).check();
  await page.getByRole('radio', { name: /^Boundaries: 3/ }).check();
  await page.getByRole('button', { name: 'Prompts for Boundaries' }).click();
  await page.getByRole('checkbox', { name: 'Said yes when I meant no' }).check();
  await app.expectSaved();
  await shoot(page, '04b-entry-rated');

  await page.getByRole('searchbox', { name: 'Search entries' }).fill('dessert');
  await expect(page.locator('mark').first()).toHaveText('dessert');
  await shoot(page, '04c-search');
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('');

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dimensions' })).toBeVisible();
  await shoot(page, '04d-settings');
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shoot(page, '04e-shortcuts');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Journal', exact: true }).click();

  await app.lock();
  await shoot(page, '05-unlock');
  await app.unlock('wrong passphrase here');
  await expect(page.getByRole('alert')).toBeVisible();
  await shoot(page, '06-unlock-error');
});
