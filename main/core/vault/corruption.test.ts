import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_RESTORE_POINT } from '../../contract/vault';
import type { Journal } from '../journal';
import { entryInput } from '../testing/entry-input';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { FILE_HEADER_BYTES, RECORD_HEADER_BYTES } from './format';
import { createVault, listBackups, restoreVaultBackup, unlockVault } from './lifecycle';
import { BACKUP_DIR, HEADER_FILE, LOG_FILE, SNAPSHOT_FILE } from './storage';

// The corruption corpus: the files of a real vault, damaged in every way a disk, a sync tool or
// a person can damage them. Each case must be detected and reported with the right error, the
// damaged words must never come back as if they were the journal, and nothing on disk may
// change. (A change log cut at the end is the one thing that is not damage: that is what a
// crash in the middle of a save leaves, and the unlock says so.)

const PASSPHRASE = 'a sturdy passphrase';
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };

let root: string;
let cleanup: () => Promise<void>;
let pristine: string;
let other: string;
/** The change log of generation 3 (with one record), to splice from. */
let olderLog: Buffer;
let caseNumber = 0;

/** Entry texts, in the order they were written; record k of the current log holds entry 6+k. */
const TEXTS = Array.from({ length: 9 }, (_, i) => `Entry number ${i + 1} of the corpus.`);

async function saveAll(journal: Journal, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += 1) {
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    await journal.saveEntry(entryInput({ id, text: TEXTS[i]! }));
  }
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
  pristine = join(root, 'pristine');
  const { journal } = await createVault(pristine, PASSPHRASE, options);
  await saveAll(journal, 0, 3);
  await journal.compact(); // generation 2; backup of generation 1 (empty)
  await saveAll(journal, 3, 5);
  await journal.compact(); // generation 3; backup of generation 2 (entries 1-3)
  await saveAll(journal, 5, 6);
  olderLog = await readFile(join(pristine, LOG_FILE));
  await journal.compact(); // generation 4; backup of generation 3 (entries 1-5)
  await saveAll(journal, 6, 9); // three records in the log of generation 4
  await journal.close({ compact: false });

  other = join(root, 'other');
  const { journal: second } = await createVault(other, PASSPHRASE, options);
  await saveAll(second, 0, 3);
  await second.close({ compact: false });
});
afterAll(() => cleanup());

async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const item of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (item.isFile()) {
      const path = join(item.parentPath, item.name);
      out.set(path.slice(dir.length), await readFile(path));
    }
  }
  return out;
}

/** A copy of the pristine vault with `damage` done to it. */
async function damagedCopy(damage: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(root, `case-${(caseNumber += 1)}`);
  await cp(pristine, dir, { recursive: true });
  await damage(dir);
  return dir;
}

async function mutate(dir: string, name: string, change: (bytes: Buffer) => Buffer) {
  await writeFile(join(dir, name), change(await readFile(join(dir, name))));
}

const flipBit =
  (at: number, bit = 0) =>
  (bytes: Buffer) => {
    const out = Buffer.from(bytes);
    out[at]! ^= 1 << bit;
    return out;
  };
const cutAt = (length: number) => (bytes: Buffer) => Buffer.from(bytes.subarray(0, length));
const zeroes = (at: number, length: number) => (bytes: Buffer) => {
  const out = Buffer.from(bytes);
  out.fill(0, at, Math.min(bytes.length, at + length));
  return out;
};

/** Unlocking must fail with `code`, and leave every byte of the folder as it was. */
async function expectRefused(dir: string, code: string, what: string): Promise<void> {
  const before = await files(dir);
  const error = await unlockVault(dir, PASSPHRASE, options).then(
    async ({ journal }) => {
      await journal.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error, `${what}: opened`).toMatchObject({ code });
  const after = await files(dir);
  expect([...after.keys()].sort(), `${what}: files added or removed`).toEqual(
    [...before.keys()].sort(),
  );
  for (const [name, bytes] of before) {
    expect(after.get(name)?.equals(bytes), `${what}: ${name} changed`).toBe(true);
  }
}

/** Unlocking works and shows exactly the first `count` entries (and whether a save was torn). */
async function expectEntries(dir: string, count: number, torn: boolean, what: string) {
  const { journal, report } = await unlockVault(dir, PASSPHRASE, options);
  try {
    expect(report.droppedIncompleteSave, `${what}: torn save reported`).toBe(torn);
    const texts = await Promise.all(
      (await journal.listEntries()).map(async (s) => (await journal.getEntry(s.id)).text),
    );
    expect(texts.sort(), what).toEqual(TEXTS.slice(0, count).sort());
  } finally {
    await journal.close({ compact: false });
  }
}

/** The records of the pristine log: [start, end) of each, headers included. */
async function recordBounds(): Promise<Array<[number, number]>> {
  const log = await readFile(join(pristine, LOG_FILE));
  const bounds: Array<[number, number]> = [];
  for (let at = FILE_HEADER_BYTES; at < log.length;) {
    const end = at + RECORD_HEADER_BYTES + log.readUInt32BE(at);
    bounds.push([at, end]);
    at = end;
  }
  return bounds;
}

function recordsOf(log: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = FILE_HEADER_BYTES; at < log.length;) {
    const end = at + RECORD_HEADER_BYTES + log.readUInt32BE(at);
    out.push(Buffer.from(log.subarray(at, end)));
    at = end;
  }
  return out;
}

describe('the corruption corpus', () => {
  it('opens untouched with all nine entries', async () => {
    expect(await recordBounds()).toHaveLength(3);
    await expectEntries(await damagedCopy(async () => undefined), 9, false, 'pristine');
  });

  it('detects every truncation, flipped bit and zeroed block of the snapshot', async () => {
    const size = (await readFile(join(pristine, SNAPSHOT_FILE))).length;
    const damages: Array<[string, (b: Buffer) => Buffer]> = [];
    for (const length of [0, 1, 31, 32, 44, Math.floor(size / 2), size - 16, size - 1]) {
      damages.push([`cut at ${length}`, cutAt(length)]);
    }
    const spots = [
      ...Array.from({ length: FILE_HEADER_BYTES }, (_, i) => i), // magic, version, generation, id
      ...Array.from({ length: 12 }, (_, i) => FILE_HEADER_BYTES + i), // nonce
      ...Array.from({ length: 24 }, (_, i) => Math.floor(((i + 1) * size) / 26)), // body
      ...Array.from({ length: 16 }, (_, i) => size - 16 + i), // tag
    ];
    for (const at of spots) damages.push([`bit ${at % 8} of byte ${at}`, flipBit(at, at % 8)]);
    for (const at of [0, 4096, Math.floor(size / 2), size - 4096]) {
      damages.push([`zeroed block at ${at}`, zeroes(at, 4096)]);
    }
    for (const [what, change] of damages) {
      const dir = await damagedCopy((d) => mutate(d, SNAPSHOT_FILE, change));
      await expectRefused(dir, 'DAMAGED', `snapshot ${what}`);
    }
  });

  it('detects flipped bits and zeroed blocks anywhere in the change log', async () => {
    const bounds = await recordBounds();
    const damages: Array<[string, (b: Buffer) => Buffer]> = [];
    for (let at = 0; at < FILE_HEADER_BYTES; at += 1) {
      damages.push([`log header byte ${at}`, flipBit(at, at % 8)]);
    }
    for (const [index, [start, end]] of bounds.entries()) {
      for (let at = start; at < start + RECORD_HEADER_BYTES; at += 1) {
        damages.push([`record ${index + 1} header byte ${at - start}`, flipBit(at, at % 8)]);
      }
      for (const at of [start + 12, start + 20, Math.floor((start + end) / 2), end - 17, end - 1]) {
        damages.push([`record ${index + 1} byte ${at - start}`, flipBit(at, 7 - (at % 8))]);
      }
      damages.push([`record ${index + 1} zeroed in the middle`, zeroes(start + 30, 64)]);
    }
    damages.push(['a zeroed block over records 1 and 2', zeroes(bounds[0]![1] - 20, 40)]);
    for (const [what, change] of damages) {
      const dir = await damagedCopy((d) => mutate(d, LOG_FILE, change));
      await expectRefused(dir, 'DAMAGED', what);
    }
  });

  it('keeps what comes before a log cut short, and says a save was dropped', async () => {
    const bounds = await recordBounds();
    for (const length of [0, 10, FILE_HEADER_BYTES - 1]) {
      const dir = await damagedCopy((d) => mutate(d, LOG_FILE, cutAt(length)));
      await expectRefused(dir, 'DAMAGED', `log cut at ${length}`);
    }
    for (const [index, [start, end]] of bounds.entries()) {
      for (const at of [
        start + 5,
        start + RECORD_HEADER_BYTES,
        Math.floor((start + end) / 2),
        end - 1,
      ]) {
        const dir = await damagedCopy((d) => mutate(d, LOG_FILE, cutAt(at)));
        await expectEntries(dir, 6 + index, true, `log cut inside record ${index + 1}`);
      }
      // Cut exactly between records: indistinguishable from a log that ended there.
      const dir = await damagedCopy((d) => mutate(d, LOG_FILE, cutAt(start)));
      await expectEntries(dir, 6 + index, false, `log cut before record ${index + 1}`);
    }
    // A power cut that left the end of the last record as zeros (the file grew first).
    const [lastStart, lastEnd] = bounds.at(-1)!;
    const mid = Math.floor((lastStart + lastEnd) / 2);
    const dir = await damagedCopy((d) => mutate(d, LOG_FILE, zeroes(mid, lastEnd - mid)));
    await expectEntries(dir, 8, true, 'last record zero-filled');
  });

  it('detects records spliced from another journal, an older generation, or moved about', async () => {
    const log = await readFile(join(pristine, LOG_FILE));
    const head = log.subarray(0, FILE_HEADER_BYTES);
    const [r1, r2, r3] = recordsOf(log) as [Buffer, Buffer, Buffer];
    const foreign = recordsOf(await readFile(join(other, LOG_FILE)));
    const older = recordsOf(olderLog);
    expect(older).toHaveLength(1);
    const logs: Array<[string, Buffer]> = [
      ['record 2 from another journal', Buffer.concat([head, r1, foreign[1]!, r3])],
      ['record 1 from an older generation', Buffer.concat([head, older[0]!, r2, r3])],
      ['records 1 and 2 swapped', Buffer.concat([head, r2, r1, r3])],
      ['record 1 replayed', Buffer.concat([head, r1, r1, r2, r3])],
      ['record 2 missing', Buffer.concat([head, r1, r3])],
      ['the log of another journal', await readFile(join(other, LOG_FILE))],
    ];
    for (const [what, bytes] of logs) {
      const dir = await damagedCopy((d) => writeFile(join(d, LOG_FILE), bytes));
      await expectRefused(dir, 'DAMAGED', what);
    }
    const snapshots: Array<[string, Buffer]> = [
      ['the snapshot of another journal', await readFile(join(other, SNAPSHOT_FILE))],
    ];
    const backups = (await readdir(join(pristine, BACKUP_DIR))).filter((n) =>
      n.startsWith('snapshot-'),
    );
    for (const name of backups) {
      snapshots.push([
        `an older snapshot (${name})`,
        await readFile(join(pristine, BACKUP_DIR, name)),
      ]);
    }
    for (const [what, bytes] of snapshots) {
      const dir = await damagedCopy((d) => writeFile(join(d, SNAPSHOT_FILE), bytes));
      await expectRefused(dir, 'DAMAGED', what);
    }
  });

  it('detects a damaged or swapped key file, and missing files', async () => {
    const header = await readFile(join(pristine, HEADER_FILE));
    const damages: Array<[string, (d: string) => Promise<void>]> = [
      ['key file cut short', (d) => mutate(d, HEADER_FILE, cutAt(header.length - 40))],
      ['key file emptied', (d) => mutate(d, HEADER_FILE, cutAt(0))],
      [
        'key file of another journal',
        async (d) => cp(join(other, HEADER_FILE), join(d, HEADER_FILE)),
      ],
      ['snapshot missing', (d) => rm(join(d, SNAPSHOT_FILE))],
      ['log missing', (d) => rm(join(d, LOG_FILE))],
    ];
    for (let i = 0; i < 24; i += 1) {
      const at = Math.floor(((i + 0.5) * header.length) / 24);
      damages.push([
        `key file bit ${i % 8} of byte ${at}`,
        (d) => mutate(d, HEADER_FILE, flipBit(at, i % 8)),
      ]);
    }
    for (const [what, damage] of damages) {
      await expectRefused(await damagedCopy(damage), 'DAMAGED', what);
    }
  });
});

describe('restoring after damage', () => {
  it('offers the journal up to a damaged save, and keeps the damaged files', async () => {
    const [, [start2]] = (await recordBounds()) as [[number, number], [number, number]];
    const dir = await damagedCopy((d) => mutate(d, LOG_FILE, flipBit(start2 + 40)));
    await expectRefused(dir, 'DAMAGED', 'record 2');
    const points = await listBackups(dir);
    expect(points.map((p) => p.id)).toEqual([
      CURRENT_RESTORE_POINT,
      ...(await readdir(join(dir, BACKUP_DIR)))
        .filter((n) => n.startsWith('snapshot-'))
        .sort()
        .reverse(),
    ]);
    const { journal } = await restoreVaultBackup(dir, PASSPHRASE, CURRENT_RESTORE_POINT, options);
    expect(await journal.listEntries()).toHaveLength(7);
    await journal.saveEntry(entryInput({ text: 'Written after the restore.' }));
    await journal.close();
    const kept = (await readdir(join(dir, BACKUP_DIR))).filter((n) => n.startsWith('replaced-'));
    expect(kept.map((n) => n.replace(/^replaced-\d+-[0-9a-f]+/, '')).sort()).toEqual([
      '.log',
      '.snapshot',
    ]);
    const { journal: again } = await unlockVault(dir, PASSPHRASE, options);
    expect(await again.listEntries()).toHaveLength(8);
    await again.close();
  });

  it('offers only backups that are good when the snapshot itself is damaged', async () => {
    const dir = await damagedCopy((d) => mutate(d, SNAPSHOT_FILE, flipBit(5000)));
    await expectRefused(dir, 'DAMAGED', 'snapshot');
    const points = await listBackups(dir);
    expect(points[0]?.id).toMatch(/^snapshot-00000003-/);
    expect(points).toHaveLength(3);
    // The wrong passphrase changes nothing; the right one restores entries 1-5.
    await expect(restoreVaultBackup(dir, 'not it', points[0]!.id, options)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const { journal } = await restoreVaultBackup(dir, PASSPHRASE, points[0]!.id, options);
    expect(await journal.listEntries()).toHaveLength(5);
    await journal.close();
    await expectEntries(dir, 5, false, 'after restoring generation 3');
  });

  it('refuses a damaged backup, and restores from the copy of a damaged key file', async () => {
    const dir = await damagedCopy((d) => mutate(d, HEADER_FILE, flipBit(100)));
    const backups = (await listBackups(dir)).filter((p) => p.id !== CURRENT_RESTORE_POINT);
    await mutate(dir, join(BACKUP_DIR, backups[0]!.id), flipBit(300));
    await expect(
      restoreVaultBackup(dir, PASSPHRASE, backups[0]!.id, options),
    ).rejects.toMatchObject({
      code: 'DAMAGED',
    });
    await expectRefused(dir, 'DAMAGED', 'key file');
    const { journal } = await restoreVaultBackup(dir, PASSPHRASE, CURRENT_RESTORE_POINT, options);
    expect(await journal.listEntries()).toHaveLength(9);
    await journal.close();
    await expectEntries(dir, 9, false, 'after rewriting the key file from its copy');
  });
});
