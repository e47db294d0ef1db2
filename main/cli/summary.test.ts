import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSystemChromium } from '../core/summary/chromium';
import { makeTempDir } from '../core/testing/temp-vault';
import { journalCli } from './testing';

let dir: string;
let cleanup: () => Promise<void>;
const ENV = { JOURNAL_PASSPHRASE: 'a long and private passphrase' };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const journal = (args: string[], env: Record<string, string> = {}) =>
  journalCli(['--vault', join(dir, 'vault'), ...args], { env: { ...ENV, ...env } });

/** Two entries about Sam: one to share, one that stays private. Returns their ids. */
async function seed(): Promise<{ shared: string; kept: string }> {
  expect((await journal(['init'])).code).toBe(0);
  const add = async (date: string, text: string, score: string) => {
    const made = await journal([
      'add',
      '--date',
      date,
      '--score',
      score,
      '--relationship',
      'Sam',
      '--text',
      text,
    ]);
    expect(made.code, made.stderr).toBe(0);
  };
  await add('2026-03-01', 'I told Sam the weekend plans did not work for me.', 'boundaries=3');
  await add('2026-03-25', 'A private note about the greenhouse argument.', 'boundaries=6');
  const listed = JSON.parse((await journal(['list', '--json'])).stdout) as Array<{
    id: string;
    date: string;
  }>;
  return {
    shared: listed.find((e) => e.date === '2026-03-01')!.id,
    kept: listed.find((e) => e.date === '2026-03-25')!.id,
  };
}

describe('journal summary', () => {
  it('writes Markdown with the included entry and only the numbers of the other', async () => {
    const { shared } = await seed();
    const result = await journal([
      'summary',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-30',
      '--relationship',
      'sam',
      '--include',
      shared,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('# Journal summary');
    expect(result.stdout).toContain('I told Sam the weekend plans did not work for me.');
    expect(result.stdout).not.toContain('greenhouse');
    // One rating a side: the means with their counts, and no claim of change.
    expect(result.stdout).toMatch(
      /\| Boundaries \| 3\.0 · 1 rating \| 6\.0 · 1 rating \| Not enough ratings \|/,
    );
    expect(result.stdout).not.toContain(shared);
  });

  it('says clearly when there is no Chromium to make a PDF, and what to do instead', async () => {
    await seed();
    const result = await journal(
      ['summary', '--from', '2026-03-01', '--format', 'pdf', '--out', join(dir, 's.pdf')],
      { CHROMIUM_PATH: join(dir, 'no-chromium-here') },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Making a PDF needs Chromium .* or choose Markdown instead\.\n$/,
    );
  });

  it('refuses a date that is not a date, and a PDF without a file', async () => {
    expect((await journal(['summary', '--from', 'last week'])).code).toBe(2);
    expect((await journal(['summary', '--format', 'pdf'])).stderr).toBe(
      'A PDF needs --out FILE.\n',
    );
  });

  it.skipIf(findSystemChromium() === null)(
    'writes a PDF readable by its owner only',
    async () => {
      const { shared } = await seed();
      const out = join(dir, 'summary.pdf');
      const result = await journal([
        'summary',
        '--from',
        '2026-03-01',
        '--to',
        '2026-03-30',
        '--include',
        shared,
        '--format',
        'pdf',
        '--out',
        out,
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('is not encrypted');
      expect((await stat(out)).mode & 0o777).toBe(0o600);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      expect(text).toContain('weekend plans did not work for me');
      expect(text).not.toContain('greenhouse');
    },
    60_000,
  );
});
