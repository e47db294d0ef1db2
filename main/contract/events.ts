// Messages main sends to the window without being asked. Kept apart from the request methods:
// they carry no journal data, only what happened.

export const EVENT_CHANNEL = 'twofold:event';

export const COMMANDS = [
  'newEntry',
  'search',
  'focusMode',
  'lock',
  'nextEntry',
  'previousEntry',
  'showHelp',
  'openSettings',
  'showJournal',
  'showTrends',
  'exportSummary',
] as const;

export type AppCommand = (typeof COMMANDS)[number];

export type JournalEvent =
  /** The journal was locked by main (idle, suspend, screen lock, the menu or the tray). */
  | Readonly<{ type: 'locked' }>
  /** A menu item or a global shortcut asked the window to do something. */
  | Readonly<{ type: 'command'; command: AppCommand }>
  /** Main is about to lock or quit: save what is being typed, then call `lock`. */
  | Readonly<{ type: 'flush' }>;

export type JournalEvents = Readonly<{
  subscribe(listener: (event: JournalEvent) => void): () => void;
}>;

export function isJournalEvent(value: unknown): value is JournalEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as { type?: unknown; command?: unknown };
  if (event.type === 'locked' || event.type === 'flush') return true;
  return (
    event.type === 'command' &&
    typeof event.command === 'string' &&
    (COMMANDS as readonly string[]).includes(event.command)
  );
}
