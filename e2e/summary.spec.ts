import { execFileSync } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { format, subDays } from 'date-fns';
import { generateEntries, seedJournal } from '../main/core/testing/generate';
import { FLOOR_KDF, createVault } from '../main/core/vault/lifecycle';
import { expect, test } from './fixtures';

const PASSPHRASE = 'willow lantern quietly hums';
const today = new Date();
const day = (daysAgo: number) => format(subDays(today, daysAgo), 'yyyy-MM-dd');

const BRING = 'a conversation about the holidays, bluebellfield';
const NEVER = 'something I keep to myself, cormorantine';
const OTHER = 'a quiet walk after work, ravenstone';
const NOTES = 'Why do I still say yes when I mean no? tangerinequest';

/** Forty days of entries; one flagged for the session, one never to share; sessions recorded. */
const sessionVault = async (dir: string) => {
  const { journal } = await createVault(dir, PASSPHRASE, { kdf: FLOOR_KDF });
  const entries = generateEntries({ entries: 40, endDate: day(0), textChars: 400 });
  const edit = (daysAgo: number, title: string, share: 'default' | 'bring' | 'never') => {
    const entry = entries.find((e) => e.date === day(daysAgo))!;
    entry.title = title;
    entry.text = `${entry.text}\n\nToday was ${title}.`;
    entry.share = share;
  };
  edit(3, BRING, 'bring');
  edit(5, NEVER, 'never');
  edit(8, OTHER, 'default');
  await seedJournal(journal, entries);
  await journal.saveTherapySession({ id: '0b7c2a52-7d0e-4c8e-9f0b-5a1d2c3e4f01', date: day(24) });
  await journal.saveTherapySession({ id: '0b7c2a52-7d0e-4c8e-9f0b-5a1d2c3e4f02', date: day(10) });
  await journal.close();
};

test.use({ vaultSetup: async ({}, use) => use(sessionVault) });

async function savedFile(dir: string, extension: string): Promise<string> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(extension));
  expect(names).toHaveLength(1);
  return join(dir, names[0]!);
}

test('the summary wizard: since the last session, chosen entries only, saved as PDF and Markdown', async ({
  app,
  page,
  downloadsDir,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await page.getByRole('button', { name: 'Summary', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Summary for your therapist' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Since my last session/ })).toBeChecked();
  await expect(page.getByLabel('From')).toHaveValue(day(10));

  const entries = page.getByRole('list', { name: 'Entries to share' });
  const bring = entries.getByRole('checkbox', { name: new RegExp(BRING) });
  const never = entries.getByRole('checkbox', { name: new RegExp(NEVER) });
  const other = entries.getByRole('checkbox', { name: new RegExp(OTHER) });
  await expect(bring).toBeChecked();
  await expect(never).toBeDisabled();
  await expect(other).not.toBeChecked();
  await expect(entries.getByRole('checkbox', { checked: true })).toHaveCount(1);

  await other.check();
  await page.getByRole('textbox', { name: 'What I’d like to talk about' }).fill(NOTES);
  await page.getByLabel('Your name (optional)').fill('Robin');

  const preview = page.getByLabel('Preview of the summary');
  await expect(preview).toContainText(NOTES);
  await expect(preview).toContainText(BRING);
  await expect(preview).toContainText(OTHER);
  await expect(preview).toContainText('Prepared by Robin');
  await expect(preview).toContainText('Since the session on');
  await expect(preview).not.toContainText(NEVER);

  await expect(page.getByRole('note')).toContainText('not encrypted');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved as / })).toContainText('.pdf', {
    timeout: 30_000,
  });
  const pdf = await savedFile(downloadsDir, '.pdf');
  expect((await stat(pdf)).mode & 0o777).toBe(0o600);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(NOTES);
  expect(text).toContain(BRING);
  expect(text).toContain(OTHER);
  expect(text).not.toContain('cormorantine');

  await page.getByRole('radio', { name: /Markdown/ }).check();
  await page.getByRole('button', { name: 'Save Markdown…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved as / })).toContainText('.md');
  const md = await readFile(await savedFile(downloadsDir, '.md'), 'utf8');
  expect(md).toContain('# Journal summary');
  expect(md).toContain(NOTES.replace('?', '?'));
  expect(md).not.toContain('cormorantine');

  await page.getByText(/Summaries you have saved \(2\)/).click();
  await expect(page.getByText('Markdown', { exact: true })).toBeVisible();

  // The choices are remembered in the vault: the next visit starts with Markdown and the name.
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await expect(page.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('Robin');
});

test('sessions are recorded in Settings, and an entry can be flagged for the next one', async ({
  app,
  page,
}) => {
  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const past = page.getByRole('list', { name: 'Past sessions' });
  await expect(past.getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Session date').fill(day(-7));
  await page.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('list', { name: 'Coming up' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await app.timelineItem(new RegExp(OTHER)).click();
  await page.getByRole('radio', { name: 'Bring to my next session' }).check();
  await app.expectSaved();
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await expect(page.getByText(/Your next session:/)).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Entries to share' })
      .getByRole('checkbox', { name: new RegExp(OTHER) }),
  ).toBeChecked();
});
