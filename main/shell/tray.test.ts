import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type TrayDeps, installLockMenus } from './tray';

/** Stand-ins for Tray and Menu that remember what they were given, but hold no tray themselves. */
function fakeElectron(options: { failTray?: boolean } = {}) {
  const made: WeakRef<object>[] = [];
  const seen = { icons: [] as string[], tooltips: [] as string[], destroyed: 0 };
  const menus: MenuItemConstructorOptions[][] = [];
  class FakeTray {
    constructor(icon: string) {
      if (options.failTray) throw new Error('no tray on this desktop');
      seen.icons.push(icon);
      made.push(new WeakRef(this));
    }
    setToolTip(text: string) {
      seen.tooltips.push(text);
    }
    setContextMenu() {}
    destroy() {
      seen.destroyed += 1;
    }
  }
  const deps = {
    Tray: FakeTray as unknown as TrayDeps['Tray'],
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
        menus.push(template);
        return {} as never;
      },
    },
  };
  return { deps, made, seen, menus };
}

const actions = () => ({ lock: vi.fn(), show: vi.fn(), quit: vi.fn() });

async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  for (let round = 0; round < 5; round += 1) {
    // A WeakRef's target is kept until the current job ends; let it end before each collection.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
  }
}

describe('the tray icon', () => {
  it('stays for the life of the app, even though nobody else keeps a reference to it', async () => {
    const { deps, made, seen } = fakeElectron();
    installLockMenus({ ...deps, platform: 'linux' }, {}, '/res', actions());
    expect(seen.icons).toEqual(['/res/tray.png']);
    expect(seen.tooltips).toEqual(['Twofold']);
    await collectGarbage();
    expect(made).toHaveLength(1);
    expect(made[0]!.deref(), 'the tray was garbage-collected').toBeDefined();
  });

  it('is one icon: installing again replaces the first instead of adding a second', () => {
    const { deps, seen } = fakeElectron();
    installLockMenus({ ...deps, platform: 'linux' }, {}, '/res', actions());
    installLockMenus({ ...deps, platform: 'linux' }, {}, '/res', actions());
    expect(seen.icons).toHaveLength(2);
    expect(seen.destroyed).toBe(1);
  });

  it('uses the template image on macOS and gives the Dock a lock too', () => {
    const { deps, seen, menus } = fakeElectron();
    const setMenu = vi.fn();
    const lock = actions();
    installLockMenus({ ...deps, platform: 'darwin' }, { dock: { setMenu } }, '/r', lock);
    expect(seen.icons).toEqual(['/r/trayTemplate.png']);
    expect(setMenu).toHaveBeenCalledTimes(1);
    expect(menus.map((m) => m.map((item) => item.label ?? item.type))).toEqual([
      ['Lock Journal'],
      ['Open Twofold', 'Lock Journal', 'separator', 'Quit Twofold'],
    ]);
  });

  it('is left out, without failing, on a desktop that has no tray', () => {
    const { deps, seen } = fakeElectron({ failTray: true });
    expect(() =>
      installLockMenus({ ...deps, platform: 'linux' }, {}, '/res', actions()),
    ).not.toThrow();
    expect(seen.icons).toEqual([]);
  });
});
