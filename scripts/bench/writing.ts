import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/support/chromium';
import { generateEntries, seedJournal } from '../../main/core/testing/generate';
import { makeTempDir } from '../../main/core/testing/temp-vault';
import { FLOOR_KDF, createVault, unlockVault } from '../../main/core/vault/lifecycle';
import { startPreviewServer } from '../../main/preview/server';
import { median, ms, percentile, printTable, time } from './table';

// Writing at 20-year scale: 7,300 entries. First the journal core alone (what every view asks
// of it), then the built renderer in Chromium over the browser preview, timed inside the page
// from the action to the moment the answer is on screen: the timeline opening after unlock,
// scrolling it, switching entries and each keystroke of a search.

const ENTRIES = 7300;
const PASSPHRASE = 'bench passphrase';
const SEARCH_WORD = 'weekend';
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

function stats(samples: readonly number[]): string {
  return `median ${ms(median(samples))}, p95 ${ms(percentile(samples, 95))}, max ${ms(Math.max(...samples))} (n=${samples.length})`;
}

async function coreBench(dir: string): Promise<Array<readonly [string, string]>> {
  const { journal } = await unlockVault(dir, PASSPHRASE, { kdf: FLOOR_KDF });
  try {
    const lists: number[] = [];
    let ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const [list, took] = await time(() => journal.listEntries({}));
      lists.push(took);
      ids = list.map((e) => e.id);
    }
    const gets: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const id = ids[Math.floor((i / 60) * ids.length)]!;
      gets.push((await time(() => journal.getEntry(id)))[1]);
    }
    const keys: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (let n = 1; n <= SEARCH_WORD.length; n += 1) {
        const query = SEARCH_WORD.slice(0, n);
        keys.push((await time(() => journal.search({ query, limit: 100 })))[1]);
      }
    }
    const filtered: number[] = [];
    for (let n = 1; n <= SEARCH_WORD.length; n += 1) {
      const query = SEARCH_WORD.slice(0, n);
      filtered.push(
        (
          await time(() =>
            journal.search({
              query,
              from: '2015-01-01',
              dimension: { key: 'boundaries', min: 4, max: 7 },
              limit: 100,
            }),
          )
        )[1],
      );
    }
    return [
      ['core: timeline list (7,300 rows)', stats(lists)],
      ['core: open one entry', stats(gets)],
      [`core: search keystroke ("${SEARCH_WORD}" typed)`, stats(keys)],
      ['core: search keystroke with filters', stats(filtered)],
    ];
  } finally {
    await journal.close({ compact: false });
  }
}

async function browserBench(dir: string): Promise<Array<readonly [string, string]>> {
  const server = await startPreviewServer({
    rendererDir,
    vaultDir: dir,
    session: { kdf: FLOOR_KDF },
  });
  const browser = await chromium.launch({
    executablePath: findChromium(() => chromium.executablePath()),
    args: chromiumArgs(),
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await page.goto(server.url);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    const started = Date.now();
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'New entry', exact: true }).waitFor();
    const unlocked = Date.now() - started;
    await page.locator('.timeline__item').first().waitFor();
    const open = Date.now() - started - unlocked;
    // The timeline again, the way a person comes back to it from another view.
    const reopen: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Journal', exact: true }).click();
      await page.locator('.timeline__item').first().waitFor();
      reopen.push(Date.now() - t0);
    }

    // Scrolling: one big step per frame through the whole list; each step is timed from the
    // scroll to the frame after the virtualiser has put the new rows in.
    const scroll = await page.evaluate(`(async () => {
      const list = document.querySelector('.timeline');
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const samples = [];
      for (let i = 0; i < 60; i += 1) {
        const t0 = performance.now();
        list.scrollTop = (list.scrollHeight - list.clientHeight) * (i / 59);
        list.dispatchEvent(new Event('scroll'));
        await frame();
        await frame();
        samples.push(performance.now() - t0);
        if (!list.querySelector('.timeline__item')) throw new Error('blank timeline');
      }
      list.scrollTop = 0;
      await frame();
      return { samples, rows: list.querySelectorAll('.timeline__item').length, height: list.scrollHeight };
    })()`);
    const scrolled = scroll as { samples: number[]; rows: number; height: number };

    const switches = (await page.evaluate(`(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const samples = [];
      for (let i = 0; i < 20; i += 1) {
        const items = [...document.querySelectorAll('.timeline__item')].filter((b) => b.getAttribute('aria-current') !== 'true');
        const button = items[i % items.length];
        const before = document.querySelector('.sheet')?.getAttribute('data-entry');
        const t0 = performance.now();
        button.click();
        for (;;) {
          await frame();
          const sheet = document.querySelector('.sheet');
          if (sheet && sheet.getAttribute('data-entry') !== before &&
              sheet.querySelector('.editor__content')?.textContent) break;
          if (performance.now() - t0 > 10000) throw new Error('entry did not open');
        }
        samples.push(performance.now() - t0);
      }
      return samples;
    })()`)) as number[];

    const keystrokes = (await page.evaluate(`(async (word) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const input = document.getElementById('search-entries');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const samples = [];
      for (let round = 0; round < 3; round += 1) {
        for (let n = 1; n <= word.length; n += 1) {
          const query = word.slice(0, n);
          const t0 = performance.now();
          setValue.call(input, query);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          for (;;) {
            await frame();
            const nav = document.querySelector('nav[aria-label="Search results"]');
            if (nav && nav.getAttribute('data-answered') === query && nav.getAttribute('aria-busy') === 'false') break;
            if (performance.now() - t0 > 10000) throw new Error('search did not answer');
          }
          samples.push(performance.now() - t0);
        }
        setValue.call(input, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
      }
      return samples;
    })('${SEARCH_WORD}')`)) as number[];

    return [
      ['app: unlock (passphrase to journal on screen)', ms(unlocked)],
      ['app: timeline first open, after unlock', `${ms(open)} (list of 7,300 to first rows shown)`],
      ['app: timeline open from another view', stats(reopen)],
      [
        'app: timeline scroll, per step',
        `${stats(scrolled.samples)}; ${scrolled.rows} rows in the page of ${ENTRIES}`,
      ],
      ['app: switch entry (click to text shown)', stats(switches)],
      ['app: search keystroke (key to results shown)', stats(keystrokes)],
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function runWritingBench(): Promise<void> {
  const { dir: root, cleanup } = await makeTempDir('twofold-bench-writing-');
  try {
    const dir = join(root, 'vault');
    const [, seedMs] = await time(async () => {
      const { journal } = await createVault(dir, PASSPHRASE, { kdf: FLOOR_KDF });
      await seedJournal(journal, generateEntries({ entries: ENTRIES }));
      await journal.close();
    });
    const rows: Array<readonly [string, string]> = [
      ['seed 7,300 generated entries', ms(seedMs)],
      ...(await coreBench(dir)),
    ];
    if (existsSync(join(rendererDir, 'index.html'))) {
      rows.push(...(await browserBench(dir)));
    } else {
      rows.push(['app timings', 'skipped: run `npm run build` first (needs out/renderer)']);
    }
    printTable(`Writing with ${ENTRIES.toLocaleString('en')} entries (target: under 100 ms)`, rows);
  } finally {
    await cleanup();
  }
}
