import type { Platform } from './platform';
import type { JournalSession } from './session';

/** What every group of handlers gets: the session, and a hook to call after each write. */
export type ServiceContext = Readonly<{
  session: JournalSession;
  platform: Platform;
  /** Wraps a write so the session can schedule idle compaction once it has succeeded. */
  wrote<T>(work: Promise<T>): Promise<T>;
}>;
