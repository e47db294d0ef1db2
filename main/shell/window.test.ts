import type { BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './origin';
import { type WindowDeps, createMainWindow } from './window';

/** A stand-in for BrowserWindow that remembers how it was made and used. */
function fakeElectron() {
  const made: FakeWindow[] = [];
  class FakeWindow {
    readonly events = new Map<string, (...args: unknown[]) => void>();
    readonly setContentProtection = vi.fn();
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      made.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.events.set(event, listener);
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      return this.on(event, listener);
    }
  }
  const deps = {
    BrowserWindow: FakeWindow as unknown as WindowDeps['BrowserWindow'],
    nativeTheme: { shouldUseDarkColors: false },
  };
  return { deps, made };
}

const session = {} as Session;

function open(devTools = false) {
  const { deps, made } = fakeElectron();
  createMainWindow(deps, { preloadPath: '/app/preload.cjs', session, devTools });
  const window = made[0]!;
  return { window, prefs: window.options.webPreferences as WebPreferences };
}

describe('the main window', () => {
  it('isolates the page from the preload and sandboxes it', () => {
    const { prefs } = open();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives Node to no page, worker or frame', () => {
    const { prefs } = open();
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('allows no webview, insecure content, extra Blink features or middle-click windows', () => {
    const { prefs } = open();
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('leaves the spellchecker off, so no dictionary is downloaded and no word learned on disk', () => {
    expect(open().prefs.spellcheck).toBe(false);
  });

  it('uses the in-memory session and the preload it is given, and DevTools only when asked', () => {
    const { prefs } = open();
    expect(prefs.session).toBe(session);
    expect(prefs.preload).toBe('/app/preload.cjs');
    expect(prefs.devTools).toBe(false);
    expect(open(true).prefs.devTools).toBe(true);
  });

  it('keeps its own title, hides its content from captures, and loads only the app', () => {
    const { window } = open();
    expect(window.options.title).toBe('Twofold');
    const event = { preventDefault: vi.fn() };
    window.events.get('page-title-updated')?.(event, 'An entry title');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.setContentProtection).toHaveBeenCalledWith(true);
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
  });
});
