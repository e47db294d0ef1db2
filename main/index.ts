import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  Tray,
  app,
  nativeTheme,
  powerMonitor,
  session as sessions,
} from 'electron';
import { EVENT_CHANNEL, type JournalEvent } from './contract/events';
import { APP_FOLDER } from './core/paths';
import { JournalSession, createHandlers } from './core/service';
import { registerIpc } from './shell/ipc';
import { lockBeforeClose } from './shell/close-guard';
import { buildMenu } from './shell/menu';
import { electronPlatform } from './shell/platform';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { hardenApp, hardenSession } from './shell/security';
import { installLockMenus } from './shell/tray';
import { createMainWindow } from './shell/window';

// The Electron shell: paths, one window, the menu, and the wiring from IPC to the journal core.
// Everything worth testing lives in the core; this file only connects it.

const here = import.meta.dirname;

hardenApp(app);
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
  // Nothing Twofold does belongs in the system's recent-documents lists.
  app.clearRecentDocuments();
  hardenSession(sessions.defaultSession);
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
  // Locks main starts (idle, suspend, screen lock, tray, quit) first let the window save typing.
  journal.setFlushRequest(() => send({ type: 'flush' }));

  const open = () => {
    window = createMainWindow(
      { BrowserWindow, nativeTheme },
      {
        preloadPath: join(here, '../preload/index.cjs'),
        session: appSession,
        devTools: !app.isPackaged,
      },
    );
    lockBeforeClose(window, journal);
    window.on('closed', () => {
      window = null;
    });
  };
  const show = () => {
    if (!window) return open();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  open();
  Menu.setApplicationMenu(
    buildMenu((command) => send({ type: 'command', command }), process.platform === 'darwin'),
  );
  installLockMenus({ Tray, Menu, platform: process.platform }, app, join(here, '../../resources'), {
    lock: () => void journal.lockSoon(),
    show,
    quit: () => app.quit(),
  });

  const lockNow = () => void journal.lockSoon();
  powerMonitor.on('suspend', lockNow);
  powerMonitor.on('lock-screen', lockNow);
  // macOS fast user switching: another person is about to use this computer.
  powerMonitor.on('user-did-resign-active', lockNow);

  app.on('second-instance', show);

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !journal.isUnlocked) return;
    event.preventDefault();
    quitting = true;
    void journal.lockSoon().finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
