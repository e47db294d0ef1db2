import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { JournalApp } from '../support/journal-app';
import { ELECTRON_BINARY, NO_ELECTRON, launchApp } from './launch';

// The checklist as the real app applies it. Each item is also unit-tested without Electron
// (main/shell/*.test.ts); these confirm that Electron honours what the shell asks for.

test.skip(ELECTRON_BINARY === null, NO_ELECTRON);

const PASSPHRASE = 'lantern over still water';

async function everyFileContains(folder: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const item of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const path = join(item.parentPath, item.name);
    const bytes = await readFile(path).catch(() => Buffer.alloc(0));
    if (bytes.includes(Buffer.from(needle)) || bytes.includes(Buffer.from(needle, 'utf16le'))) {
      hits.push(path);
    }
  }
  return hits;
}

test('the window runs sandboxed, in a session that keeps nothing on disk, without spellchecker', async () => {
  const launched = await launchApp();
  try {
    await expect(
      launched.window.getByRole('heading', { name: 'Start your private journal' }),
    ).toBeVisible();
    const seen = await launched.app.evaluate(({ BrowserWindow, app }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      const pid = contents.getOSProcessId();
      const metric = app.getAppMetrics().find((m) => m.pid === pid);
      return {
        url: contents.getURL(),
        persistent: contents.session.isPersistent(),
        spellchecker: contents.session.isSpellCheckerEnabled(),
        // Reported on macOS and Windows only.
        sandboxed: metric?.sandboxed ?? true,
      };
    });
    expect(seen).toEqual({
      url: 'app://twofold/index.html',
      persistent: false,
      spellchecker: false,
      sandboxed: true,
    });
    const page = (await launched.window.evaluate(`({
      node: typeof require + typeof process + typeof module,
      frozen: Object.isFrozen(window.journal),
    })`)) as { node: string; frozen: boolean };
    expect(page).toEqual({ node: 'undefinedundefinedundefined', frozen: true });
  } finally {
    await launched.close();
  }
});

test('the page cannot navigate, open windows, reach the network or get permissions', async () => {
  const { app, window, close } = await launchApp();
  try {
    await expect(window.getByRole('heading', { name: 'Start your private journal' })).toBeVisible();
    const outcome = (await window.evaluate(`(async () => {
      const fetched = await fetch('https://example.com/').then(() => 'reached', () => 'refused');
      const opened = window.open('https://example.com/') === null ? 'refused' : 'opened';
      const notifications = await Notification.requestPermission();
      const camera = await navigator.mediaDevices
        .getUserMedia({ video: true })
        .then(() => 'granted', () => 'refused');
      location.href = 'https://example.com/';
      return { fetched, opened, notifications, camera };
    })()`)) as Record<string, string>;
    expect(outcome).toEqual({
      fetched: 'refused',
      opened: 'refused',
      notifications: 'denied',
      camera: 'refused',
    });
    await expect(window.getByRole('heading', { name: 'Start your private journal' })).toBeVisible();
    expect(window.url()).toBe('app://twofold/index.html');
    expect(app.windows()).toHaveLength(1);
  } finally {
    await close();
  }
});

test('suspend locks and clears the window; no word reaches the disk in plain form', async () => {
  const launched = await launchApp();
  const { app, window } = launched;
  const journal = new JournalApp(window);
  const canary = 'cobalt-canary-2207';
  try {
    await journal.createJournal(PASSPHRASE);
    await journal.newEntry();
    await journal.title.fill(`About ${canary}`);
    await journal.write(`Something private: ${canary}`);
    await app.evaluate(({ powerMonitor }) => powerMonitor.emit('suspend'));
    await journal.expectLocked();
    expect(await window.content()).not.toContain(canary);
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle()),
    ).toBe('Twofold');

    await journal.unlock(PASSPHRASE);
    await journal.timelineItem(new RegExp(canary)).click();
    await expect(journal.editor).toContainText(canary);
    await journal.lock();
    await app.close();

    for (const folder of [launched.vaultDir, launched.profileDir]) {
      for (const secret of [canary, PASSPHRASE]) {
        expect(await everyFileContains(folder, secret), `${secret} in ${folder}`).toEqual([]);
      }
    }
  } finally {
    await launched.close();
  }
});
