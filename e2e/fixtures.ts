import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { FLOOR_KDF } from '../main/core/vault/lifecycle';
import type { SessionOptions } from '../main/core/service/session';
import { downloadsPlatform } from '../main/preview/downloads-platform';
import { type PreviewServer, startPreviewServer } from '../main/preview/server';
import { JournalApp } from './support/journal-app';

/** Prepares the vault folder before the app opens it (seed data, damage, a lock held…). */
export type VaultSetup = (vaultDir: string) => Promise<void>;

type Fixtures = {
  vaultSetup: VaultSetup | null;
  /** Extra session options for the preview's core (e.g. a shorter auto-lock minute). */
  sessionOptions: SessionOptions;
  /** What the preview does for the core: saves into downloadsDir, records links it was asked to open. */
  platform: ReturnType<typeof downloadsPlatform>;
  workDir: string;
  vaultDir: string;
  downloadsDir: string;
  preview: PreviewServer;
  app: JournalApp;
};

const rendererDir = resolve(import.meta.dirname, '../out/renderer');

/**
 * Each test gets its own folder with a fresh vault, the browser preview serving the built
 * renderer over the real journal core, and a page already open on it.
 */
export const test = base.extend<Fixtures>({
  vaultSetup: [null, { option: true }],
  sessionOptions: [{}, { option: true }],
  workDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'twofold-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  vaultDir: async ({ workDir, vaultSetup }, use) => {
    const dir = join(workDir, 'vault');
    if (vaultSetup) await vaultSetup(dir);
    await use(dir);
  },
  downloadsDir: async ({ workDir }, use) => {
    await use(join(workDir, 'downloads'));
  },
  platform: async ({ downloadsDir }, use) => {
    await use(downloadsPlatform(downloadsDir));
  },
  preview: async ({ vaultDir, platform, sessionOptions }, use) => {
    const server = await startPreviewServer({
      rendererDir,
      vaultDir,
      session: { kdf: FLOOR_KDF, ...sessionOptions },
      platform,
    });
    await use(server);
    await server.close();
  },
  app: async ({ page, preview }, use) => {
    await page.goto(preview.url);
    await use(new JournalApp(page));
  },
});

export { expect } from '@playwright/test';
