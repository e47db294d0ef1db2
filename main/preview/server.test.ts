import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../core/testing/temp-vault';
import { type PreviewServer, startPreviewServer } from './server';

// The preview serves a real journal over HTTP, so it is attacked like a server: without the
// token, with a token in a disguised path, from a foreign page, with paths that climb out of
// the renderer's folder, with bodies far too big, and from anywhere but loopback.

let root: string;
let cleanup: () => Promise<void>;
let server: PreviewServer;
let port: number;

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'index.html'),
    '<html><head><meta http-equiv="Content-Security-Policy" content="x"></head><body>app</body></html>',
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  server = await startPreviewServer({
    rendererDir,
    vaultDir: join(root, 'vault'),
    session: { kdf: TEST_KDF, compaction: TEST_COMPACTION },
  });
  port = Number(new URL(server.origin).port);
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

type Reply = { status: number; body: string };

/** A raw request: the path is sent exactly as written, headers as given. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const rpc = (body: Buffer | string, headers: Record<string, string> = {}) =>
  send('/__twofold/rpc/journal:getStatus', {
    method: 'POST',
    headers: { 'x-twofold-token': server.token, 'content-type': 'application/json', ...headers },
    body: Buffer.from(body),
  });

describe('the preview server', () => {
  it('serves the page, and so the token, only to a request that has the token', async () => {
    expect((await send(`/?token=${server.token}`)).body).toContain(server.token);
    for (const path of [
      '/',
      '/index.html',
      '/index%2ehtml',
      '/%69ndex.html',
      '/assets/../index.html',
    ]) {
      const reply = await send(path);
      expect(reply.status, path).toBe(403);
      expect(reply.body, path).not.toContain(server.token);
    }
    const wrong = await send(`/index%2ehtml?token=${server.token.replace(/^./, 'A')}x`);
    expect(wrong.status).toBe(403);
    expect((await send('/__twofold/bridge.js?token=nope')).status).toBe(403);
    expect((await send('/__twofold%2fbridge.js')).status).toBe(403);
    expect((await send('/assets/app.js')).status).toBe(200);
  });

  it('refuses a foreign Origin or Host, and a wrong token, on the journal itself', async () => {
    expect((await rpc('{"request":null}')).status).toBe(200);
    expect((await rpc('{}', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('{}', { host: 'evil.example' })).status).toBe(403);
    expect((await rpc('{}', { 'x-twofold-token': 'guess' })).status).toBe(403);
    const bridge = await send(`/__twofold/bridge.js?token=${server.token}`, {
      headers: { origin: 'http://127.0.0.1:1' },
    });
    expect(bridge.status).toBe(403);
  });

  it('never serves a file outside the renderer, however the path climbs', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/%E0%A4%A',
    ]) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('outside the renderer');
    }
  });

  it('refuses a body over 16 MB before reading it all, and writes nothing', async () => {
    const before = await readdir(root, { recursive: true });
    const reply = await rpc(Buffer.alloc(17 * 1024 * 1024, 0x20)).catch((error: unknown) => ({
      status: (error as NodeJS.ErrnoException).code === 'EPIPE' ? 413 : 0,
      body: '',
    }));
    expect(reply.status).toBe(413);
    expect(await readdir(root, { recursive: true })).toEqual(before);
    expect((await rpc('{"request":null}')).status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(server.origin).toBe(`http://127.0.0.1:${port}`);
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '::1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });
});
