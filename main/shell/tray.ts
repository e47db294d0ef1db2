import { join } from 'node:path';
import type { Dock, Menu as ElectronMenu, Tray as ElectronTray } from 'electron';
import { type LockMenuActions, TRAY_TOOLTIP, dockMenuTemplate, trayMenuTemplate } from './privacy';

/** The parts of Electron the lock menus need, handed in so a test can look at what it is given. */
export type TrayDeps = Readonly<{
  Tray: new (icon: string) => Pick<ElectronTray, 'setToolTip' | 'setContextMenu' | 'destroy'>;
  Menu: Pick<typeof ElectronMenu, 'buildFromTemplate'>;
  platform: NodeJS.Platform;
}>;

type InstalledTray = InstanceType<TrayDeps['Tray']>;

/**
 * The tray icon lives as long as the app. Electron removes an icon whose Tray object has been
 * garbage-collected, so it is held here rather than left to whoever called install.
 */
let installed: InstalledTray | null = null;

/** A tray icon, and on macOS a Dock menu, that lock the journal without opening the window. */
export function installLockMenus(
  { Tray, Menu, platform }: TrayDeps,
  app: Readonly<{ dock?: Pick<Dock, 'setMenu'> | undefined }>,
  resourcesDir: string,
  actions: LockMenuActions,
): void {
  if (platform === 'darwin') {
    app.dock?.setMenu(Menu.buildFromTemplate(dockMenuTemplate(actions)));
  }
  try {
    const icon = join(resourcesDir, platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
    const tray = new Tray(icon);
    tray.setToolTip(TRAY_TOOLTIP);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(actions)));
    installed?.destroy();
    installed = tray;
  } catch {
    // Some Linux desktops have no tray; the menu, the shortcut and the Dock still lock.
  }
}
