import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { signed } from '../main/contract/claims';
import { journalCli } from '../main/cli/testing';
import { expect, test } from './fixtures';
import { AUTONOMY, SESSIONS, numbersVault } from './support/numbers-seed';
import { daysAgo } from './support/trend-seed';

// Issue 14: every claim of change is the one comparison's, every mean carries its count, and
// the charts neither draw through empty weeks nor hide the year.

const PASSPHRASE = 'copper lantern honest numbers';

test.use({
  vaultSetup: async ({}, use) => use(numbersVault(PASSPHRASE)),
  contextOptions: { reducedMotion: 'reduce' },
});

async function openTrends(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Trends/ }).click();
  await expect(page.getByRole('heading', { name: 'Trends', level: 1 })).toBeVisible();
}

const cards = (page: Page) => page.getByRole('list', { name: 'Summary' }).getByRole('listitem');
const card = (page: Page, name: RegExp) => cards(page).filter({ has: page.getByText(name) });

/** The path of a panel's rolling-average line. */
const rollingPath = (panel: Locator) => panel.locator('.trend-line path.recharts-curve');

/** Light and dark screenshots at the given window size, of the whole screen. */
async function shoot(page: Page, name: string, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({
      path: `test-results/screens/${name}-${width}x${height}-${scheme}.png`,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a card resting on 3 ratings claims nothing; nine cards fill their rows', async ({
  app,
  page,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openTrends(page);
  await page.getByRole('radio', { name: '30 days' }).click();
  const autonomy = card(page, /^Autonomy & support$/);
  await expect(autonomy).toContainText('7.0 / 7 · 3 ratings');
  await expect(autonomy).toContainText('Not enough ratings to compare with last month');
  await expect(autonomy).toContainText('3 now, 3 before; 5 on each side are needed');
  await expect(autonomy).not.toContainText(/[▲▼]|Higher|Lower|\+6\.0/);
  // Every card says its mean with the ratings behind it, and none repeats its own name.
  await expect(cards(page)).toHaveCount(9);
  for (const item of await cards(page).all()) {
    const name = (await item.locator('.trend-card__name').innerText()).trim();
    await expect(item.locator('.trend-card__mean')).toContainText(/ · \d+ ratings?$/);
    await expect(item.locator('.trend-card__change')).not.toContainText(name);
  }
  await shoot(page, 'numbers-30-days', 1280, 800);
  await shoot(page, 'numbers-30-days', 1024, 700);

  // Nine cards at 1280 wide: three rows of three, no hole in the last row.
  await page.setViewportSize({ width: 1280, height: 800 });
  const tops = await cards(page).evaluateAll((items) =>
    items.map((i) => Math.round(i.getBoundingClientRect().top)),
  );
  const perRow = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
  expect(perRow).toEqual([3, 3, 3]);

  // "By relationship" uses the width of its section, not half of it.
  const section = page.getByRole('region', { name: 'By relationship' });
  const plot = page.getByRole('list', { name: /by relationship$/ });
  const [outer, inner] = [await section.boundingBox(), await plot.boundingBox()];
  expect(inner!.width).toBeGreaterThan(outer!.width * 0.9);
});

test('the Everyone view breaks its line at a week without entries', async ({ app, page }) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openTrends(page);
  await page.getByRole('radio', { name: '3 months' }).click();
  await expect(page.getByText(/· weeks ·/)).toBeVisible();
  const worth = page.getByRole('article', { name: 'Self-worth' });
  await worth.scrollIntoViewIfNeeded();
  // One line before the empty week and one after it: two pieces, not one drawn across.
  await expect(rollingPath(worth)).toHaveAttribute('d', /^M[^M]+M[^M]+$/);
  // The same with one person chosen, as before.
  await page.getByRole('combobox', { name: 'Relationship', exact: true }).selectOption({
    label: 'Sam',
  });
  await expect(rollingPath(worth)).toHaveAttribute('d', /^M[^M]+M[^M]+$/);
  await page.getByRole('combobox', { name: 'Relationship', exact: true }).selectOption({
    label: 'Everyone',
  });
  await shoot(page, 'numbers-3-months', 1280, 800);
  await shoot(page, 'numbers-3-months', 1024, 700);
});

test('two years: years on the time axis; together, one line highlighted at a time', async ({
  app,
  page,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await openTrends(page);
  await page.getByRole('radio', { name: 'All', exact: true }).click();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('week');
  const worth = page.getByRole('article', { name: 'Self-worth' });
  await worth.scrollIntoViewIfNeeded();
  // The time axis's labels (the value axis draws its own, without this class).
  const ticks = worth.locator('text.recharts-cartesian-axis-tick-value');
  await expect(ticks.first()).toBeVisible();
  for (const tick of await ticks.all()) await expect(tick).toHaveText(/\b20\d\d$/);
  // The value axis numbers the whole scale.
  await expect(worth.locator('.trend-axis__number')).toHaveText([
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
  ]);

  await page.getByRole('radio', { name: 'Together' }).click();
  const legend = page.getByRole('list', { name: 'Lines' });
  await legend.getByRole('button', { name: 'Boundaries' }).click();
  await expect(legend.getByRole('button', { name: 'Boundaries' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const together = page.getByRole('figure', { name: /Boundaries highlighted/ });
  await expect(together.locator('.trend-line--faded')).toHaveCount(8);
  await shoot(page, 'numbers-together', 1280, 800);
  await legend.getByRole('checkbox', { name: 'Show Conflict' }).uncheck();
  await expect(together.locator('.trend-line')).toHaveCount(8);
  await page.getByRole('button', { name: 'Show all alike' }).click();
  await expect(
    page.getByRole('figure', { name: 'All dimensions over time' }).locator('.trend-line--faded'),
  ).toHaveCount(0);
  await shoot(page, 'numbers-together-all', 1024, 700);
});

test('the summary claims nothing from 3 ratings, and its numbers are journal trends --compare', async ({
  app,
  page,
  vaultDir,
  workDir,
}) => {
  // The command line reads a copy: the app holds the vault itself once it is unlocked.
  const copy = join(workDir, 'copy');
  await cp(vaultDir, copy, { recursive: true });
  const before = `${daysAgo(SESSIONS[0])}..${daysAgo(SESSIONS[1] + 1)}`;
  const after = `${daysAgo(SESSIONS[1])}..${daysAgo(0)}`;
  const cli = await journalCli(['--vault', copy, 'trends', '--compare', before, after, '--json'], {
    env: { JOURNAL_PASSPHRASE: PASSPHRASE },
  });
  expect(cli.code, cli.stderr).toBe(0);
  type Row = {
    key: string;
    before: { mean: number | null; count: number };
    after: { mean: number | null; count: number };
    difference: number | null;
    interval: [number, number] | null;
    verdict: string;
  };
  const compared = JSON.parse(cli.stdout) as Row[];

  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await expect(page.getByRole('radio', { name: /^Since my last session/ })).toBeChecked();
  const preview = page.getByLabel('Preview of the summary');
  const overview = preview.locator('.doc__overview');
  await expect(overview).toContainText(`Since the session on`);
  const rows = overview.locator('tbody tr');
  await expect(rows).toHaveCount(9);

  const autonomy = rows.filter({ hasText: 'Autonomy & support' });
  expect(AUTONOMY.since).toHaveLength(3);
  await expect(autonomy).toContainText('1.0 · 3 ratings');
  await expect(autonomy).toContainText('7.0 · 3 ratings');
  await expect(autonomy.locator('.doc__change')).toHaveText('Not enough ratings');
  await expect(autonomy).not.toContainText(/[▲▼]|Higher|Clearly/);

  const cell = (m: number | null, n: number) =>
    m === null ? 'not rated' : `${m.toFixed(1)} · ${n} rating${n === 1 ? '' : 's'}`;
  const words = { higher: 'Higher', lower: 'Lower', 'no clear change': 'No clear change' };
  for (const [i, c] of compared.entries()) {
    const row = rows.nth(i);
    const cells = row.locator('td');
    await expect(cells.nth(1)).toHaveText(cell(c.before.mean, c.before.count));
    await expect(cells.nth(2)).toHaveText(cell(c.after.mean, c.after.count));
    if (c.verdict === 'not enough ratings') {
      await expect(cells.nth(3)).toHaveText('Not enough ratings');
    } else {
      const [lo, hi] = c.interval!;
      await expect(cells.nth(3)).toHaveText(
        `${words[c.verdict as keyof typeof words]}${signed(c.difference!)} (${signed(lo)} to ${signed(hi)})`,
      );
    }
  }
  await shoot(page, 'numbers-summary', 1280, 800);
});
