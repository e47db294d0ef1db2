import { join } from 'node:path';
import { type BrowserWindow, Menu, app, powerMonitor, session as sessions } from 'electron';
import { EVENT_CHANNEL, type JournalEvent } from './contract/events';
import { APP_FOLDER } from './core/paths';
import { JournalSession, createHandlers } from './core/service';
import { registerIpc } from './shell/ipc';
import { buildMenu } from './shell/menu';
import { electronPlatform } from './shell/platform';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { hardenApp, hardenSession } from './shell/security';
import { createMainWindow } from './shell/window';

// The Electron shell: paths, one window, the menu, and the wiring from IPC to the journal core.
// Everything worth testing lives in the core; this file only connects it.

const here = import.meta.dirname;
const FLUSH_TIMEOUT_MS = 2000;

hardenApp();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

let window: BrowserWindow | null = null;

function send(event: JournalEvent): void {
  window?.webContents.send(EVENT_CHANNEL, event);
}

async function start(): Promise<void> {
  const vaultDir =
    process.env['TWOFOLD_DATA_DIR'] || join(app.getPath('appData'), APP_FOLDER, 'journal');
  // An in-memory session: no HTTP cache, cookies or web storage ever reach the disk.
  const appSession = sessions.fromPartition('twofold');
  hardenSession(appSession);
  serveRenderer(appSession, join(here, '../renderer'));

  const journal = new JournalSession(vaultDir);
  registerIpc(
    createHandlers(
      journal,
      electronPlatform(() => window),
    ),
  );
  journal.onLock(() => send({ type: 'locked' }));

  const open = () => {
    window = createMainWindow({
      preloadPath: join(here, '../preload/index.cjs'),
      session: appSession,
    });
    window.on('closed', () => {
      window = null;
    });
  };
  open();
  Menu.setApplicationMenu(
    buildMenu((command) => send({ type: 'command', command }), process.platform === 'darwin'),
  );

  /** Asks the window to save what is being typed, then locks (whatever the window answers). */
  const flushAndLock = async () => {
    if (!journal.isUnlocked) return;
    send({ type: 'flush' });
    const deadline = Date.now() + FLUSH_TIMEOUT_MS;
    while (journal.isUnlocked && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await journal.lock();
  };

  powerMonitor.on('suspend', () => void flushAndLock());
  powerMonitor.on('lock-screen', () => void flushAndLock());

  app.on('second-instance', () => {
    if (!window) return open();
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !journal.isUnlocked) return;
    event.preventDefault();
    quitting = true;
    void flushAndLock().finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
