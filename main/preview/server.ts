import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CHANNEL_PREFIX } from '../contract/channels';
import type { JournalEvent } from '../contract/events';
import { JournalSession, type Platform, createHandlers, dispatch } from '../core/service';
import type { SessionOptions } from '../core/service/session';
import { APP_CSP } from '../shell/csp';
import { bridgeScript } from './bridge-script';

// A development tool, not part of the app: serves the built renderer on 127.0.0.1 with the
// real journal core behind the same contract. Only loopback, only with this run's token, and
// only for requests whose Host and Origin are this server's own (no DNS rebinding, no CSRF).

export type PreviewOptions = Readonly<{
  rendererDir: string;
  vaultDir: string;
  port?: number;
  session?: SessionOptions;
  platform?: Platform;
}>;

export type PreviewServer = Readonly<{
  url: string;
  origin: string;
  token: string;
  session: JournalSession;
  /** Sends an event to every open page, as main does in the app. */
  broadcast(event: JournalEvent): void;
  close(): Promise<void>;
}>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The app's policy, plus what the preview itself needs: fetch to its own origin. */
const PREVIEW_CSP = APP_CSP.replace("connect-src 'none'", "connect-src 'self'");

const MAX_BODY = 16 * 1024 * 1024;

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const secret = randomBytes(24).toString('base64url');
  const session = new JournalSession(options.vaultDir, options.session);
  const handlers = createHandlers(session, options.platform);
  const root = normalize(options.rendererDir + sep);
  const listeners = new Set<ServerResponse>();
  let origin = '';

  const broadcast = (event: JournalEvent) => {
    for (const response of listeners) response.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  session.onLock(() => broadcast({ type: 'locked' }));
  // As in the app: a lock the page did not start (auto-lock) lets it save its typing first.
  session.setFlushRequest(() => broadcast({ type: 'flush' }));

  const deny = (response: ServerResponse, status: number) => {
    response
      .writeHead(status, { 'content-type': 'text/plain' })
      .end(status === 403 ? 'Forbidden' : 'Not found');
  };

  /** The file a decoded request path names inside the renderer's folder, or null. */
  const fileFor = (pathname: string): string | null => {
    const path = normalize(join(root, pathname === '/' ? '/index.html' : pathname));
    return path.startsWith(root) ? path : null;
  };

  const serveFile = async (response: ServerResponse, path: string) => {
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      return deny(response, 404);
    }
    if (extname(path) === '.html') {
      // The bridge stands in for the preload, so it must run before the app's own script.
      body = Buffer.from(
        body
          .toString('utf8')
          .replace(
            /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/,
            `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`,
          )
          .replace(
            '<head>',
            `<head>\n    <script src="/__twofold/bridge.js?token=${secret}"></script>`,
          ),
      );
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': PREVIEW_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', origin);
    if (request.headers.host !== new URL(origin).host) return deny(response, 403);
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return deny(response, 403);
    // Every decision is made on the path as the file system will see it: `/index%2ehtml` is
    // index.html, and needs the token like it.
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return deny(response, 404);
    }
    const token = url.searchParams.get('token');

    if (pathname === '/__twofold/bridge.js') {
      if (!sameToken(token, secret)) return deny(response, 403);
      response.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-store',
      });
      return response.end(bridgeScript(secret));
    }
    if (pathname === '/__twofold/events') {
      if (!sameToken(token, secret)) return deny(response, 403);
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (pathname.startsWith('/__twofold/rpc/')) {
      const header = request.headers['x-twofold-token'];
      if (
        request.method !== 'POST' ||
        !sameToken(typeof header === 'string' ? header : null, secret)
      ) {
        return deny(response, 403);
      }
      const channel = pathname.slice('/__twofold/rpc/'.length);
      let body: string;
      try {
        body = await readBody(request);
      } catch {
        // Refused without reading the rest, and the connection is not kept for more.
        response.writeHead(413, { 'content-type': 'text/plain', connection: 'close' });
        response.end('Request too large');
        request.destroy();
        return;
      }
      let payload: unknown;
      try {
        payload = (JSON.parse(body) as { request?: unknown }).request;
      } catch {
        payload = Symbol('unreadable');
      }
      const method = channel.startsWith(CHANNEL_PREFIX)
        ? channel.slice(CHANNEL_PREFIX.length)
        : null;
      const result = await dispatch(handlers, method, payload);
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return response.end(JSON.stringify(result));
    }
    if (request.method !== 'GET') return deny(response, 404);
    if (pathname.startsWith('/__twofold/')) return deny(response, 404);
    const path = fileFor(pathname);
    if (path === null) return deny(response, 404);
    // A page carries the token: only a request that already has it gets one.
    if (extname(path) === '.html' && !sameToken(token, secret)) return deny(response, 403);
    return serveFile(response, path);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${secret}`,
    origin,
    token: secret,
    session,
    broadcast,
    async close() {
      for (const response of listeners) response.end();
      listeners.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Not after `closed`: a page still open would reconnect its event stream on a kept-alive
      // socket, and that stream would hold the server open for ever.
      server.closeAllConnections();
      await closed;
      await session.lock();
    },
  };
}
