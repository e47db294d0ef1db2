import { describe, expect, it, vi } from 'vitest';
import { lockBeforeClose } from './close-guard';

function fakeWindow() {
  let onClose: ((event: { preventDefault(): void }) => void) | null = null;
  const window = {
    closed: 0,
    destroyed: false,
    on: (_: 'close', listener: (event: { preventDefault(): void }) => void) => {
      onClose = listener;
    },
    close: vi.fn(() => {
      // What Electron does: emit "close", then close unless it was prevented.
      const prevented = { value: false };
      onClose?.({ preventDefault: () => (prevented.value = true) });
      if (!prevented.value) window.closed += 1;
    }),
    isDestroyed: () => window.destroyed,
  };
  return window;
}

function fakeJournal() {
  let release: () => void = () => undefined;
  const journal = {
    isUnlocked: true,
    lockSoon: vi.fn(
      () =>
        new Promise<void>((resolve) => {
          release = () => {
            journal.isUnlocked = false;
            resolve();
          };
        }),
    ),
    finishLocking: () => release(),
  };
  return journal;
}

describe('closing the window of an unlocked journal', () => {
  it('waits for the journal to lock (the page saves its typing first), then closes', async () => {
    const window = fakeWindow();
    const journal = fakeJournal();
    lockBeforeClose(window, journal);
    window.close();
    expect(journal.lockSoon).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(0);
    // A second click on the close button while it saves starts nothing new.
    window.close();
    expect(journal.lockSoon).toHaveBeenCalledTimes(1);
    journal.finishLocking();
    await vi.waitFor(() => expect(window.closed).toBe(1));
  });

  it('closes at once when the journal is already locked', () => {
    const window = fakeWindow();
    const journal = fakeJournal();
    journal.isUnlocked = false;
    lockBeforeClose(window, journal);
    window.close();
    expect(journal.lockSoon).not.toHaveBeenCalled();
    expect(window.closed).toBe(1);
  });
});
