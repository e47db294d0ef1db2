import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import type { Platform } from '../core/service';

/** Saving goes through the system dialog; the renderer never sees or chooses a path. */
export function electronPlatform(window: () => BrowserWindow | null): Platform {
  return {
    async saveFile({ suggestedName, filters, bytes }) {
      const parent = window();
      const options = {
        defaultPath: suggestedName,
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      };
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFile(choice.filePath, bytes, { mode: 0o600 });
      return { saved: true, fileName: basename(choice.filePath) };
    },
  };
}
