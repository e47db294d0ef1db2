import type { App, Session, WebContents } from 'electron';
import { isAllowedRequest } from './origin';

// Electron's security checklist, applied to every session and every web contents the app ever
// creates: nothing navigates, nothing opens, nothing asks for permissions, nothing downloads,
// nothing leaves the machine. The functions take just the parts of Electron they touch, so
// tests drive them with plain fakes.

export type HardenableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'on'
> & { readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export type HardenableApp = Pick<App, 'on' | 'enableSandbox'>;

/** Where the dictionary downloader would go, if it ever ran: nowhere. */
const NO_DICTIONARIES = 'https://0.0.0.0/';

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  // The app's own bundle is the only thing any request may reach.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.on('will-download', (event) => event.preventDefault());
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARIES);
}

export function hardenContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Must run before the app is ready. */
export function hardenApp(app: HardenableApp): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('session-created', (session) => hardenSession(session));
}
