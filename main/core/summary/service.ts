import { randomUUID } from 'node:crypto';
import type {
  SummaryChoices,
  SummaryDocument,
  SummaryExport,
  SummaryFormat,
  SummaryRequest,
  SummarySetup,
} from '../../contract/summary';
import { summaryChoices } from '../../contract/summary';
import { localDate } from '../clock';
import type { Journal } from '../journal';
import { getEntry } from '../store/entries';
import { listExportRecords } from '../store/therapy';
import { buildSummary } from './build';
import { shift } from './dates';
import { footerTemplate, renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { PdfPrinter } from './pdf';

// What the app, the preview and the command line do with a summary: build it, render it,
// record that it left the vault, and remember the choices for next time.

const CHOICES_KEY = 'summary.choices';
/** Without any session recorded, "since my last session" falls back to the last four weeks. */
const FALLBACK_DAYS = 28;

export function previewSummary(
  journal: Journal,
  request: SummaryRequest,
  today: Date,
): Promise<SummaryDocument> {
  return journal.read((db) => buildSummary(db, request, { today }));
}

export type RenderedSummary = Readonly<{
  bytes: Uint8Array;
  suggestedName: string;
  document: SummaryDocument;
}>;

export async function renderSummary(
  journal: Journal,
  request: SummaryRequest,
  format: SummaryFormat,
  options: Readonly<{ today: Date; printPdf: PdfPrinter }>,
): Promise<RenderedSummary> {
  const document = await previewSummary(journal, request, options.today);
  const suggestedName = `Twofold summary ${request.from} to ${request.to}.${format}`;
  if (format === 'md') {
    return { bytes: Buffer.from(renderMarkdown(document), 'utf8'), suggestedName, document };
  }
  const html = await renderHtml(document, request.pageSize);
  const bytes = await options.printPdf({
    html,
    pageSize: request.pageSize,
    footer: footerTemplate(document),
  });
  return { bytes, suggestedName, document };
}

/** Notes, in the vault, that this summary left it: when, which dates, sections and entries. */
export async function recordExport(
  journal: Journal,
  request: SummaryRequest,
  format: SummaryFormat,
  at: Date,
): Promise<void> {
  await journal.recordExport({
    id: randomUUID(),
    exportedAt: at.toISOString(),
    from: request.from,
    to: request.to,
    format,
    sections: request.sections,
    entryIds: request.sections.includes('entries') ? request.entries.map((e) => e.id) : [],
  });
}

export async function saveChoices(
  journal: Journal,
  request: SummaryRequest,
  format: SummaryFormat,
): Promise<void> {
  const choices: SummaryChoices = {
    relationshipIds: request.relationshipIds,
    dimensionKeys: request.dimensionKeys,
    sections: request.sections,
    name: request.name,
    pageSize: request.pageSize,
    format,
  };
  await journal.setValue(CHOICES_KEY, choices);
}

export async function summarySetup(journal: Journal, today: Date): Promise<SummarySetup> {
  const to = localDate(today);
  const sessions = await journal.listTherapySessions();
  const past = sessions.filter((s) => s.date <= to).map((s) => s.date);
  const future = sessions.filter((s) => s.date > to).map((s) => s.date);
  const lastSession = past.at(-1) ?? null;
  const stored = summaryChoices.safeParse(await journal.getValue(CHOICES_KEY));
  return {
    from: lastSession ?? shift(to, -(FALLBACK_DAYS - 1)),
    to,
    lastSession,
    nextSession: future[0] ?? null,
    choices: stored.success ? stored.data : null,
  };
}

export function listExports(journal: Journal): Promise<SummaryExport[]> {
  return journal.read((db) =>
    listExportRecords(db).map((r) => {
      const entries = r.entryIds
        .map((id) => getEntry(db, id))
        .filter((e) => e !== undefined && e.deletedAt === null)
        .map((e) => ({ date: e!.date, title: e!.title }));
      return {
        exportedAt: r.exportedAt,
        from: r.from,
        to: r.to,
        format: r.format,
        sections: r.sections as SummaryExport['sections'],
        entries,
        entryCount: r.entryIds.length,
      };
    }),
  );
}
