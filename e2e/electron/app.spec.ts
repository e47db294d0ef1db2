import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Launches the real app where an Electron binary is installed. On machines where Electron's
// download host is unreachable the binary is missing, and these tests say so and skip.

const root = resolve(import.meta.dirname, '../..');
const pathFile = join(root, 'node_modules/electron/path.txt');

function electronBinary(): string | null {
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.skip(
  binary === null,
  'Electron binary not installed (its download host is unreachable here); run `npx install-electron` where it is.',
);

test('the real app opens a hardened window on the create screen', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'twofold-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(root, 'out/main/index.js')],
    env: { ...process.env, TWOFOLD_DATA_DIR: join(dataDir, 'journal') },
  });
  try {
    const window = await app.firstWindow();
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
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
