import { join } from 'node:path';
import { type App, Menu, Tray } from 'electron';
import { type LockMenuActions, TRAY_TOOLTIP, dockMenuTemplate, trayMenuTemplate } from './privacy';

/** A tray icon, and on macOS a Dock menu, that lock the journal without opening the window. */
export function installLockMenus(
  app: App,
  resourcesDir: string,
  actions: LockMenuActions,
): Tray | null {
  if (process.platform === 'darwin') {
    app.dock?.setMenu(Menu.buildFromTemplate(dockMenuTemplate(actions)));
  }
  try {
    const icon = join(
      resourcesDir,
      process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png',
    );
    const tray = new Tray(icon);
    tray.setToolTip(TRAY_TOOLTIP);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(actions)));
    return tray;
  } catch {
    // Some Linux desktops have no tray; the menu, the shortcut and the Dock still lock.
    return null;
  }
}
