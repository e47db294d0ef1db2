import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import { FUSES } from './fuses';

/** The part of electron-builder's afterPack context this hook reads. */
export type PackedApp = Readonly<{
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  /** Only the Linux packager has `executableName`. */
  packager: Readonly<{ appInfo: Readonly<{ productFilename: string }> }>;
}>;

/** electron-builder's Arch enum value for arm64. */
const ARM64 = 3;

/** Where the packed Electron binary (or macOS bundle) is, for each platform. */
export function packedElectronPath(context: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default: {
      const { executableName } = packager as { executableName?: string };
      return join(appOutDir, executableName ?? packager.appInfo.productFilename);
    }
  }
}

/** electron-builder's afterPack hook: flips the fuses before the app is signed. */
export async function afterPack(context: PackedApp): Promise<void> {
  const darwin =
    context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(packedElectronPath(context), {
    ...FUSES,
    // Apple silicon refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: darwin && context.arch === ARM64,
  });
}
