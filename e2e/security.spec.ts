import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { JournalApp } from './support/journal-app';
import { CLEAN_PAGE, leftovers, pasteHtml, tryToEscape } from './support/page-probes';

const PASSPHRASE = 'harbor lights fold twice';
const REMOTE = 'https://tracker.example';

/**
 * Every request that reached the network layer (routed), and every request the page started at
 * all (with why it failed, if it did), from the moment this is installed.
 */
async function recordRequests(context: BrowserContext, page: Page) {
  const routed: string[] = [];
  const started: string[] = [];
  const failures = new Map<string, string>();
  const sockets: string[] = [];
  await context.route('**/*', (route) => {
    routed.push(route.request().url());
    return route.continue();
  });
  context.on('request', (request) => started.push(request.url()));
  context.on('requestfailed', (request) =>
    failures.set(request.url(), request.failure()?.errorText ?? ''),
  );
  page.on('websocket', (socket) => sockets.push(socket.url()));
  return { routed, started, failures, sockets };
}

function leftTheMachine(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return parsed.origin !== origin;
  });
}

async function editorText(app: JournalApp): Promise<string> {
  return (await app.editor.innerText()).trim();
}

test('nothing the page does reaches beyond its own origin: fetch, pasted images, sockets', async ({
  app,
  page,
  context,
  preview,
}) => {
  const seen = await recordRequests(context, page);
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.write('Before the paste. ');

  // Paste a web page's worth of remote content into the entry.
  await pasteHtml(
    page,
    `<p>Pasted from the web <img src="${REMOTE}/pixel.png" alt="pixel">` +
      `<a href="${REMOTE}/page">a page</a></p>` +
      `<iframe src="${REMOTE}/frame"></iframe><video src="${REMOTE}/clip.mp4"></video>` +
      `<p style="background:url(${REMOTE}/bg.png)">styled</p>`,
    'Pasted from the web a page styled',
  );
  await expect(app.editor).toContainText('Pasted from the web');
  await expect(app.editor.locator('img, iframe, video')).toHaveCount(0);
  await app.expectSaved();

  const outcomes = await tryToEscape(page, REMOTE);
  expect(outcomes).toMatchObject({
    fetched: 'refused',
    socket: 'refused',
    image: 'refused',
    events: 'refused',
  });
  // The page's policy is what stopped them (not merely an offline machine).
  expect(outcomes.violations.filter((uri) => uri.startsWith(REMOTE)).length).toBeGreaterThan(2);
  // The recorder works (the page's own calls are in it), and nothing else reached the network:
  // what the page started toward the remote host was stopped inside it by the policy.
  expect(seen.routed.filter((url) => url.startsWith(preview.origin)).length).toBeGreaterThan(5);
  expect(leftTheMachine(seen.routed, preview.origin)).toEqual([]);
  for (const url of leftTheMachine(seen.started, preview.origin)) {
    expect(seen.failures.get(url), url).toBe('csp');
  }
  expect(seen.sockets).toEqual([]);
});

test('locking clears the page, saves typing first, and an entry reopens with no undo history', async ({
  app,
  page,
}) => {
  const canary = 'marigold-canary-5120';
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.title.fill(`Title ${canary}`);
  await app.write(`Saved with care. ${canary}`);
  await app.expectSaved();
  // Still typing when the lock comes: this must be saved before the page is cleared.
  await app.write(' And one more line.');
  await app.lock();

  expect(await leftovers(page, canary)).toEqual(CLEAN_PAGE);

  await app.unlock(PASSPHRASE);
  await app.expectJournalOpen();
  await app.timelineItem(new RegExp(canary)).click();
  await expect(app.editor).toContainText('And one more line.');
  const reopened = await editorText(app);

  // Undo reaches nothing from before the lock...
  await app.editor.click();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Control+Z');
  expect(await editorText(app)).toBe(reopened);
  // ...though it works for what is typed now.
  await page.keyboard.press('End');
  await page.keyboard.type(' Fresh words.');
  await expect(app.editor).toContainText('Fresh words.');
  await page.keyboard.press('Control+Z');
  await expect(app.editor).not.toContainText('Fresh words.');
  expect(await editorText(app)).toBe(reopened);
});

test('a link in an entry opens only through main, and only http, https or mailto', async ({
  app,
  page,
  context,
  preview,
  platform,
}) => {
  const seen = await recordRequests(context, page);
  await app.createJournal(PASSPHRASE);
  await app.newEntry();
  await app.write('Read [our plan](https://example.org/plan) and [this](javascript:alert(1)) ');
  const plan = app.editor.getByRole('link', { name: 'our plan' });
  await expect(plan).toBeVisible();

  await plan.click();
  await plan.click({ modifiers: ['ControlOrMeta'] });
  await expect.poll(() => [...platform.linksAsked]).toEqual(['https://example.org/plan']);

  await app.editor.getByText('this', { exact: true }).click({ modifiers: ['ControlOrMeta'] });
  await app.expectSaved();
  expect(platform.linksAsked).toEqual(['https://example.org/plan']);
  expect(context.pages()).toHaveLength(1);
  expect(page.url().startsWith(preview.origin)).toBe(true);
  expect(leftTheMachine(seen.routed, preview.origin)).toEqual([]);
  expect(leftTheMachine(seen.started, preview.origin)).toEqual([]);
});

test.describe('with a short auto-lock minute', () => {
  // One "minute" of the auto-lock setting lasts four seconds here.
  test.use({ sessionOptions: { autoLockMinuteMs: 4000 } });

  test('settings change the passphrase, and the journal locks itself after the chosen time', async ({
    app,
    page,
  }) => {
    const canary = 'saffron-canary-7781';
    const next = 'quiet orchard under snow';
    await app.createJournal(PASSPHRASE);
    await app.newEntry();
    await app.write(`Written, then left alone. ${canary}`);
    await app.expectSaved();

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Lock automatically')).toHaveValue('5');
    await mkdir('test-results/screens', { recursive: true });
    await page.screenshot({ path: 'test-results/screens/settings-security-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/screens/settings-security-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('New passphrase', { exact: true }).fill(next);
    await page.getByLabel('Type the new one again', { exact: true }).fill(next);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(page.getByRole('status')).toContainText('Your passphrase is changed');

    await page.getByLabel('Lock automatically').selectOption('1');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    // Then nobody touches anything.
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible({
      timeout: 20_000,
    });
    expect(await leftovers(page, canary)).toEqual(CLEAN_PAGE);

    await app.unlock(PASSPHRASE);
    await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this journal.');
    await app.unlock(next);
    await app.expectJournalOpen();
    await expect(app.timelineItem(new RegExp('Written, then left alone'))).toBeVisible();
  });
});
