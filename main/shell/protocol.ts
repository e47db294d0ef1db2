import { readFile } from 'node:fs/promises';
import { type Session, protocol } from 'electron';
import { bundleHeaders, resolveBundlePath } from './bundle-path';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './origin';

// The renderer is served from app://twofold/ out of the bundle folder and nowhere else: no
// file:// access to the rest of the disk, and a CSP header on every response.

export { APP_HOST, APP_ORIGIN, APP_SCHEME } from './origin';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);
}

export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveBundlePath(rendererDir, request.url);
    if (request.method !== 'GET' || path === null) {
      return new Response('Not found', { status: 404 });
    }
    try {
      return new Response(await readFile(path), { headers: bundleHeaders(path) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
