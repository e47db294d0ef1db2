import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { JournalError } from '../errors';
import { rebuildDatabase } from '../store/rebuild';
import { decodeSnapshot, encodeSnapshot, parseLog } from './format';

// Compaction builds the next snapshot from the files on disk (the snapshot plus the log), not
// from the open database: decrypt, replay, export, encrypt. That is exactly what the next unlock
// would see, and the heavy parts (sql.js's export of a 20-year journal takes longer than a frame
// budget on a slow machine) run in a worker thread, so the app's main process stays free.
//
// The worker is this very module loaded a second time (in the built app, the chunk it was
// bundled into): a guard at the bottom answers one request and exits. If a worker cannot be
// started, or the files do not hold what this session wrote, the caller falls back to exporting
// the open database on its own thread.

const ROLE = 'twofold-compaction';

export type SnapshotJob = Readonly<{
  snapshotFile: Uint8Array;
  /** The log up to its last acknowledged record. */
  logFile: Uint8Array;
  snapshotKey: Uint8Array;
  logKey: Uint8Array;
  vaultId: Uint8Array;
  /** How many records this session knows the log holds. */
  records: number;
  /** The generation the new snapshot gets. */
  generation: number;
}>;

type Reply = { ok: true; snapshot: Uint8Array } | { ok: false; message: string };

/** Runs anywhere: the new encrypted snapshot for `job`, built from the files. */
export async function buildSnapshot(job: SnapshotJob): Promise<Buffer> {
  const vaultId = Buffer.from(job.vaultId);
  const snapshot = Buffer.from(
    job.snapshotFile.buffer,
    job.snapshotFile.byteOffset,
    job.snapshotFile.byteLength,
  );
  const log = Buffer.from(job.logFile.buffer, job.logFile.byteOffset, job.logFile.byteLength);
  const { database } = await decodeSnapshot(job.snapshotKey, snapshot, vaultId);
  const parsed = parseLog(job.logKey, log, vaultId);
  if (parsed.tornTail || parsed.payloads.length !== job.records) {
    throw new JournalError('IO_ERROR', 'The change log on disk is not the one this session wrote.');
  }
  const { db } = await rebuildDatabase(database, parsed.payloads);
  try {
    return await encodeSnapshot(
      job.snapshotKey,
      { generation: job.generation, vaultId },
      db.export(),
    );
  } finally {
    db.close();
  }
}

/** This module in a new thread. From TypeScript sources (tests, tsx) through tsx's loader. */
function startWorker(): Worker {
  const self = new URL(import.meta.url);
  const workerData = { role: ROLE };
  if (!self.pathname.endsWith('.ts')) return new Worker(self, { workerData });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * The buffers that can move to the other thread without a copy: only those that own their
 * whole memory (moving a slice of Node's shared pool would break every other slice of it).
 */
function transferable(views: readonly Uint8Array[]): ArrayBuffer[] {
  const owned = views
    .filter((v) => v.byteOffset === 0 && v.byteLength === v.buffer.byteLength)
    .map((v) => v.buffer)
    .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return [...new Set(owned)];
}

/** `buildSnapshot` in a worker thread. Rejects if the worker cannot start or fails. */
export function buildSnapshotInWorker(job: SnapshotJob): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = startWorker();
    const finish = (work: () => void) => {
      if (settled) return;
      settled = true;
      work();
      void worker.terminate();
    };
    worker.once('message', (reply: Reply) =>
      finish(() =>
        reply.ok
          ? resolve(
              Buffer.from(
                reply.snapshot.buffer,
                reply.snapshot.byteOffset,
                reply.snapshot.byteLength,
              ),
            )
          : reject(new Error(reply.message)),
      ),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`compaction worker exited (${code})`))),
    );
    worker.postMessage(job, transferable([job.snapshotFile, job.logFile]));
  });
}

function isCompactionWorker(): boolean {
  return (
    !isMainThread && parentPort !== null && (workerData as { role?: unknown } | null)?.role === ROLE
  );
}

if (isCompactionWorker()) {
  const port = parentPort!;
  port.once('message', (job: SnapshotJob) => {
    const forget = () => {
      job.snapshotKey.fill(0);
      job.logKey.fill(0);
    };
    buildSnapshot(job)
      .finally(forget)
      .then(
        (snapshot) => {
          const view = new Uint8Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
          port.postMessage({ ok: true, snapshot: view } satisfies Reply, transferable([view]));
        },
        (error: unknown) => {
          port.postMessage({
            ok: false,
            message: error instanceof Error ? error.message : 'failed',
          } satisfies Reply);
        },
      );
  });
}
