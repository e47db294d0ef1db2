import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { trendVault } from './support/trend-seed';

const PASSPHRASE = 'lantern meadow copper violin';

test.use({
  vaultSetup: async ({}, use) => use(trendVault(PASSPHRASE)),
  // The small charts animate otherwise; screenshots should show the finished lines.
  contextOptions: { reducedMotion: 'reduce' },
});

/** Light and dark, tall enough to hold the whole screen (the view scrolls inside the window). */
async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 1900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screens/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}

async function openTrends(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Trends/ }).click();
  await expect(page.getByRole('heading', { name: 'Trends', level: 1 })).toBeVisible();
}

const boundaries = (page: Page) => page.getByRole('article', { name: 'Boundaries' });
const card = (page: Page, name: RegExp) =>
  page.getByRole('list', { name: 'Summary' }).getByRole('listitem', { name });

test('the last 30 days: points, the change since last month, a relationship, the entries behind a point', async ({
  app,
  page,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openTrends(page);
  await page.getByRole('radio', { name: '30 days' }).click();
  await expect(page.getByText(/· days ·/)).toBeVisible();

  // Four days with Boundaries ratings in the range: four points, and a line through them.
  await expect(boundaries(page).locator('.recharts-line-dots circle')).toHaveCount(4);
  // 5.2 against 4.4 on five ratings each: the interval (−0.3 to +1.9) holds 0, so no claim.
  await expect(
    card(page, /^Boundaries: 5\.2 · 5 ratings\. No clear change since last month/),
  ).toBeVisible();
  await expect(card(page, /^Boundaries/)).toContainText('+0.8 (−0.3 to +1.9)');
  await expect(card(page, /^Boundaries/)).toContainText('5 ratings before');
  await expect(card(page, /^Boundaries/)).not.toContainText(/[▲▼]|Higher|Boundaries:/);
  await shoot(page, 'trends-30-days');

  await page
    .getByRole('combobox', { name: 'Relationship', exact: true })
    .selectOption({ label: 'Sam' });
  await expect(card(page, /^Boundaries/)).toContainText('5.7');
  await expect(card(page, /^Boundaries/)).toContainText(
    'Not enough ratings to compare with last month',
  );
  await expect(card(page, /^Boundaries/)).toContainText('3 now, 1 before');
  await expect(boundaries(page).locator('.recharts-line-dots circle')).toHaveCount(3);

  await page
    .getByRole('combobox', { name: 'Relationship', exact: true })
    .selectOption({ label: 'Everyone' });
  await expect(card(page, /^Boundaries/)).toContainText('5.2');
  // The second point is five days ago, when two entries were written.
  await boundaries(page).locator('.recharts-line-dots circle').nth(1).click();
  const behind = page.getByRole('complementary', { name: 'Entries behind this point' });
  await expect(behind.getByRole('list').getByRole('button')).toHaveText([
    /Sunday lunch ran long.*Boundaries 4/,
    /We split the chores.*Boundaries 6/,
  ]);
  await shoot(page, 'trends-entries-behind');
  await behind.getByRole('button', { name: /We split the chores/ }).click();
  await expect(app.title).toHaveValue('We split the chores');
});

test('together on one chart, all time by month, and an honest empty range', async ({
  app,
  page,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openTrends(page);
  await page.getByRole('radio', { name: 'All', exact: true }).click();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('month');
  await page.getByRole('radio', { name: 'Together' }).click();
  await expect(page.getByRole('article', { name: 'All dimensions' })).toBeVisible();
  await expect(card(page, /^Boundaries/)).toContainText('All time');
  await expect(card(page, /^Boundaries/)).toContainText('10 ratings');
  await shoot(page, 'trends-together');

  await page.getByRole('radio', { name: 'Custom' }).click();
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('2020-01-01');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('2020-02-01');
  await expect(
    page.getByRole('heading', { name: 'Nothing rated in this range yet' }),
  ).toBeVisible();
  await expect(page.getByText(/at least 3 different days/)).toBeVisible();
  await shoot(page, 'trends-empty');
});
