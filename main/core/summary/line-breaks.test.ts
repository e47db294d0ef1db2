import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryRequest } from '../../contract/summary';
import type { Journal } from '../journal';
import { entryInput } from '../testing/entry-input';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault } from '../vault/lifecycle';
import { chromiumPrinter, findSystemChromium } from './chromium';
import { renderSummary } from './service';

// A note written as a list, one thought a line, and an entry with line breaks inside a
// paragraph: the therapist reads them line by line, as they were written.

const TODAY = new Date('2026-11-20T12:00:00');
const NOTES = 'Three things:\nsaying no at work\nthe holidays\n\nAnd why I still check my phone.';
const ENTRY = 'Things I said today:\nno to the late call\nyes to the walk\n\nIt felt fine.';

let dir: string;
let cleanup: () => Promise<void>;
let journal: Journal;
let request: SummaryRequest;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('twofold-summary-lines-'));
  ({ journal } = await createVault(join(dir, 'vault'), 'line breaks passphrase', {
    kdf: TEST_KDF,
  }));
  const entry = entryInput({ date: '2026-11-18', title: 'A list day', text: ENTRY });
  await journal.saveEntry(entry);
  request = {
    from: '2026-11-01',
    to: '2026-11-20',
    relationshipIds: [],
    dimensionKeys: [],
    sections: ['entries', 'notes'],
    entries: [{ id: entry.id, excerpt: false }],
    notes: NOTES,
    name: '',
    pageSize: 'a4',
  };
}, 60_000);

afterAll(async () => {
  await journal.close();
  await cleanup();
});

/** The lines a reader sees, blank ones dropped and spacing tidied. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);

const options = () => ({ today: TODAY, printPdf: chromiumPrinter() });

describe('line breaks in a summary', () => {
  it('stay in the preview the app shows', async () => {
    const doc = (await renderSummary(journal, request, 'md', options())).document;
    const notes = doc.sections.find((s) => s.kind === 'notes');
    expect(notes?.kind === 'notes' && notes.paragraphs).toEqual([
      'Three things:\nsaying no at work\nthe holidays',
      'And why I still check my phone.',
    ]);
    const entries = doc.sections.find((s) => s.kind === 'entries');
    expect(entries?.kind === 'entries' && entries.entries[0]?.paragraphs).toEqual([
      'Things I said today:\nno to the late call\nyes to the walk',
      'It felt fine.',
    ]);
  });

  it('stay in the Markdown file, rendered or read as plain text', async () => {
    const md = Buffer.from((await renderSummary(journal, request, 'md', options())).bytes).toString(
      'utf8',
    );
    const read = lines(md);
    for (const line of [...NOTES.split('\n'), ...ENTRY.split('\n')].filter(Boolean)) {
      expect(read).toContain(line);
    }
    // A hard break (two spaces) so a Markdown viewer keeps the lines apart too.
    expect(md).toContain('saying no at work  \nthe holidays');
  });

  it.skipIf(findSystemChromium() === null)(
    'stay in the PDF',
    async () => {
      const pdf = (await renderSummary(journal, request, 'pdf', options())).bytes;
      const file = join(dir, 'lines.pdf');
      writeFileSync(file, pdf);
      const read = lines(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      for (const line of [...NOTES.split('\n'), ...ENTRY.split('\n')].filter(Boolean)) {
        expect(read).toContain(line);
      }
    },
    60_000,
  );
});
