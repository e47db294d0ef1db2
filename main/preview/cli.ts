import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FLOOR_KDF } from '../core/vault/lifecycle';
import { downloadsPlatform } from './downloads-platform';
import { startPreviewServer } from './server';

// npm run preview:web -- [--vault DIR] [--port N] [--downloads DIR] [--fast-kdf]

const { values } = parseArgs({
  options: {
    vault: { type: 'string' },
    port: { type: 'string' },
    downloads: { type: 'string' },
    'fast-kdf': { type: 'boolean', default: false },
  },
});

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first.');
  process.exit(1);
}

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('--port must be a number between 0 and 65535.');
  process.exit(2);
}

const throwaway = values.vault === undefined;
const scratch = await mkdtemp(join(tmpdir(), 'twofold-preview-'));
const vaultDir = values.vault ? resolve(values.vault) : join(scratch, 'vault');
const downloads = values.downloads ? resolve(values.downloads) : join(scratch, 'downloads');

const server = await startPreviewServer({
  rendererDir,
  vaultDir,
  port,
  platform: downloadsPlatform(downloads),
  session: values['fast-kdf'] ? { kdf: FLOOR_KDF } : {},
});

console.log(`Twofold preview: ${server.url}`);
console.log(`Vault: ${throwaway ? 'a throwaway vault (deleted when you stop)' : vaultDir}`);
console.log(`Saved files go to: ${downloads}`);
console.log('Press Ctrl+C to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  if (throwaway) await rm(scratch, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
