import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsightsReport } from '../contract/insights';
import { makeTempDir } from '../core/testing/temp-vault';
import { type CliRun, journalCli } from './testing';

let dir: string;
let cleanup: () => Promise<void>;
const PASS = { JOURNAL_PASSPHRASE: 'a long and private passphrase' };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const journal = (args: string[], run: CliRun = {}) =>
  journalCli(['--vault', join(dir, 'vault'), ...args], { env: PASS, ...run });

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;

/** Ten entries with a sign rated 6 about Sam, ten without rated 3 about Mum. */
async function seed(): Promise<void> {
  expect((await journal(['init'])).code).toBe(0);
  for (let i = 1; i <= 10; i += 1) {
    const withSign = [
      'add',
      '--date',
      day(i),
      '--text',
      'Pottery class.',
      '--score',
      'self=6',
      '--sign',
      'time_for_me',
      '--relationship',
      'Sam',
    ];
    const without = ['add', '--date', day(i + 10), '--text', 'At home.', '--score', 'self=3'];
    expect((await journal(withSign)).code).toBe(0);
    expect((await journal([...without, '--relationship', 'Mum'])).code).toBe(0);
  }
}

describe('journal insights', () => {
  it('prints what went with higher ratings, the sense of self per person, and markers', async () => {
    await seed();
    const result = await journal(['insights', '--from', day(1), '--to', day(31)]);
    expect(result.code, result.stderr).toBe(0);
    const text = result.stdout;
    expect(text).toContain('Insights from 2026-03-01 to 2026-03-31 · 20 entries');
    expect(text).toContain('Higher Sense of self went with “Spent time on something of my own”');
    expect(text).toContain('6.0 with vs 3.0 without · +3.0');
    expect(text).toContain('Higher Sense of self went with entries about Sam');
    expect(text).toContain('Lower Sense of self went with entries about Mum');
    expect(text).toMatch(/Sam\s+6\.0 · 10 ratings\s+More yourself than in your other entries/);
    expect(text).toMatch(/Mum\s+3\.0 · 10 ratings\s+Less yourself than in your other entries/);
    expect(text.indexOf('Sam  ')).toBeLessThan(text.indexOf('Mum  '));
    expect(text).toContain('No therapy sessions or life events recorded.');
    expect(text).not.toMatch(/\bcaus|because|led to|made you/i);
  });

  it('prints the same figures as JSON', async () => {
    await seed();
    const result = await journal(['insights', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as InsightsReport;
    expect(report.from).toBe(day(1));
    const row = report.withWithout.rows.find(
      (r) => r.subject.id === 'time_for_me' && r.dimension === 'self',
    );
    expect(row).toMatchObject({
      with: { mean: 6, count: 10 },
      without: { mean: 3, count: 10 },
      difference: 3,
      verdict: 'higher',
    });
    expect(report.self.people.map((p) => [p.subject.label, p.with.mean])).toEqual([
      ['Sam', 6],
      ['Mum', 3],
    ]);
    expect(report.markers).toEqual([]);
  });

  it('refuses dates it cannot read, or the wrong way round', async () => {
    await seed();
    const bad = await journal(['insights', '--from', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from must be a date written as YYYY-MM-DD');
    const backwards = await journal(['insights', '--from', day(9), '--to', day(2)]);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--from must not be after --to.');
  });
});
