import { type Session, type WebContents, app } from 'electron';
import { APP_ORIGIN } from './protocol';

// Electron's security checklist, applied to every session and every web contents the app ever
// creates: nothing navigates, nothing opens, nothing asks for permissions, nothing leaves the
// machine.

const ALLOWED_URL = /^(app:\/\/twofold\/|devtools:\/\/|chrome-extension:\/\/)/;

export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  // The app's own bundle is the only thing any request may reach.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !ALLOWED_URL.test(details.url) });
  });
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('session-created', hardenSession);
}
