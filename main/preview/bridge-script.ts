import { CHANNEL_PREFIX, METHOD_NAMES } from '../contract/channels';

/**
 * The browser preview's stand-in for the preload: the same `window.journal` (one function per
 * contract method, each answering with a Result) and `window.journalEvents`, over HTTP to the
 * preview server instead of Electron IPC. Served as a file, so the page's CSP needs no inline
 * script.
 */
export function bridgeScript(token: string): string {
  return `"use strict";
(() => {
  const token = ${JSON.stringify(token)};
  const prefix = ${JSON.stringify(CHANNEL_PREFIX)};
  const methods = ${JSON.stringify(METHOD_NAMES)};
  const KEEPALIVE_MAX = 60000;
  // Registered before the app's own listeners, so the saves they start see it.
  let leaving = false;
  addEventListener("beforeunload", () => { leaving = true; });
  addEventListener("pagehide", () => { leaving = true; });
  addEventListener("pageshow", () => { leaving = false; });
  const api = {};
  for (const method of methods) {
    api[method] = async (request) => {
      try {
        const body = JSON.stringify({ request });
        const response = await fetch("/__twofold/rpc/" + encodeURIComponent(prefix + method), {
          method: "POST",
          headers: { "content-type": "application/json", "x-twofold-token": token },
          body,
          // A save started as the tab closes must outlive the page. Browsers allow that for
          // 64 KiB of requests in all, so only then, and only for what fits.
          keepalive: leaving && new Blob([body]).size < KEEPALIVE_MAX,
        });
        return await response.json();
      } catch (error) {
        return { ok: false, error: { code: "UNAVAILABLE", message: "The preview server is not answering." } };
      }
    };
  }
  Object.defineProperty(window, "journal", { value: Object.freeze(api) });
  Object.defineProperty(window, "journalEvents", {
    value: Object.freeze({
      subscribe(listener) {
        const source = new EventSource("/__twofold/events?token=" + encodeURIComponent(token));
        source.onmessage = (message) => listener(JSON.parse(message.data));
        return () => source.close();
      },
    }),
  });
})();
`;
}
