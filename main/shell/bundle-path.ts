import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_CSP } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

// app:// requests become files of the renderer bundle, and only of the bundle: no "..", no
// encoded separators, no absolute paths, no other host. Pure, so every trick can be tested.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

/** The file inside `root` that an app:// URL names, or null if it names nothing allowed. */
export function resolveBundlePath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const base = resolve(root);
  const path = resolve(base, `.${pathname}`);
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return path;
}

/** Headers for every file of the bundle: its type, the CSP, and no sniffing or prefetching. */
export function bundleHeaders(path: string): Record<string, string> {
  return {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': APP_CSP,
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}
