import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { EntryInput } from '../../main/contract/domain';
import { ARGON2_FLOOR, calibrateArgon2, deriveArgon2 } from '../../main/core/crypto/kdf';
import type { Journal } from '../../main/core/journal';
import { loadSqlJs } from '../../main/core/store/sqlite';
import { generateEntries, seedJournal } from '../../main/core/testing/generate';
import { TEST_KDF, makeTempDir } from '../../main/core/testing/temp-vault';
import { type OpenMode, type VaultFs, nodeFs } from '../../main/core/vault/fs';
import { createVault, unlockVault } from '../../main/core/vault/lifecycle';
import { median, ms, percentile, printTable, time } from './table';

// The vault at 20-year scale: 7,300 entries of about 2 KB. Unlocking is measured with Argon2
// at test strength (the key derivation is measured on its own), so the numbers are the
// journal's own work. "Longest slice" is the longest the main thread went without a turn of
// its event loop while the work ran (what would make a window stutter).

const ENTRIES = 7300;
const SAVES = 200;
const PASSPHRASE = 'bench passphrase';

/** nodeFs that counts the bytes it writes. */
function countingFs(): VaultFs & { written: number } {
  const fs = {
    ...nodeFs,
    written: 0,
    async open(path: string, mode: OpenMode) {
      const file = await nodeFs.open(path, mode);
      return {
        ...file,
        write: async (data: Uint8Array, position?: number) => {
          fs.written += data.length;
          await file.write(data, position);
        },
        read: file.read.bind(file),
        size: file.size.bind(file),
        truncate: file.truncate.bind(file),
        datasync: file.datasync.bind(file),
        sync: file.sync.bind(file),
        close: file.close.bind(file),
      };
    },
  };
  return fs;
}

/** Runs `work` while watching the event loop; returns its time and the longest stall. */
async function watched<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; slice: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const [result, elapsed] = await time(work);
  running = false;
  longest = Math.max(longest, performance.now() - last);
  return { result, ms: elapsed, slice: longest };
}

function edit(entry: EntryInput, i: number): EntryInput {
  return { ...entry, text: `${entry.text} Edited ${i}.`, title: `Edit ${i}` };
}

/** Median and p95 of saving one entry (an autosave: an edit of a ~2 KB entry), and bytes. */
async function saves(journal: Journal, fs: { written: number }, base: EntryInput) {
  // Warm up first (the JIT, the first FTS pages), so both journals are measured alike.
  for (let i = 0; i < 30; i += 1) await journal.saveEntry(edit(base, -i));
  const samples: number[] = [];
  const before = fs.written;
  for (let i = 0; i < SAVES; i += 1) {
    const input = i % 4 === 0 ? { ...base, id: randomUUID() } : edit(base, i);
    const [, elapsed] = await time(() => journal.saveEntry(input));
    samples.push(elapsed);
  }
  return {
    median: median(samples),
    p95: percentile(samples, 95),
    bytes: (fs.written - before) / SAVES,
  };
}

function inputOf(entry: ReturnType<typeof generateEntries>[number]): EntryInput {
  return {
    id: entry.id,
    date: entry.date,
    title: entry.title,
    text: entry.text,
    doc: entry.doc,
    scores: entry.scores,
    relationships: entry.relationships,
    signs: entry.signs,
    tags: entry.tags,
    share: entry.share,
  };
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

export async function runVaultBench(): Promise<void> {
  const { dir, cleanup } = await makeTempDir('twofold-bench-');
  try {
    const rows: Array<[string, string]> = [];
    const fs = countingFs();
    const onMain = { maxRecords: 1e9, maxBytes: 1e12, inWorker: false };
    const options = { fs, kdf: TEST_KDF, compaction: onMain };

    await loadSqlJs(); // once per process, not part of creating a journal
    // Key derivation, on its own.
    const salt = Buffer.alloc(16, 1);
    const [, floorMs] = await time(() => deriveArgon2(PASSPHRASE, salt, ARGON2_FLOOR));
    const calibrated = await calibrateArgon2();
    const [, calibratedMs] = await time(() => deriveArgon2(PASSPHRASE, salt, calibrated));
    rows.push(['KDF at the floor (64 MiB, t=3, p=4)', ms(floorMs)]);
    rows.push([
      `KDF calibrated here (${calibrated.memoryKiB / 1024} MiB, t=${calibrated.iterations}, p=${calibrated.parallelism})`,
      `${ms(calibratedMs)}  (target 500–1000 ms)`,
    ]);

    // The empty journal.
    const [{ journal: empty }, createMs] = await time(() =>
      createVault(join(dir, 'empty'), PASSPHRASE, options),
    );
    rows.push(['create a journal (KDF excluded)', ms(createMs)]);
    const generated = generateEntries({ entries: ENTRIES });
    const sample = inputOf(generated[generated.length - 1]!);
    const emptySaves = await saves(empty, fs, { ...sample, relationships: [] });
    await empty.close();

    // The 20-year journal.
    const { journal: big } = await createVault(join(dir, 'big'), PASSPHRASE, options);
    const imported = await watched(() => seedJournal(big, generated));
    rows.push([
      `import ${ENTRIES} entries (one step)`,
      `${ms(imported.ms)}  (longest slice ${ms(imported.slice)})`,
    ]);
    const sizes = await big.verify();
    rows.push(['snapshot size', mib(sizes.snapshotBytes)]);
    await big.close();
    generated.length = 0;

    const unlock = await watched(() => unlockVault(join(dir, 'big'), PASSPHRASE, options));
    const journal = unlock.result.journal;
    rows.push([
      'unlock, KDF excluded',
      `${ms(unlock.ms)}  (longest slice ${ms(unlock.slice)})  target ≤ 300 ms: ${verdict(unlock.ms <= 300)}`,
    ]);
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    rows.push([
      'memory after unlock',
      `rss ${mib(memory.rss)}, heap ${mib(memory.heapUsed)}, wasm and buffers ${mib(memory.external + memory.arrayBuffers)}`,
    ]);

    const bigSaves = await saves(journal, fs, sample);
    const ratio = bigSaves.median / emptySaves.median;
    rows.push([
      'save one entry, empty journal',
      `median ${ms(emptySaves.median)}, p95 ${ms(emptySaves.p95)}`,
    ]);
    rows.push([
      'save one entry, 20-year journal',
      `median ${ms(bigSaves.median)}, p95 ${ms(bigSaves.p95)}  (${ratio.toFixed(2)}x empty)  target ≤ 3 ms and ≤ 1.5x: ${verdict(bigSaves.median <= 3 && ratio <= 1.5)}`,
    ]);
    rows.push([
      'bytes written per save',
      `${(emptySaves.bytes / 1024).toFixed(1)} KiB empty, ${(bigSaves.bytes / 1024).toFixed(1)} KiB 20-year`,
    ]);

    const searches: number[] = [];
    for (const query of ['pottery', 'evening to myself', 'therap', 'chores evenly', 'zebra']) {
      for (let i = 0; i < 5; i += 1) {
        const [, elapsed] = await time(() => journal.search({ query }));
        searches.push(elapsed);
      }
    }
    rows.push([
      'search (5 queries, 50 results each)',
      `median ${ms(median(searches))}, p95 ${ms(percentile(searches, 95))}  target ≤ 20 ms: ${verdict(median(searches) <= 20)}`,
    ]);

    const mainCompaction = await watched(() => journal.compact());
    rows.push([
      'compaction on the main thread',
      `${ms(mainCompaction.ms)}  (longest slice ${ms(mainCompaction.slice)})`,
    ]);
    await journal.saveEntry(sample);
    await journal.close({ compact: false });

    const inWorker = { ...options, compaction: { ...onMain, inWorker: true } };
    const { journal: again } = await unlockVault(join(dir, 'big'), PASSPHRASE, inWorker);
    const workerCompaction = await watched(() => again.compact());
    rows.push([
      'compaction in a worker (the app)',
      `${ms(workerCompaction.ms)}  (longest slice ${ms(workerCompaction.slice)})`,
    ]);
    await again.close({ compact: false });

    printTable(`Vault: a 20-year journal (${ENTRIES} entries of ~2 KB)`, rows);
  } finally {
    await cleanup();
  }
}
