import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES, QUIET_CHROMIUM_ARGS } from '../../main/core/summary/chromium';

// Playwright never downloads a browser here: it drives a Chromium that is already installed.
// The search order: an explicit path, Debian/Ubuntu's chromium, Google Chrome, then a browser
// Playwright installed itself (on machines where that is possible).

export const MISSING_CHROMIUM =
  'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

export function findChromium(playwrightOwn?: () => string): string {
  const fromEnv = process.env['CHROMIUM_PATH'] || process.env['TWOFOLD_CHROMIUM'];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
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
  return [...QUIET_CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
}
