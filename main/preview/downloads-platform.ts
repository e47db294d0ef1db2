import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Platform } from '../core/service';

/**
 * The preview has no system dialog: "saving" writes into one folder chosen when it starts, under
 * the suggested name (made unique), owner-only.
 */
export function downloadsPlatform(folder: string): Platform & { readonly folder: string } {
  return {
    folder,
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
