import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type BrowserWindow, dialog, shell } from 'electron';
import type { Platform } from '../core/service';
import { linkConfirmation } from './link-confirmation';
import { electronPdfPrinter } from './print';

/**
 * Saving goes through the system dialog (the renderer never sees or chooses a path), and a link
 * from an entry opens only after the person has read it in main's own dialog and said yes.
 */
export function electronPlatform(window: () => BrowserWindow | null): Platform {
  let asking = false;
  return {
    printPdf: electronPdfPrinter,
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
    async openLink(url) {
      // One question at a time: a page cannot stack dialogs to wear the person down.
      if (asking) return false;
      asking = true;
      try {
        const parent = window();
        const options = linkConfirmation(url);
        const { response } = parent
          ? await dialog.showMessageBox(parent, options)
          : await dialog.showMessageBox(options);
        if (response !== options.openButton) return false;
        await shell.openExternal(url, { activate: true });
        return true;
      } finally {
        asking = false;
      }
    },
  };
}
