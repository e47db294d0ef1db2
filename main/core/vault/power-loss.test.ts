import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JournalError } from '../errors';
import type { Journal } from '../journal';
import { entryInput } from '../testing/entry-input';
import { type CrashOutcome, PowerLossFs } from '../testing/power-loss-fs';
import { TEST_COMPACTION, TEST_KDF } from '../testing/temp-vault';
import { SYNC_POINTS, type SyncPoint } from './fs';
import { parseHeader, unwrapWithPassphrase } from './header';
import { type VaultOptions, createVault, unlockVault } from './lifecycle';
import {
  BACKUPS_KEPT,
  BACKUP_DIR,
  KEY_COPY_FILE,
  LOG_FILE,
  VaultStorage,
  readHeader,
  vaultExists,
} from './storage';

// Simulated power loss. One workload (create, saves, a trash, compactions, passphrase changes,
// a torn save left by an earlier crash, more saves) runs again and again on an in-memory disk
// that loses power before its 1st, 2nd, 3rd… operation, and each time the disk is left in every
// way a real one might be (see CrashOutcome). After each, the journal must open and hold every
// save, passphrase change and backup that was acknowledged before the power went out.
//
// Then the same again with one sync point turned off at a time: each time some crash must
// break one of those promises. That is the proof that every fsync in the protocol is needed.

type EntryState = Readonly<{ text: string; trashed: boolean }>;

type Acked = {
  created: boolean;
  passphrase: string;
  entries: Map<string, EntryState>;
  compactions: number;
  /** A torn save was found and reported by an acknowledged unlock. */
  tornReported: boolean;
  /** What was under way when the power went out. */
  inFlight: string | null;
  pendingPassphrase: string | null;
  pendingEntry: (EntryState & { id: string }) | null;
};

const ROOT = '/disk';

function options(fs: PowerLossFs): VaultOptions {
  return { fs, kdf: TEST_KDF, compaction: TEST_COMPACTION };
}

/** A torn record at the end of the log, as a crash in the middle of an append leaves it. */
async function tearLog(fs: PowerLossFs, dir: string): Promise<void> {
  const log = await fs.open(join(dir, LOG_FILE), 'update');
  const at = await log.size();
  const head = Buffer.alloc(12);
  head.writeUInt32BE(500, 0);
  head.writeUInt32BE(1, 4);
  head.writeUInt32BE(crc32(head.subarray(0, 8)), 8);
  await log.write(Buffer.concat([head, Buffer.alloc(40, 7)]), at);
  await log.datasync('log.record');
  await log.close();
}

async function workload(fs: PowerLossFs, dir: string, acked: Acked, opened: Journal[]) {
  const track = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    acked.inFlight = what;
    const result = await work();
    acked.inFlight = null;
    return result;
  };
  const save = (j: Journal, id: string, text: string, trashed = false) =>
    track('save', async () => {
      acked.pendingEntry = { id, text, trashed };
      if (trashed) await j.trashEntry(id);
      else await j.saveEntry(entryInput({ id, text }));
      acked.entries.set(id, { text, trashed });
      acked.pendingEntry = null;
    });
  const passwd = (j: Journal, next: string) =>
    track('passwd', async () => {
      acked.pendingPassphrase = next;
      await j.changePassphrase(next);
      acked.passphrase = next;
      acked.pendingPassphrase = null;
    });
  const compact = (j: Journal) =>
    track('compact', async () => {
      await j.compact();
      acked.compactions += 1;
    });

  acked.pendingPassphrase = 'first words';
  const { journal: one } = await track('create', () =>
    createVault(dir, 'first words', options(fs)),
  );
  opened.push(one);
  acked.created = true;
  acked.passphrase = 'first words';
  acked.pendingPassphrase = null;
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(
    (n) => `00000000-0000-4000-8000-00000000000${n}`,
  ) as [string, string, string, string];
  await save(one, a, 'Alpha, the first version.');
  await save(one, b, 'Bravo, soon in the trash.');
  await save(one, b, 'Bravo, soon in the trash.', true);
  await compact(one);
  await save(one, a, 'Alpha, the second version.');
  await save(one, c, 'Charlie, the first version.');
  await passwd(one, 'second words');
  await save(one, c, 'Charlie, the second version.');
  await track('close', () => one.close());

  await track('tear', () => tearLog(fs, dir));
  const { journal: two, report } = await track('unlock-torn', () =>
    unlockVault(dir, acked.passphrase, options(fs)),
  );
  opened.push(two);
  expect(report.droppedIncompleteSave).toBe(true);
  acked.tornReported = true;
  // Not a save next: a crash now must not find the torn record again.
  await passwd(two, 'third words');
  await save(two, d, 'Delta, new after the torn save.');
  await save(two, a, 'Alpha, the third version.');
  await compact(two);
  await save(two, d, 'Delta, the second version.');
  await track('close', () => two.close());
}

async function openWithEither(fs: PowerLossFs, dir: string, acked: Acked) {
  try {
    return {
      ...(await unlockVault(dir, acked.passphrase, options(fs))),
      passphrase: acked.passphrase,
    };
  } catch (error) {
    const pending = acked.pendingPassphrase;
    if (error instanceof JournalError && error.code === 'WRONG_PASSPHRASE' && pending) {
      return { ...(await unlockVault(dir, pending, options(fs))), passphrase: pending };
    }
    throw error;
  }
}

/** Backups in backups/ that authenticate (each a snapshot of an earlier generation). */
async function goodBackups(fs: PowerLossFs, dir: string, passphrase: string): Promise<number> {
  const header = await readHeader(fs, dir);
  const dataKey = await unwrapWithPassphrase(header, passphrase);
  const storage = new VaultStorage(fs, dir, dataKey, header.vaultId);
  try {
    return (await storage.checkBackups()).good.length;
  } finally {
    await storage.close();
    dataKey.fill(0);
  }
}

/** What the disk after the crash must hold. Returns a broken promise, or null. */
async function check(fs: PowerLossFs, dir: string, acked: Acked): Promise<string | null> {
  if (!(await vaultExists(fs, dir))) {
    return acked.created ? 'an acknowledged journal is gone' : null;
  }
  if (acked.created && acked.inFlight !== 'passwd') {
    // The copy of the key file must open with the acknowledged passphrase.
    try {
      const copy = parseHeader(await fs.readFile(join(dir, BACKUP_DIR, KEY_COPY_FILE)));
      (await unwrapWithPassphrase(copy, acked.passphrase)).fill(0);
    } catch (error) {
      return `the key file's copy does not open: ${String(error)}`;
    }
  }
  let journal: Journal;
  let dropped: boolean;
  let passphrase: string;
  try {
    const opened = await openWithEither(fs, dir, acked);
    journal = opened.journal;
    dropped = opened.report.droppedIncompleteSave;
    passphrase = opened.passphrase;
  } catch (error) {
    return `the journal does not open: ${String(error)}`;
  }
  try {
    if (dropped && acked.tornReported && acked.inFlight !== 'save') {
      return 'a torn save was reported a second time';
    }
    const seen = new Map<string, EntryState>();
    for (const s of [
      ...(await journal.listEntries()),
      ...(await journal.listEntries({ trash: true })),
    ]) {
      const full = await journal.getEntry(s.id);
      seen.set(s.id, { text: full.text, trashed: full.deletedAt !== null });
    }
    const pending = acked.pendingEntry;
    for (const [id, state] of acked.entries) {
      const found = seen.get(id);
      const ok =
        (found?.text === state.text && found.trashed === state.trashed) ||
        (pending?.id === id && found?.text === pending.text && found.trashed === pending.trashed);
      if (!ok) return `entry ${id.slice(-1)} is not as acknowledged: ${JSON.stringify(found)}`;
    }
    for (const id of seen.keys()) {
      if (!acked.entries.has(id) && pending?.id !== id) return `entry ${id} came from nowhere`;
    }
    const good = await goodBackups(fs, dir, passphrase);
    if (good < Math.min(acked.compactions, BACKUPS_KEPT)) {
      return `only ${good} good backups after ${acked.compactions} compactions`;
    }
    return null;
  } finally {
    await journal.close({ compact: false }).catch(() => undefined);
  }
}

function outcomesFor(fs: PowerLossFs): CrashOutcome[] {
  const outcomes: CrashOutcome[] = [];
  for (const dirs of ['none', 'all'] as const) {
    for (const data of ['lose', 'keep', 'torn', 'zeros'] as const) outcomes.push({ dirs, data });
  }
  // Folder changes reaching the disk out of order: each one alone, and all but each one.
  const pending = Math.min(fs.pendingDirOps(), 12);
  for (let i = 0; i < pending; i += 1) {
    const others = Array.from({ length: pending }, (_, j) => j).filter((j) => j !== i);
    outcomes.push({ dirs: [i], data: 'lose' }, { dirs: others, data: 'lose' });
  }
  return outcomes;
}

function stateKey(fs: PowerLossFs, acked: Acked): string {
  const hash = createHash('sha256');
  for (const [path, bytes] of [...fs.snapshotFiles(ROOT)].sort(([x], [y]) => (x < y ? -1 : 1))) {
    hash.update(path).update(bytes);
  }
  hash.update(JSON.stringify({ ...acked, entries: [...acked.entries] }));
  return hash.digest('hex');
}

function freshAcked(): Acked {
  return {
    created: false,
    passphrase: '',
    entries: new Map(),
    compactions: 0,
    tornReported: false,
    inFlight: null,
    pendingPassphrase: null,
    pendingEntry: null,
  };
}

let runs = 0;

type Moment = Readonly<{ disk: PowerLossFs; acked: Acked }>;

function copyAcked(acked: Acked): Acked {
  return { ...acked, entries: new Map(acked.entries) };
}

/**
 * Runs the workload once and keeps a copy of the disk (and of what had been acknowledged)
 * before every operation: each is a moment the power could go out.
 */
async function record(skip: ReadonlySet<SyncPoint>, hardLinks: boolean) {
  const moments: Moment[] = [];
  const acked = freshAcked();
  const fs = new PowerLossFs({
    skip,
    hardLinks,
    beforeOperation: (disk) => moments.push({ disk: disk.capture(), acked: copyAcked(acked) }),
  });
  fs.makeDurableDir(ROOT);
  const dir = `${ROOT}/run${(runs += 1)}/vault`;
  fs.makeDurableDir(dirname(dir));
  await workload(fs, dir, acked, []);
  moments.push({ disk: fs.capture(), acked: copyAcked(acked) });
  return { dir, moments, syncs: fs.syncsSeen };
}

/** Checks every way the disk could be found after a crash at each moment. */
async function crashEverywhere(
  skip: ReadonlySet<SyncPoint>,
  hardLinks: boolean,
  stopAtFirst: boolean,
): Promise<{ failures: string[]; moments: number; states: number; syncs: Set<SyncPoint> }> {
  const { dir, moments, syncs } = await record(skip, hardLinks);
  const failures: string[] = [];
  const checked = new Set<string>();
  for (const [index, { disk, acked }] of moments.entries()) {
    for (const outcome of outcomesFor(disk)) {
      const after = disk.afterCrash(outcome);
      const key = stateKey(after, acked);
      if (checked.has(key)) continue;
      checked.add(key);
      const broken = await check(after, dir, acked);
      if (broken) {
        failures.push(`crash before operation ${index} (${JSON.stringify(outcome)}): ${broken}`);
        if (stopAtFirst) return { failures, moments: moments.length, states: checked.size, syncs };
      }
    }
  }
  return { failures, moments: moments.length, states: checked.size, syncs };
}

describe('power loss at any moment', () => {
  for (const hardLinks of [true, false]) {
    const label = hardLinks ? 'with hard links' : 'on a file system without hard links';
    it(`loses nothing that was acknowledged, ${label}`, async () => {
      const result = await crashEverywhere(new Set(), hardLinks, false);
      expect(result.moments).toBeGreaterThan(100);
      // Every sync point of the protocol is exercised (a backup is copied only without links).
      const expected = SYNC_POINTS.filter((p) => !hardLinks || p !== 'backup.copy');
      expect([...result.syncs].sort()).toEqual([...expected].sort());
      expect(result.failures).toEqual([]);
    }, 480_000);
  }

  for (const point of SYNC_POINTS) {
    it(`breaks a promise without the "${point}" sync`, async () => {
      const hardLinks = point !== 'backup.copy';
      const result = await crashEverywhere(new Set([point]), hardLinks, true);
      expect(result.failures, `dropping ${point} broke nothing`).toHaveLength(1);
    }, 240_000);
  }
});
