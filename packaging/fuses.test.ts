import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config from '../electron-builder.config';
import { type PackedApp, afterPack, packedElectronPath } from './after-pack';
import { FUSES } from './fuses';

const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

describe('the fuses of a release build', () => {
  it('turn off running as Node, NODE_OPTIONS and the inspector', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('turn on cookie encryption, ASAR integrity and loading the app only from ASAR', () => {
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('give file:// no extra privileges and load no separate browser snapshot', () => {
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(FUSES[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false);
  });

  it('leave no fuse to its default, and refuse to build if Electron adds one', () => {
    expect(FUSES.version).toBe(FuseVersion.V1);
    expect(FUSES.strictlyRequireAllFuses).toBe(true);
    for (const name of fuseNames) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options];
      expect(typeof FUSES[index], name).toBe('boolean');
    }
  });
});

describe('the packaging config', () => {
  it('packs the app into an integrity-checked ASAR and flips the fuses after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe(afterPack);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', '!**/*.map']));
  });

  it('publishes nowhere, so the app has no update feed to check', () => {
    expect(config.publish).toBeNull();
  });

  it('finds the packed Electron binary on each platform', () => {
    // The Linux packager also knows the executable's name.
    const packager = { appInfo: { productFilename: 'Twofold' }, executableName: 'twofold' };
    const context = (platform: string): PackedApp => ({
      appOutDir: '/build/out',
      electronPlatformName: platform,
      arch: 1,
      packager,
    });
    expect(packedElectronPath(context('darwin'))).toBe('/build/out/Twofold.app');
    expect(packedElectronPath(context('win32'))).toBe('/build/out/Twofold.exe');
    expect(packedElectronPath(context('linux'))).toBe('/build/out/twofold');
  });
});
