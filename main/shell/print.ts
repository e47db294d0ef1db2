import { BrowserWindow, session as sessions } from 'electron';
import { PDF_MARGINS, type PdfPrinter } from '../core/summary/pdf';
import { APP_ORIGIN, APP_SCHEME } from './origin';

// The app prints summaries with its own Chromium: a hidden window, in a session of its own that
// lives in memory only, with no script, no preload and nothing it may fetch. The page comes
// from memory (no temp file) and the window is destroyed as soon as the PDF exists.

const PRINT_PARTITION = 'twofold-print';
const PRINT_URL = `${APP_ORIGIN}/summary-print.html`;
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

let pending: string | null = null;
let registered = false;

function printSession() {
  const session = sessions.fromPartition(PRINT_PARTITION);
  if (!registered) {
    registered = true;
    session.protocol.handle(APP_SCHEME, (request) => {
      const html = request.url === PRINT_URL ? pending : null;
      if (html === null) return new Response('Not found', { status: 404 });
      return new Response(html, {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': PRINT_CSP,
        },
      });
    });
  }
  return session;
}

export const electronPdfPrinter: PdfPrinter = async ({ html, pageSize, footer }) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
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
      devTools: false,
    },
  });
  try {
    pending = html;
    await window.loadURL(PRINT_URL);
    pending = null;
    const pdf = await window.webContents.printToPDF({
      pageSize: pageSize === 'letter' ? 'Letter' : 'A4',
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margins: { ...PDF_MARGINS },
    });
    return new Uint8Array(pdf);
  } finally {
    pending = null;
    window.destroy();
  }
};
