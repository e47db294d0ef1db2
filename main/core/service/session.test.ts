import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryInput } from '../../contract/domain';
import type { Journal } from '../journal';
import type { Database } from '../store/sqlite';
import { memoryOf } from '../store/sqlite-runtime';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createHandlers } from './index';
import { JournalSession, type SessionOptions } from './session';

const PASSPHRASE = 'river stone lantern moss';
const MINUTE = 60_000;

let dir: string;
let cleanup: () => Promise<void>;
let clock: number;
let session: JournalSession;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  clock = Date.UTC(2026, 10, 20, 9, 0, 0);
});
afterEach(async () => {
  vi.useRealTimers();
  await session?.lock();
  await cleanup();
});

function open(options: SessionOptions = {}): JournalSession {
  session = new JournalSession(join(dir, 'vault'), {
    kdf: TEST_KDF,
    now: () => clock,
    ...options,
  });
  return session;
}

/** Moves the injected clock and the faked timers forward together. */
async function advance(ms: number): Promise<void> {
  clock += ms;
  await vi.advanceTimersByTimeAsync(ms);
}

function nextLock(s: JournalSession): Promise<void> {
  return new Promise((resolve) => {
    const off = s.onLock(() => {
      off();
      resolve();
    });
  });
}

function entry(text: string): EntryInput {
  return {
    id: randomUUID(),
    date: '2026-11-20',
    title: null,
    text,
    doc: '{"root":{"children":[]}}',
    scores: {},
    relationships: [],
    signs: [],
    tags: [],
    share: 'default',
  };
}

/** The parts a locked journal must have let go of (private; reached only by this test). */
function internals(journal: Journal): { db: Database; dataKey: Buffer } {
  return (journal as unknown as { parts: { db: Database; dataKey: Buffer } }).parts;
}

describe('auto-lock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });

  it('locks after the default five idle minutes, not before', async () => {
    const s = open();
    await s.create(PASSPHRASE, false);
    await advance(5 * MINUTE - 1000);
    expect(s.isUnlocked).toBe(true);
    const locked = nextLock(s);
    await advance(1000);
    await locked;
    expect(s.isUnlocked).toBe(false);
  });

  it('waits again after every sign of the person', async () => {
    const s = open();
    await s.create(PASSPHRASE, false);
    for (let i = 0; i < 6; i += 1) {
      await advance(4 * MINUTE);
      s.noteActivity();
    }
    expect(s.isUnlocked).toBe(true);
    await advance(4 * MINUTE);
    expect(s.isUnlocked).toBe(true);
    const locked = nextLock(s);
    await advance(MINUTE);
    await locked;
    expect(s.isUnlocked).toBe(false);
  });

  it('follows the person’s setting at once, keeps it across unlocks, and 0 turns it off', async () => {
    const s = open();
    const handlers = createHandlers(s);
    await s.create(PASSPHRASE, false);
    await handlers.saveSettings({ autoLockMinutes: 0 });
    await advance(24 * 60 * MINUTE);
    expect(s.isUnlocked).toBe(true);

    await handlers.saveSettings({ autoLockMinutes: 2 });
    let locked = nextLock(s);
    await advance(2 * MINUTE);
    await locked;
    expect(s.isUnlocked).toBe(false);

    await s.unlock(PASSPHRASE);
    await advance(2 * MINUTE - 1000);
    expect(s.isUnlocked).toBe(true);
    locked = nextLock(s);
    await advance(1000);
    await locked;
  });

  it('asks the window to save its typing first, and lets the window lock itself', async () => {
    const s = open({ flushTimeoutMs: 3000 });
    await s.create(PASSPHRASE, false);
    const saved = entry('Typed just before walking away.');
    const ask = vi.fn(() => {
      // The window saves what was typed, then locks (as the renderer does on "flush").
      void s
        .current()
        .saveEntry(saved)
        .then(() => s.lock());
    });
    s.setFlushRequest(ask);
    const lockEvents = vi.fn();
    s.onLock(lockEvents);
    const locked = nextLock(s);
    await advance(5 * MINUTE);
    await locked;
    expect(ask).toHaveBeenCalledTimes(1);
    await advance(3000);
    expect(lockEvents).toHaveBeenCalledTimes(1);

    await s.unlock(PASSPHRASE);
    expect((await s.current().getEntry(saved.id)).text).toBe('Typed just before walking away.');
  });

  it('locks anyway when the window does not answer', async () => {
    const s = open({ flushTimeoutMs: 2000 });
    await s.create(PASSPHRASE, false);
    const ask = vi.fn();
    s.setFlushRequest(ask);
    const done = s.lockSoon();
    expect(ask).toHaveBeenCalledTimes(1);
    await advance(1999);
    // The window still has its chance to save.
    expect(s.isUnlocked).toBe(true);
    await advance(1);
    await done;
    expect(s.isUnlocked).toBe(false);
  });
});

describe('locking', () => {
  it('wipes the data key and the database’s memory', async () => {
    const s = open();
    await s.create(PASSPHRASE, false);
    const canary = 'heliotrope-canary-3390';
    const journal = s.current();
    const saved = await journal.saveEntry(entry(`Something I never said out loud: ${canary}`));
    expect((await journal.getEntry(saved.id)).text).toContain(canary);
    expect((await journal.search({ query: 'heliotrope' })).total).toBe(1);

    const { db, dataKey } = internals(journal);
    const memory = memoryOf(db);
    const inMemory = () => Buffer.from(memory!.buffer).includes(Buffer.from(canary));
    expect(inMemory()).toBe(true);
    expect(dataKey.some((byte) => byte !== 0)).toBe(true);

    await s.lock();
    expect(inMemory()).toBe(false);
    expect(dataKey.every((byte) => byte === 0)).toBe(true);
    expect(() => s.current()).toThrow(expect.objectContaining({ code: 'LOCKED' }));

    await s.unlock(PASSPHRASE);
    expect(memoryOf(internals(s.current()).db)).not.toBe(memory);
    expect((await s.current().getEntry(saved.id)).text).toContain(canary);
  });
});

describe('wrong passphrases', () => {
  it('cost nothing for the first three, then wait longer after each', async () => {
    const s = open();
    await s.create(PASSPHRASE, false);
    await s.lock();
    const attempt = (passphrase: string) =>
      s.unlock(passphrase).then(
        () => 'ok',
        (e) => e.code,
      );

    for (let i = 0; i < 3; i += 1) expect(await attempt('wrong')).toBe('WRONG_PASSPHRASE');
    expect((await s.status()).retryAfterMs).toBe(0);

    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      expect(await attempt('wrong')).toBe('WRONG_PASSPHRASE');
      const wait = (await s.status()).retryAfterMs;
      waits.push(wait);
      // Too soon: refused before the passphrase is even tried, the right one included.
      await expect(s.unlock(PASSPHRASE)).rejects.toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterMs: wait,
      });
      clock += wait;
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000]);

    expect(await attempt(PASSPHRASE)).toBe('ok');
    await s.lock();
    // A success starts the count again.
    expect(await attempt('wrong')).toBe('WRONG_PASSPHRASE');
    expect((await s.status()).retryAfterMs).toBe(0);
  });

  it('count when changing the passphrase too', async () => {
    const s = open();
    const handlers = createHandlers(s);
    await s.create(PASSPHRASE, false);
    for (let i = 0; i < 4; i += 1) {
      await expect(
        handlers.changePassphrase({ current: `guess ${i}`, next: 'a new passphrase here' }),
      ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    }
    await expect(
      handlers.changePassphrase({ current: PASSPHRASE, next: 'a new passphrase here' }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    clock += 1000;
    await handlers.changePassphrase({ current: PASSPHRASE, next: 'a new passphrase here' });
    await s.lock();
    await s.unlock('a new passphrase here');
    expect(s.isUnlocked).toBe(true);
  });
});
