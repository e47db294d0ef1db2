import { contextBridge, ipcRenderer } from 'electron';
import { buildJournalApi } from '../main/contract/bridge';
import { CHANNEL_PREFIX } from '../main/contract/channels';
import { EVENT_CHANNEL, type JournalEvents, isJournalEvent } from '../main/contract/events';
import type { Result } from '../main/contract/result';

// The whole bridge: one function per contract method, each a plain invoke on a prefixed
// channel, plus a subscription to main's events. No logic, no Node, nothing else exposed.

const journal = buildJournalApi(
  (method, request) =>
    ipcRenderer.invoke(CHANNEL_PREFIX + method, request) as Promise<Result<unknown>>,
);

const journalEvents: JournalEvents = {
  subscribe(listener) {
    const relay = (_event: Electron.IpcRendererEvent, payload: unknown) => {
      if (isJournalEvent(payload)) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('journal', journal);
contextBridge.exposeInMainWorld('journalEvents', journalEvents);
