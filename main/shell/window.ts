import type { BrowserWindow as ElectronWindow, NativeTheme, Session } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { WINDOW_TITLE } from './privacy';

/** The parts of Electron the window needs, handed in so a test can look at what it is given. */
export type WindowDeps = Readonly<{
  BrowserWindow: typeof ElectronWindow;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'>;
}>;

export type WindowOptions = Readonly<{
  preloadPath: string;
  session: Session;
  /** DevTools for development only; a packaged app has none. */
  devTools: boolean;
  iconPath?: string;
}>;

/**
 * The one window. Its web preferences are Electron's security checklist, written out here where
 * Electronegativity can read them: isolated and sandboxed, no Node anywhere, no webview, no
 * insecure or experimental content, no middle-click windows, no spellchecker (its dictionaries
 * would be downloaded, and what it learns written to disk). The title never shows content.
 */
export function createMainWindow(
  { BrowserWindow, nativeTheme }: WindowDeps,
  { preloadPath, session, devTools, iconPath }: WindowOptions,
): ElectronWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: WINDOW_TITLE,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1a19' : '#faf8f5',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      autoplayPolicy: 'user-gesture-required',
      devTools,
    },
  });
  // The page title could echo an entry; the window keeps its own name.
  window.on('page-title-updated', (event) => event.preventDefault());
  // Screenshots, screen sharing and the app switcher's preview show a blank window where the
  // system supports it (macOS, Windows).
  window.setContentProtection(true);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
