import { expect, test } from '@playwright/test';
import { ELECTRON_BINARY, NO_ELECTRON, launchApp } from './launch';

test.skip(ELECTRON_BINARY === null, NO_ELECTRON);

test('the real app opens a hardened window on the create screen', async () => {
  const { window, close } = await launchApp();
  try {
    await expect(window.getByRole('heading', { name: 'Start your private journal' })).toBeVisible();
    expect(await window.title()).toBe('Twofold');
    // Sandboxed, isolated, no Node: the page sees window.journal and nothing of Node or Electron.
    const exposed = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipc: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
      journal: typeof (globalThis as { journal?: unknown }).journal,
    }));
    expect(exposed).toEqual({
      require: 'undefined',
      process: 'undefined',
      ipc: 'undefined',
      journal: 'object',
    });
  } finally {
    await close();
  }
});
