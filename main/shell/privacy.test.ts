import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { linkConfirmation } from './link-confirmation';
import { TRAY_TOOLTIP, WINDOW_TITLE, dockMenuTemplate, trayMenuTemplate } from './privacy';

/** Clicks a menu item the way Electron would (the arguments do not matter here). */
function press(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as unknown as () => void)();
}

describe('what the rest of the system sees', () => {
  it('is the app’s name only: a fixed window title and tray tooltip', () => {
    expect(WINDOW_TITLE).toBe('Twofold');
    expect(TRAY_TOOLTIP).toBe('Twofold');
  });

  it('offers a lock in the tray and the Dock that works without the window', () => {
    const actions = { lock: vi.fn(), show: vi.fn(), quit: vi.fn() };
    const tray = trayMenuTemplate(actions);
    press(tray.find((item) => item.label === 'Lock Journal'));
    expect(actions.lock).toHaveBeenCalledTimes(1);
    expect(tray.map((item) => item.label ?? item.type)).toEqual([
      'Open Twofold',
      'Lock Journal',
      'separator',
      'Quit Twofold',
    ]);
    const dock = dockMenuTemplate(actions);
    press(dock[0]);
    expect(actions.lock).toHaveBeenCalledTimes(2);
    expect(actions.show).not.toHaveBeenCalled();
    // The icons the tray shows (a template image on macOS, in two sizes each).
    for (const icon of ['tray.png', 'tray@2x.png', 'trayTemplate.png', 'trayTemplate@2x.png']) {
      expect(existsSync(resolve(import.meta.dirname, '../../resources', icon)), icon).toBe(true);
    }
  });
});

describe('the question before a link leaves Twofold', () => {
  it('shows the whole link and makes Cancel the default for Enter and Escape', () => {
    const url = 'https://example.org/article?id=7';
    const dialog = linkConfirmation(url);
    expect(dialog.detail).toContain(url);
    expect(dialog.buttons[dialog.defaultId]).toBe('Cancel');
    expect(dialog.cancelId).toBe(dialog.defaultId);
    expect(dialog.openButton).not.toBe(dialog.cancelId);
    expect(dialog.buttons[dialog.openButton]).toBe('Open Link');
  });

  it('speaks of the mail app for an email address', () => {
    const dialog = linkConfirmation('mailto:someone@example.org');
    expect(dialog.message).toMatch(/mail app/);
    expect(dialog.detail).toContain('someone@example.org');
    expect(dialog.buttons[dialog.openButton]).toBe('Open Mail');
  });
});
