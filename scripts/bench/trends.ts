import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/support/chromium';
import type { TrendFilter, TrendRequest } from '../../main/contract/trends';
import type { Journal } from '../../main/core/journal';
import { generateEntries, seedJournal } from '../../main/core/testing/generate';
import { makeTempDir } from '../../main/core/testing/temp-vault';
import { readByRelationship, readComparison, readTrends } from '../../main/core/trends';
import { FLOOR_KDF, createVault } from '../../main/core/vault/lifecycle';
import { startPreviewServer } from '../../main/preview/server';
import { insightRows, seedMarkers } from './insights';
import { median, ms, percentile, printTable } from './table';

// Trends at 20-year scale: 7,300 entries, every dimension. The queries run through the core as
// the app calls them (median and 95th percentile of 15 runs after a warm-up). The screen is
// timed in Chromium over the browser preview: from choosing "All" to the charts painted, split
// at the moment the screen has its data (three queries over the bridge) into data and render.

const ENTRIES = 7300;
const RUNS = 15;
const PASSPHRASE = 'bench passphrase';
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

type Samples = Readonly<{ wall: number[]; cpu: number[] }>;

/** Wall time, and this process's CPU time (what the work costs when the machine is busy). */
async function sample(work: () => Promise<unknown>): Promise<Samples> {
  await work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const used = process.cpuUsage();
    await work();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall, cpu };
}

const row = (label: string, times: readonly number[]): [string, string] => [
  label,
  `${ms(median(times))}  (p95 ${ms(percentile(times, 95))})`,
];

const queryRow = (label: string, s: Samples): [string, string] => [
  label,
  `${ms(median(s.wall))}  (p95 ${ms(percentile(s.wall, 95))}, CPU ${ms(median(s.cpu))})`,
];

async function queryRows(journal: Journal): Promise<[string, string][]> {
  const all: TrendFilter = {};
  const year: TrendFilter = { from: '2025-11-21', to: '2026-11-20' };
  const month: TrendFilter = { from: '2026-10-22', to: '2026-11-20' };
  const series = (request: TrendRequest) => () => readTrends(journal, request);
  return [
    queryRow('all dimensions, all time (auto: months)', await sample(series({ filter: all }))),
    queryRow('all dimensions, all time by week', await sample(series({ filter: all, by: 'week' }))),
    queryRow('all dimensions, all time by day', await sample(series({ filter: all, by: 'day' }))),
    queryRow('all dimensions, a year (auto: weeks)', await sample(series({ filter: year }))),
    queryRow('last 30 days vs the 30 before', await sample(() => readComparison(journal, month))),
    queryRow('by relationship, all time', await sample(() => readByRelationship(journal, all))),
  ];
}

type Timing = Readonly<{ screenMs: number; dataMs: number; renderMs: number }>;

// Runs in the page (kept as source text: this side is typed for Node, not the DOM). Clicks
// "All", waits for the screen to say it shows months and lets two frames paint; the screen marks
// the moment its data arrived.
const CHOOSE_ALL = `(async () => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const started = performance.now();
  const all = [...document.querySelectorAll('[role="radio"]')].find((b) => b.textContent === 'All');
  all.click();
  while (!document.querySelector('.trends__range')?.textContent?.includes('months')) {
    await new Promise((done) => setTimeout(done, 0));
  }
  await painted();
  const done = performance.now();
  const data = performance.getEntriesByName('twofold:trends-data').at(-1).startTime;
  return { screenMs: done - started, dataMs: data - started, renderMs: done - data };
})()`;

async function renderRows(vaultDir: string): Promise<[string, string][]> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    return [['chart render', 'skipped: run `npm run build` first (needs out/renderer)']];
  }
  const preview = await startPreviewServer({ rendererDir, vaultDir, session: { kdf: FLOOR_KDF } });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await page.goto(preview.url);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page
      .getByRole('button', { name: 'New entry', exact: true })
      .waitFor({ timeout: 120_000 });
    // By its title: with 7,300 entries in the timeline, role queries are slow to answer.
    await page.locator('.rail__item[title^="Trends"]').click();
    await page.getByRole('heading', { name: 'Trends', level: 1 }).waitFor();
    const screen: number[] = [];
    const data: number[] = [];
    const render: number[] = [];
    for (let i = 0; i <= RUNS; i += 1) {
      // Start from a short range so that choosing "All" redraws everything.
      await page.getByRole('radio', { name: '30 days' }).click();
      await page.getByText(/· days ·/).waitFor();
      const took = await page.evaluate<Timing>(CHOOSE_ALL);
      if (i === 0) continue;
      screen.push(took.screenMs);
      data.push(took.dataMs);
      render.push(took.renderMs);
    }
    const lines = await page.locator('.recharts-line-curve').count();
    const points = await page.locator('.recharts-line-curve[stroke-opacity="0.3"]').count();
    return [
      row(`screen after choosing "All" (${lines} lines, ${points} of them faint)`, screen),
      row('  data: series, comparison, relationships', data),
      row('  chart render, data to painted', render),
    ];
  } finally {
    await browser.close();
    await preview.close();
  }
}

export async function runTrendsBench(): Promise<void> {
  const { dir, cleanup } = await makeTempDir('twofold-bench-trends-');
  try {
    const vaultDir = join(dir, 'vault');
    const { journal } = await createVault(vaultDir, PASSPHRASE, { kdf: FLOOR_KDF });
    const entries = generateEntries({ entries: ENTRIES, tagged: true });
    await seedJournal(journal, entries);
    const markers = await seedMarkers(journal, entries[0]!.date, entries.at(-1)!.date);
    printTable(`Trend queries, ${ENTRIES.toLocaleString('en')} entries`, await queryRows(journal));
    printTable(
      `Insights, ${ENTRIES.toLocaleString('en')} entries, ${markers.sessions} sessions, ${markers.events} life events`,
      await insightRows(journal, async (label, work) => queryRow(label, await sample(work))),
    );
    await journal.close();
    printTable(
      `Trends screen, ${ENTRIES.toLocaleString('en')} entries`,
      await renderRows(vaultDir),
    );
  } finally {
    await cleanup();
  }
}
