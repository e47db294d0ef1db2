// Where the app's own page lives. Plain strings and checks, no Electron, so tests can use them.

export const APP_SCHEME = 'app';
export const APP_HOST = 'twofold';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The privileges of app://: a secure, standard origin, and nothing that loosens the page's CSP. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: false,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL of the app's own bundle (app://twofold/…), judged by parsing, not by prefix. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The only requests any session may make: the app's own bundle, inline data the page already
 * holds, and DevTools' own local pages. Everything else (http, https, ws, file, ftp…) is refused
 * before it leaves the process.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  if (parsed === null) return false;
  return (
    parsed.protocol === 'data:' || (parsed.protocol === 'devtools:' && parsed.host === 'devtools')
  );
}

/** The frame an IPC message came from, as much of it as the check needs. */
export type SenderFrame = Readonly<{ url: string; parent: unknown }> | null | undefined;

/** Only the app's own page, in its top frame, may call into main. */
export function isTrustedSender(frame: SenderFrame): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}
