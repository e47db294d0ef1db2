import type { MenuItemConstructorOptions } from 'electron';

// What the rest of the system may see of Twofold: its name, and ways to lock it. Never a
// title, a recent file or a notification that could show what someone wrote.

/** The window's title, whatever the page does. */
export const WINDOW_TITLE = 'Twofold';

/** What the tray icon says when the pointer rests on it. */
export const TRAY_TOOLTIP = 'Twofold';

export type LockMenuActions = Readonly<{ lock(): void; show(): void; quit(): void }>;

/** The tray (menu bar on macOS) icon's menu: always a way to lock, even with the window hidden. */
export function trayMenuTemplate(actions: LockMenuActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Twofold', click: () => actions.show() },
    { label: 'Lock Journal', click: () => actions.lock() },
    { type: 'separator' },
    { label: 'Quit Twofold', click: () => actions.quit() },
  ];
}

/** The Dock icon's menu on macOS (Quit is already there). */
export function dockMenuTemplate(actions: LockMenuActions): MenuItemConstructorOptions[] {
  return [{ label: 'Lock Journal', click: () => actions.lock() }];
}
