import { existsSync } from 'node:fs';

// Playwright never downloads a browser here: it drives a Chromium that is already installed.
// The search order: an explicit path, Debian/Ubuntu's chromium, Google Chrome, then a browser
// Playwright installed itself (on machines where that is possible).

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const MISSING_CHROMIUM =
  'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

export function findChromium(playwrightOwn?: () => string): string {
  const fromEnv = process.env['CHROMIUM_PATH'] || process.env['TWOFOLD_CHROMIUM'];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  try {
    const own = playwrightOwn?.();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(MISSING_CHROMIUM);
}

/** Flags for a quiet, offline, headless Chromium (and the sandbox off when running as root). */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
