#!/usr/bin/env node
// `npm start`: build, make sure Electron's binary is there (fetching it if the network
// allows), then run the app. Without a binary it says so in one sentence and exits 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      process.platform === 'win32' ? 'electron.exe' : 'electron',
    );
    return existsSync(candidate) ? candidate : null;
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

if (!existsSync(electronDir)) {
  console.error('Twofold is not installed yet: run `npm ci` first.');
  process.exit(1);
}

const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
  stdio: 'inherit',
  cwd: root,
});
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = electronBinary();
if (!binary) {
  console.log("Fetching Electron's binary…");
  const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  binary = fetched.status === 0 ? electronBinary() : null;
}
if (!binary) {
  console.error(
    "Twofold cannot start: Electron's binary is not installed and could not be downloaded (its release host is unreachable from here); run `npx install-electron` on a machine with internet access, or use `npm run preview:web` to try the app in a browser.",
  );
  process.exit(1);
}

const child = spawn(binary, [root], { stdio: 'inherit', cwd: root });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
