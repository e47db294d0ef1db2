import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../contract/domain';
import type { SummaryRequest } from '../../contract/summary';
import { SUMMARY_SECTIONS } from '../../contract/summary';
import type { Journal } from '../journal';
import { DEFAULT_DIMENSIONS } from '../store/defaults';
import { GENERATED_RELATIONSHIPS, generateEntries, seedJournal } from '../testing/generate';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault } from '../vault/lifecycle';
import { chromiumPrinter, findSystemChromium } from './chromium';
import { compareRanges } from '../trends';
import { overviewPeriods } from './dates';
import { renderSummary } from './service';

// A summary rendered from seeded data and read back with pdftotext, as a therapist would see
// it: the ticked entries are there word for word; the others add numbers and nothing else.

const TODAY = new Date('2026-11-20T12:00:00');
const SHARED = ['quillwort', 'marzipanic', 'lanternfish'];
const PRIVATE = ['zebrawood', 'obsidianly', 'tamarindo', 'pewtering'];

let dir: string;
let cleanup: () => Promise<void>;
let journal: Journal;
let seeded: Entry[];

function withWord(entry: Entry, word: string, share: Entry['share'] = 'default'): Entry {
  return {
    ...entry,
    title: `${entry.title ?? 'Untitled'} ${word}title`,
    text: `${entry.text}\n\nA line only this entry has: ${word}.`,
    tags: [`${word}tag`],
    share,
  };
}

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('twofold-summary-'));
  ({ journal } = await createVault(join(dir, 'vault'), 'summary test passphrase', {
    kdf: TEST_KDF,
  }));
  const entries = generateEntries({ entries: 90, endDate: '2026-11-20', textChars: 700 });
  seeded = entries.map((entry, i) => {
    const shared = [70, 80, 85].indexOf(i);
    if (shared >= 0) return withWord(entry, SHARED[shared]!, shared === 0 ? 'bring' : 'default');
    const hidden = [72, 78, 82, 88].indexOf(i);
    if (hidden >= 0) return withWord(entry, PRIVATE[hidden]!, hidden === 3 ? 'never' : 'default');
    return entry;
  });
  await seedJournal(journal, seeded);
}, 60_000);

afterAll(async () => {
  await journal.close();
  await cleanup();
});

const request = (over: Partial<SummaryRequest> = {}): SummaryRequest => ({
  from: '2026-10-22',
  to: '2026-11-20',
  relationshipIds: [],
  dimensionKeys: [],
  sections: [...SUMMARY_SECTIONS],
  entries: [
    { id: seeded[70]!.id, excerpt: false },
    { id: seeded[80]!.id, excerpt: false },
    { id: seeded[85]!.id, excerpt: true },
  ],
  notes: 'I want to talk about saying no at work.',
  name: 'Sam',
  pageSize: 'a4',
  ...over,
});

/** A mean as the report prints it. */
const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Counted by hand from the seeded entries: every rated, live entry in the period. */
function countedMean(key: string, from: string, to: string): number | null {
  const values = seeded
    .filter((e) => e.date >= from && e.date <= to && e.scores[key] !== undefined)
    .map((e) => e.scores[key]!);
  return values.length === 0 ? null : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length);
}

function pdfText(bytes: Uint8Array, args: string[] = []): string {
  const file = join(dir, `out-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [...args, '-layout', file, '-'], { encoding: 'utf8' });
}

function pdfPages(bytes: Uint8Array): number {
  const file = join(dir, 'pages.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

describe.skipIf(findSystemChromium() === null)('a summary printed to PDF', () => {
  let pdf: Uint8Array;
  let text: string;

  beforeAll(async () => {
    const rendered = await renderSummary(journal, request(), 'pdf', {
      today: TODAY,
      printPdf: chromiumPrinter(),
    });
    pdf = rendered.bytes;
    text = pdfText(pdf).replace(/\s+/g, ' ');
  }, 60_000);

  it('carries every word of the ticked entries, and the excerpt of the one shared as excerpt', () => {
    for (const word of SHARED.slice(0, 2)) expect(text).toContain(`only this entry has: ${word}.`);
    for (const index of [70, 80]) {
      const first = seeded[index]!.text.split('\n\n')[0]!.replace(/\s+/g, ' ');
      expect(text).toContain(first.slice(0, 60));
    }
    expect(text).toContain('Excerpt');
    expect(text).toContain('I want to talk about saying no at work.');
    expect(text).toContain('Prepared by Sam');
  });

  it('carries no word of an entry that was not ticked: not its text, title or tags', () => {
    for (const word of PRIVATE) expect(text.toLowerCase()).not.toContain(word);
    for (const word of SHARED) expect(text).not.toContain(`${word}tag`);
  });

  it('shows the overview numbers the comparison gives, on the first page', async () => {
    const page1 = pdfText(pdf, ['-f', '1', '-l', '1']);
    const { before, after } = overviewPeriods({ from: '2026-10-22', to: '2026-11-20' }, []);
    const trends = await journal.read((db) => compareRanges(db, before, after, {}, '2026-11-20'));
    for (const d of DEFAULT_DIMENSIONS) {
      const line = page1.split('\n').find((l) => l.trimStart().startsWith(d.name));
      expect(line, d.name).toBeDefined();
      const shown = [...line!.matchAll(/(\d\.\d) · (\d+) ratings?/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      const change = trends.changes.find((c) => c.key === d.key)!;
      const expected = [
        [oneDecimal(change.before.mean), change.before.count],
        [oneDecimal(change.after.mean), change.after.count],
      ];
      expect(shown, d.name).toEqual(expected);
      expect(expected.map(([mean]) => mean)).toEqual([
        countedMean(d.key, before.from, before.to),
        countedMean(d.key, after.from, after.to),
      ]);
    }
  });

  it('has a sensible number of pages for a month with three entries', () => {
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    expect(pdfText(pdf, ['-f', String(pages), '-l', String(pages)])).toContain(
      `Page ${pages} of ${pages}`,
    );
  });

  it('prints on US Letter too, leaving nothing behind in the temp folder', async () => {
    const temp = join(dir, 'temp');
    mkdirSync(temp, { mode: 0o700 });
    const letter = await renderSummary(journal, request({ pageSize: 'letter' }), 'pdf', {
      today: TODAY,
      printPdf: chromiumPrinter(findSystemChromium(), () => temp),
    });
    expect(readdirSync(temp)).toEqual([]);
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, letter.bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/612 x 792 pts/);
  }, 60_000);
});

describe('a summary as Markdown', () => {
  it('holds the same words, and refuses an entry marked "never share"', async () => {
    const md = Buffer.from(
      (await renderSummary(journal, request(), 'md', { today: TODAY, printPdf: chromiumPrinter() }))
        .bytes,
    ).toString('utf8');
    expect(md).toContain('# Journal summary');
    expect(md).toContain(`only this entry has: ${SHARED[0]}.`);
    for (const word of PRIVATE) expect(md).not.toContain(word);
    await expect(
      renderSummary(journal, request({ entries: [{ id: seeded[88]!.id, excerpt: false }] }), 'md', {
        today: TODAY,
        printPdf: chromiumPrinter(),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('leaves out what the person left out, and filters by relationship', async () => {
    const alex = GENERATED_RELATIONSHIPS[0]!;
    const md = Buffer.from(
      (
        await renderSummary(
          journal,
          request({ sections: ['overview'], relationshipIds: [alex.id], name: '' }),
          'md',
          { today: TODAY, printPdf: chromiumPrinter() },
        )
      ).bytes,
    ).toString('utf8');
    expect(md).toContain('## Overview');
    expect(md).not.toContain('## Entries');
    expect(md).not.toContain(SHARED[0]);
    expect(md).not.toContain('I want to talk about');
  });
});
