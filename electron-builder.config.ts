import type { Configuration } from 'electron-builder';
import { afterPack } from './packaging/after-pack';

// Release builds: `npm run package`. Only the built app and its runtime dependencies go in,
// inside app.asar (checked by the ASAR integrity fuse); the native Argon2 module stays beside it.
// There is no publish target and no update feed: Twofold never looks for updates online.
const config: Configuration = {
  appId: 'app.twofold.journal',
  productName: 'Twofold',
  copyright: 'Twofold',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**', 'resources/**', 'package.json', '!**/*.map', '!out/main/cli.js'],
  asar: true,
  asarUnpack: ['**/*.node'],
  npmRebuild: false,
  publish: null,
  afterPack,
  mac: {
    category: 'public.app-category.lifestyle',
    hardenedRuntime: true,
    target: ['dmg'],
  },
  win: { target: ['nsis'] },
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
};

export default config;
