import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Platform } from '../core/service';
import { chromiumPrinter } from '../core/summary/chromium';

/**
 * The preview has no system dialog: "saving" writes into one folder chosen when it starts, under
 * the suggested name (made unique), owner-only. It never opens a link: it notes which links the
 * page asked to open (tests read them) and answers that nothing was opened. PDFs are printed by
 * the system's Chromium.
 */
export function downloadsPlatform(
  folder: string,
): Platform & { readonly folder: string; readonly linksAsked: readonly string[] } {
  const linksAsked: string[] = [];
  return {
    folder,
    linksAsked,
    printPdf: chromiumPrinter(),
    openLink(url) {
      linksAsked.push(url);
      return Promise.resolve(false);
    },
    async saveFile({ suggestedName, bytes }) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const safe = basename(suggestedName).replace(/[^\w .()-]/g, '_') || 'twofold-file';
      const dot = safe.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
      for (let n = 0; n < 1000; n += 1) {
        const name = n === 0 ? safe : `${stem} (${n})${ext}`;
        try {
          await writeFile(join(folder, name), bytes, { mode: 0o600, flag: 'wx' });
          return { saved: true, fileName: name };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
      return { saved: false };
    },
  };
}
