import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP } from './csp';
import { bundleHeaders, resolveBundlePath } from './bundle-path';

const root = resolve('/opt/twofold/out/renderer');

describe('serving the bundle over app://', () => {
  it('maps the app’s URLs to files inside the bundle', () => {
    expect(resolveBundlePath(root, 'app://twofold/')).toBe(join(root, 'index.html'));
    expect(resolveBundlePath(root, 'app://twofold/index.html')).toBe(join(root, 'index.html'));
    expect(resolveBundlePath(root, 'app://twofold/assets/app.js?v=1#x')).toBe(
      join(root, 'assets/app.js'),
    );
    expect(resolveBundlePath(root, 'app://twofold/assets/a%20b.css')).toBe(
      join(root, 'assets/a b.css'),
    );
  });

  it('never reaches outside the bundle, however the path is written', () => {
    // Dot segments are folded by URL parsing and stay inside the bundle (a 404 at worst).
    for (const url of [
      'app://twofold/../../etc/passwd',
      'app://twofold/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      expect(resolveBundlePath(root, url), url).toBe(join(root, 'etc/passwd'));
    }
    for (const url of [
      'app://twofold/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://twofold/..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://twofold/..%5c..%5cwindows%5cwin.ini',
      'app://twofold/index.html%00.png',
      'app://twofold/%E0%A4%A',
      'app://other/index.html',
      'app://twofold.evil/index.html',
      'file:///etc/passwd',
      'https://twofold/index.html',
      'nonsense',
    ]) {
      expect(resolveBundlePath(root, url), url).toBeNull();
    }
  });

  it('sends the CSP and no-sniff, no-prefetch headers with every file', () => {
    const headers = bundleHeaders(join(root, 'index.html'));
    expect(headers['content-security-policy']).toBe(APP_CSP);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-dns-prefetch-control']).toBe('off');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(bundleHeaders('/x/unknown.bin')['content-type']).toBe('application/octet-stream');
  });
});
