import { METHOD_NAMES } from './channels';
import type { JournalApi } from './index';
import type { Result } from './result';

/** Sends one request over whatever transport the host has (Electron IPC or the preview's HTTP). */
export type Transport = (method: string, request: unknown) => Promise<Result<unknown>>;

/** Builds `window.journal` from the method list: the same object in the app and the preview. */
export function buildJournalApi(send: Transport): JournalApi {
  const api: Record<string, (request?: unknown) => Promise<Result<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = (request?: unknown) => send(method, request);
  }
  return Object.freeze(api) as unknown as JournalApi;
}
