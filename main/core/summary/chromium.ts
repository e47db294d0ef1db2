import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalError } from '../errors';
import { PDF_MARGINS, type PdfPrinter } from './pdf';

// PDF through the system's Chromium (driven by playwright-core, which never downloads a
// browser here). Chromium gets a private profile and temp folder, created owner-only and
// removed afterwards, so nothing of the summary outlives the print job.

/** Where Chromium or Chrome usually lives (the e2e tests look in the same places). */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_CHROMIUM =
  'Making a PDF needs Chromium or Google Chrome, and none was found. Install one (on Debian or Ubuntu: sudo apt-get install chromium), set CHROMIUM_PATH to it, or choose Markdown instead.';

/** The Chromium to print with: CHROMIUM_PATH, else a usual install place, else null. */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a quiet, offline, headless Chromium. */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
  '--disable-extensions',
  '--disk-cache-size=1',
];

export function chromiumPrinter(
  executablePath: string | null = findSystemChromium(),
  tempRoot: () => string = tmpdir,
): PdfPrinter {
  return async ({ html, pageSize, footer }) => {
    if (!executablePath) throw new JournalError('UNAVAILABLE', NO_CHROMIUM);
    const { chromium } = await import('playwright-core');
    // mkdtemp makes the folder 0700: only this user can look inside while Chromium works.
    const scratch = await mkdtemp(join(tempRoot(), 'twofold-print-'));
    try {
      const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
        executablePath,
        headless: true,
        offline: true,
        args: [...QUIET_CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        env: { ...process.env, TMPDIR: scratch, TMP: scratch, TEMP: scratch },
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        const pdf = await page.pdf({
          format: pageSize === 'letter' ? 'Letter' : 'A4',
          printBackground: false,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer,
          margin: {
            top: `${PDF_MARGINS.top}in`,
            bottom: `${PDF_MARGINS.bottom}in`,
            left: `${PDF_MARGINS.left}in`,
            right: `${PDF_MARGINS.right}in`,
          },
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  };
}
