import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ElectronApplication, type Page, _electron as electron } from '@playwright/test';

// Launches the real app where an Electron binary is installed. On machines where Electron's
// download host is unreachable the binary is missing, and the specs say so and skip.

const root = resolve(import.meta.dirname, '../..');
const pathFile = join(root, 'node_modules/electron/path.txt');

function electronBinary(): string | null {
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_BINARY = electronBinary();

export const NO_ELECTRON =
  'Electron binary not installed (its download host is unreachable here); run `npx install-electron` where it is.';

export type LaunchedApp = Readonly<{
  app: ElectronApplication;
  window: Page;
  /** Chromium's own profile folder for this run (--user-data-dir). */
  profileDir: string;
  /** The journal's folder (TWOFOLD_DATA_DIR). */
  vaultDir: string;
  close(): Promise<void>;
}>;

/** Starts the built app with a fresh profile and vault in a temporary folder. */
export async function launchApp(): Promise<LaunchedApp> {
  const dir = await mkdtemp(join(tmpdir(), 'twofold-electron-'));
  const profileDir = join(dir, 'profile');
  const vaultDir = join(dir, 'journal');
  const app = await electron.launch({
    executablePath: ELECTRON_BINARY!,
    args: [`--user-data-dir=${profileDir}`, join(root, 'out/main/index.js')],
    env: { ...process.env, TWOFOLD_DATA_DIR: vaultDir },
  });
  const window = await app.firstWindow();
  let closed = false;
  return {
    app,
    window,
    profileDir,
    vaultDir,
    async close() {
      if (!closed) await app.close();
      closed = true;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
