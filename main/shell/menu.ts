import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../contract/events';

/** The usual menus, with the app's own commands sent to the window. */
export function buildMenu(send: (command: AppCommand) => void, isMac: boolean): Menu {
  const item = (
    label: string,
    command: AppCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    // Shown in the menu, handled by the page: one path for every shortcut, app or preview.
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New Entry', 'newEntry', 'CmdOrCtrl+N'),
        { type: 'separator' },
        item('Export Summary for Therapist…', 'exportSummary', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        item('Lock Journal', 'lock', 'CmdOrCtrl+L'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        item('Journal', 'showJournal', 'CmdOrCtrl+1'),
        item('Trends', 'showTrends', 'CmdOrCtrl+2'),
        { type: 'separator' },
        item('Search', 'search', 'CmdOrCtrl+F'),
        item('Focus Mode', 'focusMode', 'CmdOrCtrl+Shift+F'),
        item('Next Entry', 'nextEntry', 'CmdOrCtrl+]'),
        item('Previous Entry', 'previousEntry', 'CmdOrCtrl+['),
        { type: 'separator' },
        item('Settings…', 'openSettings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [item('Keyboard Shortcuts', 'showHelp', 'CmdOrCtrl+/')] },
  ];
  return Menu.buildFromTemplate(template);
}
