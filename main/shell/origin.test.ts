import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
} from './origin';

describe('the request filter every session uses', () => {
  it('lets the app’s own bundle through', () => {
    for (const url of [
      APP_ENTRY_URL,
      'app://twofold/assets/index-3f2a.js',
      'app://twofold/assets/inter-latin-400.woff2',
    ]) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });

  it('refuses every request that could leave the machine or read other files', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/pixel.png',
      'http://127.0.0.1:8080/',
      'http://localhost/',
      'ws://example.com/socket',
      'wss://example.com/socket',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://twofold.example.com/index.html',
      'app://user:pass@twofold/index.html',
      'chrome-extension://abcdef/page.html',
      'devtools://evil/',
      'blob:https://example.com/uuid',
      'not a url',
      '',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('lets inline data and the local DevTools pages through (neither touches the network)', () => {
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true);
  });
});

describe('the IPC sender check', () => {
  it('accepts only the app’s own page in the top frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://twofold/', parent: null })).toBe(true);
  });

  it('refuses frames inside the page, other origins, and frames that are gone', () => {
    const top = { url: APP_ENTRY_URL, parent: null };
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: top })).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///app/out/renderer/index.html',
      'app://evil/index.html',
      'app://twofold.evil/index.html',
      'app://twofold@evil/index.html',
      'devtools://devtools/bundled/devtools_app.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
    ]) {
      expect(isTrustedSender({ url, parent: null }), url).toBe(false);
    }
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('judges URLs by parsing them, not by their first characters', () => {
    expect(isAppUrl('app://twofold.attacker.example/index.html')).toBe(false);
  });
});

describe('the app:// scheme', () => {
  it('is a secure standard origin that cannot bypass the CSP or run service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      allowServiceWorkers: false,
      supportFetchAPI: false,
      corsEnabled: false,
    });
  });
});
