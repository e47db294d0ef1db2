// Closing the window must not lose what was typed a moment before: the page's autosave may
// still be waiting. So the first close of an unlocked journal is held back while the journal
// locks, which asks the page to save its typing first (and locks anyway if it does not answer);
// then the window closes for real.

export type ClosableWindow = Readonly<{
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}>;

export type LockingJournal = Readonly<{ isUnlocked: boolean; lockSoon(): Promise<void> }>;

export function lockBeforeClose(window: ClosableWindow, journal: LockingJournal): void {
  let locking = false;
  window.on('close', (event) => {
    if (!journal.isUnlocked) return;
    event.preventDefault();
    if (locking) return;
    locking = true;
    void journal.lockSoon().finally(() => {
      locking = false;
      if (!window.isDestroyed()) window.close();
    });
  });
}
