import { join } from 'node:path';
import { SUMMARY_SECTIONS, type SummaryRequest } from '../../main/contract/summary';
import { chromiumPrinter, findSystemChromium } from '../../main/core/summary/chromium';
import { renderHtml } from '../../main/core/summary/html';
import { previewSummary, renderSummary } from '../../main/core/summary/service';
import { generateEntries, seedJournal } from '../../main/core/testing/generate';
import { TEST_KDF, makeTempDir } from '../../main/core/testing/temp-vault';
import { createVault } from '../../main/core/vault/lifecycle';
import { ms, printTable, time } from './table';

// A therapist summary of a year of daily entries (365 entries of about 2 KB), every section,
// twelve entries quoted whole. "PDF" is the whole job a person waits for: building the
// document, the HTML with its fonts, and Chromium starting, printing and closing.

const DAYS = 365;
const QUOTED = 12;

export async function runSummaryBench(): Promise<void> {
  const { dir, cleanup } = await makeTempDir('twofold-bench-summary-');
  try {
    const { journal } = await createVault(join(dir, 'vault'), 'bench passphrase', {
      kdf: TEST_KDF,
    });
    const entries = generateEntries({ entries: DAYS, endDate: '2026-11-20' });
    await seedJournal(journal, entries);
    const request: SummaryRequest = {
      from: entries[0]!.date,
      to: entries.at(-1)!.date,
      relationshipIds: [],
      dimensionKeys: [],
      sections: [...SUMMARY_SECTIONS],
      entries: entries
        .filter((_, i) => i % Math.floor(DAYS / QUOTED) === 0)
        .slice(0, QUOTED)
        .map((e) => ({ id: e.id, excerpt: false })),
      notes: 'What I would like to talk about.',
      name: 'Bench',
      pageSize: 'a4',
    };
    const today = new Date('2026-11-20T12:00:00');
    const printPdf = chromiumPrinter();
    // One untimed run so the first measurement is not the one that loads sql.js and the fonts.
    await previewSummary(journal, request, today);
    const [document, buildMs] = await time(() => previewSummary(journal, request, today));
    const [, htmlMs] = await time(() => renderHtml(document, 'a4'));
    const [md, mdMs] = await time(() => renderSummary(journal, request, 'md', { today, printPdf }));
    const rows: Array<[string, string]> = [
      ['entries in the year', String(DAYS)],
      ['entries quoted', String(QUOTED)],
      ['document (all numbers, 9 dimensions)', ms(buildMs)],
      ['HTML with fonts', ms(htmlMs)],
      ['Markdown, whole job', ms(mdMs)],
      ['Markdown size', `${(md.bytes.length / 1024).toFixed(0)} KiB`],
    ];
    if (findSystemChromium() === null) {
      rows.push(['PDF', 'skipped: no Chromium installed']);
    } else {
      const [pdf, pdfMs] = await time(() =>
        renderSummary(journal, request, 'pdf', { today, printPdf }),
      );
      rows.push(['PDF, whole job (Chromium start to file)', ms(pdfMs)]);
      rows.push(['PDF size', `${(pdf.bytes.length / 1024).toFixed(0)} KiB`]);
    }
    printTable('Therapist summary: a year of daily entries', rows);
    await journal.close();
  } finally {
    await cleanup();
  }
}
