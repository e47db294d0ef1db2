import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import { expect, test } from './fixtures';
import { seededVault } from './support/seed';

// What a view was showing survives a visit to another view, for as long as the journal stays
// unlocked, and is gone after a lock.

const PASSPHRASE = 'lantern meadow copper violin';

test.use({
  vaultSetup: async ({}, use) =>
    use(seededVault(PASSPHRASE, 300, format(new Date(), 'yyyy-MM-dd'))),
  contextOptions: { reducedMotion: 'reduce' },
});

const rail = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const notes = (page: Page) => page.getByRole('textbox', { name: 'What I’d like to talk about' });
const picker = (page: Page) => page.getByRole('list', { name: 'Entries to share' });

async function openSummary(page: Page): Promise<void> {
  await rail(page, 'Summary').click();
  await expect(page.getByRole('heading', { name: 'Summary for your therapist' })).toBeVisible();
  await expect(picker(page)).toBeVisible();
}

async function openTrends(page: Page): Promise<void> {
  await rail(page, 'Trends').click();
  await expect(page.getByRole('heading', { name: 'Trends', level: 1 })).toBeVisible();
}

test('the summary keeps its ticks and notes through a visit to Trends, and forgets them on lock', async ({
  app,
  page,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openSummary(page);

  const boxes = picker(page).getByRole('checkbox', { name: /^Share the entry/ });
  await boxes.nth(1).check();
  await boxes.nth(3).check();
  await notes(page).click();
  await page.keyboard.type('Three things:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('saying no at work');
  await page.keyboard.press('Enter');
  await page.keyboard.type('the holidays');
  await page.getByRole('radio', { name: /Markdown/ }).check();

  // The preview keeps the lines as typed.
  const preview = page.getByLabel('Preview of the summary');
  await expect
    .poll(() => preview.innerText())
    .toMatch(/Three things:\nsaying no at work\nthe holidays/);

  await openTrends(page);
  await openSummary(page);
  await expect(notes(page)).toHaveValue('Three things:\nsaying no at work\nthe holidays');
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(3)).toBeChecked();
  await expect(picker(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(page.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await expect(preview).toContainText('saying no at work');

  await app.lock();
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openSummary(page);
  await expect(notes(page)).toHaveValue('');
  await expect(picker(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('trends keeps its range and filters, and a chart point opens its entry where it is in the timeline', async ({
  app,
  page,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openTrends(page);
  await page.getByRole('radio', { name: 'A year' }).click();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('month');
  await page.getByRole('radio', { name: 'Together' }).click();
  await expect(page.getByText(/· months ·/)).toBeVisible();

  await rail(page, 'Journal').click();
  await app.expectJournalOpen();
  await openTrends(page);
  await expect(page.getByRole('radio', { name: 'A year' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('month');
  await expect(page.getByRole('radio', { name: 'Together' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByText(/· months ·/)).toBeVisible();

  // Back to one chart each, three months by week, and into the oldest point: months ago.
  await page.getByRole('radio', { name: '3 months' }).click();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('week');
  await page.getByRole('radio', { name: 'One chart each' }).click();
  const chart = page.getByRole('article', { name: 'Boundaries' });
  // As a person does: rest the pointer on the point (it grows), then click it.
  await chart.locator('.recharts-line-dots circle').first().hover();
  await chart.locator('.trend-point--active').click();
  const behind = page.getByRole('complementary', { name: 'Entries behind this point' });
  const first = behind.getByRole('list').getByRole('button').first();
  await expect(first).toBeVisible();
  const title = (await first.locator('.trend-entry__title').innerText()).trim();
  await first.click();

  await app.expectJournalOpen();
  const selected = page
    .getByRole('navigation', { name: 'Entries' })
    .locator('.timeline__item[aria-current="true"]');
  await expect(selected).toBeInViewport();
  await expect(selected.locator('.timeline__title')).toHaveText(title);
});
