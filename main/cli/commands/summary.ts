import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../contract/primitives';
import {
  PAGE_SIZES,
  SUMMARY_FORMATS,
  SUMMARY_SECTIONS,
  type SummaryRequest,
  type SummarySectionKind,
} from '../../contract/summary';
import { localDate } from '../../core/clock';
import { JournalError } from '../../core/errors';
import { chromiumPrinter, findSystemChromium, NO_CHROMIUM } from '../../core/summary/chromium';
import { recordExport, renderSummary, summarySetup } from '../../core/summary/service';
import type { Command } from '../command';
import { writePrivateFile } from '../files';
import { UsageError, print, terminalSafe } from '../io';

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

function date(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(`${option} must be a date written as YYYY-MM-DD.`);
  }
  return value;
}

export const summary: Command = {
  name: 'summary',
  summary:
    'Write a summary for your therapist (Markdown, or PDF where Chromium is installed). Not encrypted.',
  usage:
    '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--relationship NAME]... [--include ID]... [--excerpt ID]... [--format md|pdf] [--out FILE] [--sections LIST] [--name NAME] [--page a4|letter] [--force]',
  async run(args, { io, withJournal }) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        relationship: { type: 'string', multiple: true },
        include: { type: 'string', multiple: true },
        excerpt: { type: 'string', multiple: true },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        sections: { type: 'string' },
        name: { type: 'string', default: '' },
        page: { type: 'string', default: 'a4' },
        force: { type: 'boolean' },
      },
    });
    const format = oneOf(values.format, SUMMARY_FORMATS, '--format');
    const pageSize = oneOf(values.page, PAGE_SIZES, '--page');
    const sections = values.sections
      ? values.sections
          .split(',')
          .map((s) => oneOf<SummarySectionKind>(s.trim(), SUMMARY_SECTIONS, '--sections'))
      : [...SUMMARY_SECTIONS];
    const from = date(values.from, '--from');
    const to = date(values.to, '--to');
    if (format === 'pdf' && !values.out) throw new UsageError('A PDF needs --out FILE.');
    const chromium = findSystemChromium(io.env);
    if (format === 'pdf' && chromium === null) throw new JournalError('UNAVAILABLE', NO_CHROMIUM);

    const rendered = await withJournal(async (journal) => {
      const now = new Date();
      const setup = await summarySetup(journal, now);
      const relationships = await journal.listRelationships();
      const relationshipIds = (values.relationship ?? []).map((name) => {
        const found = relationships.find(
          (r) => r.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
        );
        if (!found) throw new UsageError(`There is no relationship called "${name}".`);
        return found.id;
      });
      const excerpts = new Set(values.excerpt ?? []);
      const ids = [...new Set([...(values.include ?? []), ...excerpts])];
      const request: SummaryRequest = {
        from: from ?? setup.from,
        to: to ?? (from ? localDate(now) : setup.to),
        relationshipIds,
        dimensionKeys: [],
        sections,
        entries: ids.map((id) => ({ id, excerpt: excerpts.has(id) })),
        notes: '',
        name: values.name,
        pageSize,
      };
      for (const id of ids) {
        await journal.getEntry(id).catch(() => {
          throw new UsageError(`There is no entry with the id ${id}.`);
        });
      }
      const result = await renderSummary(journal, request, format, {
        today: now,
        printPdf: chromiumPrinter(chromium),
      });
      if (values.out) await writePrivateFile(values.out, result.bytes, values.force === true);
      await recordExport(journal, request, format, now);
      return result;
    });
    if (!values.out) {
      io.stdout.write(terminalSafe(Buffer.from(rendered.bytes).toString('utf8')));
      return;
    }
    print(
      io,
      `Wrote a summary of ${rendered.document.rangeLabel} (${rendered.document.includedCount} entries quoted) to ${values.out}.`,
    );
    io.stderr.write(
      `Note: ${values.out} is not encrypted. Share it only with the person it is for.\n`,
    );
  },
};
