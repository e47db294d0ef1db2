import type { JournalApi, JournalEvents } from '../../main/contract';

declare global {
  interface Window {
    /** The journal, as the preload (or the browser preview's bridge) exposes it. */
    readonly journal: JournalApi;
    readonly journalEvents: JournalEvents;
  }
}

export {};
