import { BrowserWindow, type Session, nativeTheme } from 'electron';
import { APP_ORIGIN } from './protocol';

export type WindowOptions = Readonly<{ preloadPath: string; session: Session; iconPath?: string }>;

/** The one window: sandboxed, isolated, no Node, its title never showing journal content. */
export function createMainWindow({ preloadPath, session, iconPath }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Twofold',
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
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  });
  // The page title could echo an entry; the window keeps its own name.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
