import type { AppCommand } from '../../../main/contract';

// Commands come from three places (main's menu, keyboard shortcuts, buttons) and go to one
// place: whoever registered for them.

type Listener = (command: AppCommand) => void;
const listeners = new Set<Listener>();

export function onCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function runCommand(command: AppCommand): void {
  for (const listener of [...listeners]) listener(command);
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Keyboard shortcuts, the same in the app and the preview. */
export const SHORTCUTS: ReadonlyArray<
  Readonly<{ command: AppCommand; key: string; shift?: boolean; label: string }>
> = [
  { command: 'newEntry', key: 'n', label: 'New entry' },
  { command: 'search', key: 'f', label: 'Search' },
  { command: 'focusMode', key: 'f', shift: true, label: 'Focus mode (only the page)' },
  { command: 'lock', key: 'l', label: 'Lock the journal' },
  { command: 'nextEntry', key: ']', label: 'Next entry' },
  { command: 'previousEntry', key: '[', label: 'Previous entry' },
  { command: 'showJournal', key: '1', label: 'Journal' },
  { command: 'showTrends', key: '2', label: 'Trends' },
  { command: 'openSettings', key: ',', label: 'Settings' },
  { command: 'showHelp', key: '/', label: 'Keyboard shortcuts' },
  { command: 'exportSummary', key: 'e', shift: true, label: 'Export a summary' },
];

export function shortcutLabel(key: string, shift = false): string {
  return `${isMac ? '⌘' : 'Ctrl+'}${shift ? (isMac ? '⇧' : 'Shift+') : ''}${key.toUpperCase()}`;
}

export function commandForKey(event: KeyboardEvent): AppCommand | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  const match = SHORTCUTS.find((s) => s.key === key && Boolean(s.shift) === event.shiftKey);
  return match?.command ?? null;
}
