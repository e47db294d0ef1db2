import type { Handlers } from '../../../contract';
import { systemClock } from '../../clock';
import {
  listExports,
  previewSummary,
  recordExport,
  renderSummary,
  saveChoices,
  summarySetup,
} from '../../summary/service';
import type { ServiceContext } from '../context';
import { noPdfPrinter } from '../platform';

export function summaryHandlers({
  session,
  platform,
  wrote,
}: ServiceContext): Pick<
  Handlers,
  | 'getSummarySetup'
  | 'previewSummary'
  | 'exportSummary'
  | 'listSummaryExports'
  | 'listTherapySessions'
  | 'saveTherapySession'
  | 'deleteTherapySession'
> {
  return {
    getSummarySetup: () => summarySetup(session.current(), systemClock()),
    previewSummary: (request) => previewSummary(session.current(), request, systemClock()),
    exportSummary: async ({ request, format }) => {
      const journal = session.current();
      const now = systemClock();
      const rendered = await renderSummary(journal, request, format, {
        today: now,
        printPdf: platform.printPdf ?? noPdfPrinter,
      });
      const saved = await platform.saveFile({
        suggestedName: rendered.suggestedName,
        filters:
          format === 'pdf'
            ? [{ name: 'PDF document', extensions: ['pdf'] }]
            : [{ name: 'Markdown', extensions: ['md'] }],
        bytes: rendered.bytes,
      });
      await wrote(saveChoices(journal, request, format));
      if (!saved.saved) return { saved: false, fileName: null };
      await wrote(recordExport(journal, request, format, now));
      return { saved: true, fileName: saved.fileName };
    },
    listSummaryExports: () => listExports(session.current()),
    listTherapySessions: () => session.current().listTherapySessions(),
    saveTherapySession: (s) => wrote(session.current().saveTherapySession(s)),
    deleteTherapySession: ({ id }) => wrote(session.current().deleteTherapySession(id)),
  };
}
