import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/temp-vault';
import { compareRatings, ratingsOf } from '../core/trends';
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

async function add(date: string, extra: string[]): Promise<void> {
  const result = await journal(['add', '--date', date, '--text', `On ${date}.`, ...extra]);
  expect(result.code, result.stderr).toBe(0);
}

async function seed(): Promise<void> {
  expect((await journal(['init'])).code).toBe(0);
  await add('2026-03-01', ['--score', 'boundaries=2', '--relationship', 'Sam']);
  await add('2026-03-03', [
    '--score',
    'boundaries=5',
    '--score',
    'worth=4',
    '--relationship',
    'Mum',
  ]);
  await add('2026-03-03', ['--sign', 'yes_meant_no', '--relationship', 'Sam']);
  await add('2026-03-12', ['--score', 'boundaries=6', '--relationship', 'Sam']);
}

describe('journal trends', () => {
  it('prints buckets as JSON in the documented shape, empty weeks included', async () => {
    await seed();
    const result = await journal([
      'trends',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-22',
      '--by',
      'week',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const buckets = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(buckets.map((b) => [b['start'], b['end'], b['entries']])).toEqual([
      ['2026-03-01', '2026-03-01', 1],
      ['2026-03-02', '2026-03-08', 2],
      ['2026-03-09', '2026-03-15', 1],
      ['2026-03-16', '2026-03-22', 0],
    ]);
    expect(Object.keys(buckets[0]!).sort()).toEqual(['end', 'entries', 'scores', 'signs', 'start']);
    expect(buckets[1]).toMatchObject({
      scores: {
        boundaries: { mean: 5, count: 1 },
        worth: { mean: 4, count: 1 },
        self: { mean: null, count: 0 },
      },
      signs: { yes_meant_no: 1, disagreed_ok: 0 },
    });
    for (const b of buckets) expect(Object.keys(b['scores'] as object)).toHaveLength(9);
  });

  it('filters by relationship name and dimension key, and rounds means', async () => {
    await seed();
    const result = await journal([
      'trends',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--by',
      'month',
      '--relationship',
      'sam',
      '--dimension',
      'boundaries',
      '--json',
    ]);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        start: '2026-03-01',
        end: '2026-03-31',
        entries: 3,
        scores: { boundaries: { mean: 4, count: 2 } },
        signs: expect.objectContaining({ yes_meant_no: 1 }) as unknown,
      },
    ]);
    const all = await journal([
      'trends',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--by',
      'month',
      '--dimension',
      'boundaries',
      '--json',
    ]);
    expect(JSON.parse(all.stdout)[0].scores).toEqual({ boundaries: { mean: 4.33, count: 3 } });
  });

  it('prints a readable table, and refuses what it cannot understand', async () => {
    await seed();
    const table = await journal([
      'trends',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-14',
      '--by',
      'week',
      '--dimension',
      'boundaries',
    ]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/Start\s+End\s+Entries\s+Boundaries/);
    expect(table.stdout).toMatch(/2026-03-02\s+2026-03-08\s+2\s+5\.0 \(1\)/);
    expect(table.stdout).toMatch(/1\s+Said yes when I meant no/);
    const badBucket = await journal(['trends', '--by', 'year']);
    expect([badBucket.code, badBucket.stderr]).toEqual([
      2,
      expect.stringMatching(/--by must be day, week or month/),
    ]);
    const nobody = await journal(['trends', '--relationship', 'Nobody']);
    expect([nobody.code, nobody.stderr]).toEqual([
      2,
      expect.stringMatching(/no relationship called "Nobody"/),
    ]);
    const backwards = await journal(['trends', '--from', '2026-03-10', '--to', '2026-03-01']);
    expect(backwards.code).toBe(2);
  });

  it('compares two periods per dimension with the one comparison, as JSON and as a table', async () => {
    expect((await journal(['init'])).code).toBe(0);
    const before = [3, 4, 2, 3, 4, 3];
    const after = [5, 6, 5, 4, 6, 6, 5];
    for (const [i, v] of before.entries()) {
      await add(`2026-02-0${i + 1}`, ['--score', `worth=${v}`, '--score', 'boundaries=4']);
    }
    for (const [i, v] of after.entries()) {
      await add(`2026-03-0${i + 1}`, ['--score', `worth=${v}`]);
    }
    const periods = ['--compare', '2026-02-01..2026-02-28', '2026-03-01..2026-03-31'];
    const json = await journal(['trends', ...periods, '--dimension', 'worth', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const expected = compareRatings(ratingsOf(before), ratingsOf(after));
    expect(JSON.parse(json.stdout)).toEqual([{ key: 'worth', ...expected }]);
    expect(expected).toMatchObject({
      before: { mean: 19 / 6, count: 6 },
      after: { mean: 37 / 7, count: 7 },
      verdict: 'higher',
    });

    const table = await journal(['trends', ...periods]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(
      /Self-worth\s+3\.2 · 6 ratings\s+5\.3 · 7 ratings\s+\+2\.1\s+\+\S+ to \+\S+\s+higher/,
    );
    expect(table.stdout).toMatch(
      /Boundaries\s+4\.0 · 6 ratings\s+not rated\s+–\s+–\s+not enough ratings/,
    );
    expect(table.stdout).toContain('at least 5 ratings in each period');
  });

  it('refuses a comparison it cannot make, in one sentence', async () => {
    expect((await journal(['init'])).code).toBe(0);
    const cases: Array<[string[], RegExp]> = [
      [['--compare', '2026-02-01..2026-02-28'], /needs two periods/],
      [['--compare', '2026-02-01..2026-02-28', 'March'], /FROM\.\.TO/],
      [['--compare', '2026-02-28..2026-02-01', '2026-03-01..2026-03-02'], /ends before it starts/],
      [['--compare', '2026-02-01..2026-03-05', '2026-03-01..2026-03-31'], /overlap/],
      [
        ['--compare', '--from', '2026-01-01', '2026-02-01..2026-02-02', '2026-03-01..2026-03-02'],
        /instead of --from/,
      ],
      [['2026-02-01..2026-02-28'], /did you mean --compare/],
    ];
    for (const [args, message] of cases) {
      const result = await journal(['trends', ...args]);
      expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
  });
});
