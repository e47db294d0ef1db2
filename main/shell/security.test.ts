import { describe, expect, it, vi } from 'vitest';
import {
  type HardenableApp,
  type HardenableContents,
  type HardenableSession,
  hardenApp,
  hardenContents,
  hardenSession,
} from './security';

type Handler = (...args: never[]) => unknown;

/** A stand-in for an Electron session that remembers what was installed on it. */
function fakeSession() {
  const installed: Record<string, Handler> = {};
  const calls: Record<string, unknown[]> = {};
  const keep =
    (name: string) =>
    (handler: Handler): void => {
      installed[name] = handler;
    };
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls[name] = args;
    };
  const session = {
    setPermissionRequestHandler: keep('permissionRequest'),
    setPermissionCheckHandler: keep('permissionCheck'),
    setDevicePermissionHandler: keep('devicePermission'),
    setDisplayMediaRequestHandler: keep('displayMedia'),
    setSpellCheckerEnabled: record('spellChecker'),
    setSpellCheckerDictionaryDownloadURL: record('dictionaryUrl'),
    on: (event: string, handler: Handler) => {
      installed[event] = handler;
    },
    webRequest: { onBeforeRequest: keep('beforeRequest') },
  };
  return { session: session as unknown as HardenableSession, installed, calls };
}

function fakeContents() {
  const events: Record<string, Handler> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, handler: Handler) => {
      events[event] = handler;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  return {
    contents: contents as unknown as HardenableContents,
    events,
    open: (url: string) => openHandler?.({ url }),
  };
}

const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'storage-access',
  'window-management',
  'unknown',
];

describe('every session', () => {
  it('refuses every permission request and answers every permission check with no', () => {
    const { session, installed } = fakeSession();
    hardenSession(session);
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      (installed['permissionRequest'] as (...a: unknown[]) => void)({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect((installed['permissionCheck'] as (...a: unknown[]) => boolean)(null, permission)).toBe(
        false,
      );
    }
    expect((installed['devicePermission'] as (...a: unknown[]) => boolean)({})).toBe(false);
    const media = vi.fn();
    (installed['displayMedia'] as (...a: unknown[]) => void)({}, media);
    expect(media).toHaveBeenCalledWith({});
  });

  it('cancels every request except the app’s own bundle', () => {
    const { session, installed } = fakeSession();
    hardenSession(session);
    const decide = (url: string) => {
      const callback = vi.fn();
      (installed['beforeRequest'] as (...a: unknown[]) => void)({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    expect(decide('app://twofold/index.html')).toBe(false);
    expect(decide('app://twofold/assets/app.js')).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://192.168.1.1/',
      'wss://example.com/live',
      'file:///home/someone/.ssh/id_ed25519',
      'app://elsewhere/index.html',
    ]) {
      expect(decide(url), url).toBe(true);
    }
  });

  it('refuses downloads and keeps the spellchecker off with nowhere to fetch dictionaries', () => {
    const { session, installed, calls } = fakeSession();
    hardenSession(session);
    const event = { preventDefault: vi.fn() };
    (installed['will-download'] as (...a: unknown[]) => void)(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
    expect(calls['spellChecker']).toEqual([false]);
    expect(new URL(calls['dictionaryUrl']?.[0] as string).hostname).toBe('0.0.0.0');
  });
});

describe('every web contents', () => {
  it('may not navigate, redirect, attach a webview or open a window', () => {
    const { contents, events, open } = fakeContents();
    hardenContents(contents);
    for (const name of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]) {
      const event = { preventDefault: vi.fn() };
      expect(events[name], name).toBeDefined();
      (events[name] as (...a: unknown[]) => void)(event, 'https://example.com/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://twofold/index.html')).toEqual({ action: 'deny' });
  });
});

describe('the app', () => {
  it('sandboxes every renderer and hardens each session and web contents it creates', () => {
    const events: Record<string, Handler> = {};
    const app = {
      enableSandbox: vi.fn(),
      on: (event: string, handler: Handler) => {
        events[event] = handler;
      },
    };
    hardenApp(app as unknown as HardenableApp);
    expect(app.enableSandbox).toHaveBeenCalled();

    const { session, installed } = fakeSession();
    (events['session-created'] as (...a: unknown[]) => void)(session);
    expect(installed['beforeRequest']).toBeDefined();

    const { contents, open } = fakeContents();
    (events['web-contents-created'] as (...a: unknown[]) => void)({}, contents);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
  });
});
