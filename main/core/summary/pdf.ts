import type { PageSize } from '../../contract/summary';

/**
 * Prints one self-contained HTML page to PDF. The app hands in Electron's printToPDF; the
 * browser preview, the command line and the tests use the system's Chromium (chromium.ts).
 */
export type PdfPrinter = (job: PdfJob) => Promise<Uint8Array>;

export type PdfJob = Readonly<{
  html: string;
  pageSize: PageSize;
  /** HTML for the running footer (Chromium fills in pageNumber and totalPages). */
  footer: string;
}>;

/** Page margins in inches, matching the @page rule so the footer sits in the bottom margin. */
export const PDF_MARGINS = { top: 0.63, bottom: 0.71, left: 0.67, right: 0.67 } as const;
