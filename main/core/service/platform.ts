/**
 * What the host (the Electron app, the browser preview, a test) does for the core that the core
 * cannot do alone: ask the person where to save a file. Paths stay on this side of the bridge;
 * the renderer only ever learns whether the file was saved and under what name.
 */
export type SaveFileRequest = Readonly<{
  suggestedName: string;
  filters: ReadonlyArray<Readonly<{ name: string; extensions: readonly string[] }>>;
  bytes: Uint8Array;
}>;

export type SaveFileResult = Readonly<{ saved: false } | { saved: true; fileName: string }>;

import { JournalError } from '../errors';
import type { PdfPrinter } from '../summary/pdf';

export type Platform = Readonly<{
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Shows the person a link from an entry and opens it in their browser or mail app only if
   * they say yes. The URL has been checked (http, https or mailto). True if it was opened.
   */
  openLink(url: string): Promise<boolean>;
  /** Prints a self-contained HTML page (a summary) to PDF with the host's Chromium. */
  printPdf?: PdfPrinter;
}>;

/** For tests and tools that never save files or open links. */
export const noPlatform: Platform = {
  saveFile: () => Promise.resolve({ saved: false }),
  openLink: () => Promise.resolve(false),
};

export const noPdfPrinter: PdfPrinter = () =>
  Promise.reject(new JournalError('UNAVAILABLE', 'PDF printing is not available here.'));
