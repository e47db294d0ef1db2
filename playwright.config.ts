import { chromium, defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/support/chromium';

// Two projects. "browser" runs the built renderer in Chromium against the real journal core
// (through the browser preview's bridge). "electron" launches the real app, where an Electron
// binary exists, and reports itself skipped where it does not.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1280, height: 820 },
    launchOptions: {
      executablePath: findChromium(() => chromium.executablePath()),
      args: chromiumArgs(),
    },
  },
  projects: [
    { name: 'browser', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
});
