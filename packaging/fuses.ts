import { type FuseConfig, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Every fuse in Electron's binary, set on purpose for release builds (and the build fails if a
 * new Electron adds one nobody has decided about). Fuses are flipped before signing, so the
 * operating system's signature check keeps them as they are.
 */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The binary cannot be run as a plain Node.js (ELECTRON_RUN_AS_NODE) to borrow its identity.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store is encrypted with the OS keychain (Twofold keeps none, but still).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS cannot inject code or flags into the app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends cannot attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app's code in app.asar is checked against the hash signed into the app.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Code is loaded from app.asar only, never from a folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // One V8 snapshot for every process; no separate browser-process snapshot file to swap.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Pages are served from app://, so file:// gets no privileges beyond a browser's.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} satisfies FuseConfig;
