import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { deriveSubkey } from '../crypto/subkeys';
import { JournalError, damaged, fromFsError } from '../errors';
import {
  type FileHeader,
  FILE_HEADER_BYTES,
  type ParsedLog,
  decodeSnapshot,
  encodeLogHeader,
  encodeRecord,
  encodeSnapshot,
  logHeader,
  parseLog,
  snapshotHeader,
} from './format';
import { buildSnapshotInWorker } from './compaction';
import { type SyncPoint, type VaultFile, type VaultFs, isNotFound } from './fs';
import { MAX_HEADER_BYTES, type VaultHeader, parseHeader, serializeHeader } from './header';
import { finishInstall, installFiles } from './install';
import { LOCK_FILE } from './lockfile';
import {
  BACKUP_DIR,
  BACKUP_NAME,
  HEADER_FILE,
  INCOMING_SUFFIX,
  INSTALL_COMMIT,
  KEY_COPY_FILE,
  LOG_FILE,
  REPLACED_NAME,
  SNAPSHOT_FILE,
  TEMP_SUFFIX,
} from './names';

// The files of a vault folder and the protocol that keeps them consistent through crashes.
//
//   vault.json        key slots (see header.ts); rewritten only for a passphrase change/recovery
//   journal.snapshot  the whole database, encrypted, at generation N
//   journal.log       changes since that snapshot, one encrypted record each, generation N
//   backups/          the last few snapshots, a copy of the key file, damaged files set aside
//
// A save appends one record and fdatasyncs it: a few KiB whatever the journal's size. Now and
// then the log is folded into a new snapshot (compaction):
//   1. write the new snapshot and a new empty log under temporary names, fsync both;
//   2. link the old snapshot into backups/ and fsync backups/;
//   3. rename the snapshot into place, fsync the folder (it must be durable before step 4,
//      or a crash could leave a new log beside the old snapshot);
//   4. rename the log into place, fsync the folder (records appended next must be reachable).
// A crash between 3 and 4 leaves a log one generation behind the snapshot; its changes are
// already in the snapshot, so it is set aside at the next unlock. Every fsync here is needed:
// the power-loss test drops each one in turn and shows what breaks.

export {
  BACKUP_DIR,
  HEADER_FILE,
  INCOMING_SUFFIX,
  KEY_COPY_FILE,
  LOG_FILE,
  SNAPSHOT_FILE,
  TEMP_SUFFIX,
} from './names';
export const BACKUPS_KEPT = 5;
/** Sets of replaced (usually damaged) files kept aside after a restore: the newest few. */
const REPLACED_SETS_KEPT = 2;

export type BackupFile = Readonly<{ id: string; generation: number; mtimeMs: number }>;

/** What unlocking read from disk, authenticated, before anything is changed. */
export type LoadedFiles = Readonly<{
  generation: number;
  database: Buffer;
  payloads: Buffer[];
  tornTail: boolean;
  /** The log is one generation behind the snapshot (a crash inside a compaction). */
  staleLog: boolean;
  /** The records of that stale log, authenticated: the snapshot must already hold them all. */
  stalePayloads: Buffer[];
  logLength: number;
}>;

async function ignoreMissing(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Writes a whole file under a temporary name and makes it durable; the caller renames it. */
async function writeDurableTemp(
  fs: VaultFs,
  path: string,
  bytes: Uint8Array,
  point: SyncPoint,
): Promise<string> {
  const temp = path + TEMP_SUFFIX;
  const file = await fs.open(temp, 'create');
  try {
    await file.write(bytes, 0);
    await file.sync(point);
  } finally {
    await file.close();
  }
  return temp;
}

/**
 * A file of the vault that is there but is not a file Twofold could have written (a folder, a
 * device such as a link to /dev/zero, something far too big) is damage, in one sentence.
 */
export function notAVaultFile(error: unknown, name: string): JournalError | null {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EISDIR':
      return damaged(`${name} is a folder, not a file`);
    case 'ENOTREGULAR':
      return damaged(`${name} is not a regular file`);
    case 'EFBIG':
      return damaged(`${name} is far larger than any file Twofold writes`);
    default:
      return null;
  }
}

async function readHeaderFile(fs: VaultFs, path: string, name: string): Promise<VaultHeader> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path, MAX_HEADER_BYTES);
  } catch (error) {
    if (isNotFound(error))
      throw new JournalError('NO_VAULT', 'There is no journal in this folder yet.');
    throw notAVaultFile(error, name) ?? fromFsError(error, 'read the journal');
  }
  return parseHeader(bytes);
}

export function readHeader(fs: VaultFs, dir: string): Promise<VaultHeader> {
  return readHeaderFile(fs, join(dir, HEADER_FILE), HEADER_FILE);
}

/** The copy of the key file in backups/ (for when vault.json is damaged or missing), or null. */
export async function readKeyCopy(fs: VaultFs, dir: string): Promise<VaultHeader | null> {
  try {
    return await readHeaderFile(fs, join(dir, BACKUP_DIR, KEY_COPY_FILE), KEY_COPY_FILE);
  } catch (error) {
    if (error instanceof JournalError && error.code === 'NO_VAULT') return null;
    throw error;
  }
}

/**
 * The files in `dir` that belong to a journal: the key file and its copy, the snapshot, the
 * log, backups, files set aside, a committed install. Any one of them makes the folder a
 * journal's, which nothing may create or restore over without being told to.
 */
export async function journalFilesIn(fs: VaultFs, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of [HEADER_FILE, SNAPSHOT_FILE, LOG_FILE, INSTALL_COMMIT]) {
    if ((await fs.stat(join(dir, name))) !== null) found.push(name);
  }
  let names: string[] = [];
  try {
    names = await fs.readdir(join(dir, BACKUP_DIR));
  } catch (error) {
    if (!isNotFound(error) && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
  }
  for (const name of names) {
    if (name === KEY_COPY_FILE || BACKUP_NAME.test(name) || REPLACED_NAME.test(name)) {
      found.push(join(BACKUP_DIR, name));
    }
  }
  return found;
}

export async function vaultExists(fs: VaultFs, dir: string): Promise<boolean> {
  return (await journalFilesIn(fs, dir)).length > 0;
}

/**
 * Replaces the key file atomically (create, passphrase change, recovery), then its copy in
 * backups/. A crash between the two leaves the copy one passphrase behind: it still opens the
 * journal with the passphrase it was made with.
 */
export async function writeHeader(fs: VaultFs, dir: string, header: VaultHeader): Promise<void> {
  const bytes = serializeHeader(header);
  const path = join(dir, HEADER_FILE);
  await fs.rename(await writeDurableTemp(fs, path, bytes, 'header.temp'), path);
  await fs.syncDir(dir, 'dir.header');
  await writeKeyCopy(fs, dir, bytes);
}

async function writeKeyCopy(fs: VaultFs, dir: string, bytes: Buffer): Promise<void> {
  const backups = join(dir, BACKUP_DIR);
  await fs.mkdir(backups);
  const copy = join(backups, KEY_COPY_FILE);
  await fs.rename(await writeDurableTemp(fs, copy, bytes, 'keycopy.temp'), copy);
  await fs.syncDir(backups, 'dir.keycopy');
}

/**
 * Brings the key file's copy up to date at unlock (a crash may have come between writing the
 * key file and its copy). The header passed in has just been authenticated with the data key.
 */
export async function ensureKeyCopy(fs: VaultFs, dir: string, header: VaultHeader): Promise<void> {
  const bytes = serializeHeader(header);
  const current = await fs
    .readFile(join(dir, BACKUP_DIR, KEY_COPY_FILE), MAX_HEADER_BYTES)
    .catch(() => null);
  // Only a convenience for later damage: a copy that cannot be written is left to `verify`.
  if (!current || !current.equals(bytes)) await writeKeyCopy(fs, dir, bytes).catch(() => undefined);
}

/** Creates the vault's folder and makes its entry (and any new parents') durable. */
export async function makeVaultFolder(fs: VaultFs, dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; (await fs.stat(at)) === null; at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  await fs.mkdir(dir);
  for (const created of missing.reverse()) await fs.syncDir(dirname(created), 'dir.parent');
}

/**
 * Removes what a crash left behind: temporary files, the files of an install that was never
 * committed, locks set aside (a committed install is finished first). Only ciphertext.
 */
export async function sweepTemporaryFiles(fs: VaultFs, dir: string): Promise<void> {
  await finishInstall(fs, dir);
  for (const folder of [dir, join(dir, BACKUP_DIR)]) {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (isNotFound(error)) continue;
      throw error;
    }
    for (const name of names) {
      if (
        name.endsWith(TEMP_SUFFIX) ||
        name.endsWith(INCOMING_SUFFIX) ||
        name.startsWith(`${LOCK_FILE}.stale-`)
      ) {
        await ignoreMissing(fs.unlink(join(folder, name)));
      }
    }
  }
}

export class VaultStorage {
  private log: VaultFile | null = null;
  private logLength = 0;
  private nextSeq = 1;
  private generation = 0;
  /** Set when a write failed in a way this session cannot undo: the files are consistent. */
  private broken: JournalError | null = null;
  private readonly snapshotKey: Buffer;
  private readonly logKey: Buffer;
  private readonly vaultId: Buffer;

  constructor(
    private readonly fs: VaultFs,
    readonly dir: string,
    dataKey: Uint8Array,
    vaultId: string,
  ) {
    this.vaultId = Buffer.from(vaultId, 'base64');
    this.snapshotKey = deriveSubkey(dataKey, 'snapshot', this.vaultId);
    this.logKey = deriveSubkey(dataKey, 'log', this.vaultId);
  }

  /** Records appended since the last snapshot. */
  get pendingRecords(): number {
    return this.nextSeq - 1;
  }

  get pendingBytes(): number {
    return Math.max(0, this.logLength - FILE_HEADER_BYTES);
  }

  get currentGeneration(): number {
    return this.generation;
  }

  private fileHeader(generation: number): FileHeader {
    return { generation, vaultId: this.vaultId };
  }

  private path(name: string): string {
    return join(this.dir, name);
  }

  /** Writes generation 1 of a new vault, its key file included, as one install. */
  async initialise(database: Uint8Array, header: VaultHeader): Promise<void> {
    await this.fs.mkdir(this.path(BACKUP_DIR));
    await this.installGeneration(1, database, { header });
  }

  /**
   * Makes `database` generation `generation` of this folder's journal in one step (install.ts),
   * with a new key file if given, and opens its log for writing.
   */
  async installGeneration(
    generation: number,
    database: Uint8Array,
    options: { header?: VaultHeader; removeFromBackups?: readonly string[] } = {},
  ): Promise<void> {
    const header = this.fileHeader(generation);
    const snapshot = await encodeSnapshot(this.snapshotKey, header, database);
    try {
      await installFiles(this.fs, this.dir, {
        snapshot,
        log: encodeLogHeader(header),
        ...(options.header ? { header: serializeHeader(options.header) } : {}),
        removeFromBackups: options.removeFromBackups ?? [],
      });
    } catch (error) {
      throw fromFsError(error, 'write the journal');
    }
    await this.log?.close();
    this.log = null;
    try {
      this.log = await this.fs.open(this.path(LOG_FILE), 'update');
    } catch (error) {
      throw this.breakSession(error);
    }
    this.generation = generation;
    this.logLength = FILE_HEADER_BYTES;
    this.nextSeq = 1;
  }

  /** Reads and authenticates the snapshot and the log. Changes nothing, on disk or here. */
  async load(): Promise<LoadedFiles> {
    const snapshotBytes = await this.readFile(SNAPSHOT_FILE, 'the journal snapshot is missing');
    const { header, database } = await decodeSnapshot(
      this.snapshotKey,
      snapshotBytes,
      this.vaultId,
    );
    const logBytes = await this.readFile(LOG_FILE, 'the change log is missing');
    const logGeneration = logHeader(logBytes).generation;
    if (logGeneration !== header.generation && logGeneration !== header.generation - 1) {
      throw damaged('the change log does not match the snapshot');
    }
    // A log one generation behind is what a crash inside a compaction leaves. It is read and
    // authenticated like any other (its vault, its generation, every record) before the caller
    // proves that the snapshot already holds all of it (see proveStale in lifecycle.ts).
    const parsed = parseLog(this.logKey, logBytes, this.vaultId);
    const stale = logGeneration === header.generation - 1;
    return {
      generation: header.generation,
      database,
      payloads: stale ? [] : parsed.payloads,
      stalePayloads: stale ? parsed.payloads : [],
      tornTail: !stale && parsed.tornTail,
      staleLog: stale,
      logLength: stale ? 0 : parsed.validLength,
    };
  }

  /**
   * The newest state that can still be read after damage: the snapshot (which must
   * authenticate) plus every change record before the first damaged one.
   */
  async salvage(): Promise<{ database: Buffer; payloads: Buffer[]; generation: number }> {
    const snapshotBytes = await this.readFile(SNAPSHOT_FILE, 'the journal snapshot is missing');
    const { header, database } = await decodeSnapshot(
      this.snapshotKey,
      snapshotBytes,
      this.vaultId,
    );
    let parsed: ParsedLog | null = null;
    try {
      const logBytes = await this.fs.readFile(this.path(LOG_FILE));
      if (logHeader(logBytes).generation === header.generation) {
        parsed = parseLog(this.logKey, logBytes, this.vaultId, { salvage: true });
      }
    } catch {
      // A missing or unreadable log: the snapshot alone is what is left.
    }
    return { database, payloads: parsed?.payloads ?? [], generation: header.generation };
  }

  /** Takes over the files `load` read: cuts off a torn record, or replaces a stale log. */
  async startWriting(loaded: LoadedFiles): Promise<void> {
    this.generation = loaded.generation;
    if (loaded.staleLog) {
      // Its changes are in the snapshot already: a fresh log for this generation replaces it.
      await writeDurableTemp(
        this.fs,
        this.path(LOG_FILE),
        encodeLogHeader(this.fileHeader(this.generation)),
        'log.temp',
      );
      await this.installLog();
      return;
    }
    const log = await this.fs.open(this.path(LOG_FILE), 'update');
    try {
      if ((await log.size()) !== loaded.logLength) {
        await log.truncate(loaded.logLength);
        await log.datasync('log.truncate');
      }
    } catch (error) {
      await log.close();
      throw fromFsError(error, 'open the journal for writing');
    }
    this.log = log;
    this.logLength = loaded.logLength;
    this.nextSeq = loaded.payloads.length + 1;
  }

  /**
   * Appends one change and makes it durable. When this resolves the change survives a crash;
   * when it throws, the log is as it was before (or this session refuses further writes).
   */
  async append(payload: Uint8Array): Promise<number> {
    if (this.broken) throw this.broken;
    const log = this.log;
    if (!log) throw new JournalError('LOCKED', 'The journal is locked.');
    const record = encodeRecord(
      this.logKey,
      this.fileHeader(this.generation),
      this.nextSeq,
      payload,
    );
    try {
      await log.write(record, this.logLength);
      await log.datasync('log.record');
    } catch (error) {
      // Leave no half-written record behind for the next append to follow. If even that
      // fails, the end of the log is unknown: refuse to append after it.
      try {
        await log.truncate(this.logLength);
      } catch (truncateError) {
        this.breakSession(truncateError);
      }
      throw fromFsError(error, 'save');
    }
    this.logLength += record.length;
    this.nextSeq += 1;
    return record.length;
  }

  /**
   * Folds the log into a new snapshot (see the protocol above). With `inWorker`, the snapshot is
   * built from the files in a worker thread (see compaction.ts); if that cannot be done, or
   * without `inWorker`, it is the open database that `live` exports.
   */
  async compact(source: { live: () => Uint8Array; inWorker: boolean }): Promise<void> {
    if (this.broken) throw this.broken;
    const generation = this.generation + 1;
    let snapshot: Buffer | null = null;
    if (source.inWorker) snapshot = await this.buildInWorker(generation).catch(() => null);
    snapshot ??= await encodeSnapshot(this.snapshotKey, this.fileHeader(generation), source.live());
    await this.writeGeneration(generation, snapshot, { keepBackup: true });
  }

  /** Makes `database` the next generation at once (an import applied as one step). */
  async compactWith(database: Uint8Array): Promise<void> {
    if (this.broken) throw this.broken;
    const generation = this.generation + 1;
    const snapshot = await encodeSnapshot(this.snapshotKey, this.fileHeader(generation), database);
    await this.writeGeneration(generation, snapshot, { keepBackup: true });
  }

  private async buildInWorker(generation: number): Promise<Buffer> {
    const snapshotFile = await this.fs.readFile(this.path(SNAPSHOT_FILE));
    const log = await this.fs.open(this.path(LOG_FILE), 'read');
    let logFile: Buffer;
    try {
      logFile = await log.read(this.logLength, 0);
    } finally {
      await log.close();
    }
    return buildSnapshotInWorker({
      snapshotFile,
      logFile,
      snapshotKey: this.snapshotKey,
      logKey: this.logKey,
      vaultId: this.vaultId,
      records: this.pendingRecords,
      generation,
    });
  }

  /** Installs an encrypted snapshot (made for `generation`) and a fresh log. */
  private async writeGeneration(
    generation: number,
    snapshot: Buffer,
    options: { keepBackup: boolean },
  ): Promise<void> {
    const snapshotPath = this.path(SNAPSHOT_FILE);
    const logPath = this.path(LOG_FILE);
    const header = this.fileHeader(generation);
    try {
      const snapshotTemp = await writeDurableTemp(this.fs, snapshotPath, snapshot, 'snapshot.temp');
      await writeDurableTemp(this.fs, logPath, encodeLogHeader(header), 'log.temp');
      if (options.keepBackup) await this.keepBackup();
      await this.fs.rename(snapshotTemp, snapshotPath);
    } catch (error) {
      // Nothing was replaced: the old snapshot and log are still the journal.
      await sweepTemporaryFiles(this.fs, this.dir).catch(() => undefined);
      throw fromFsError(error, 'write the journal');
    }
    try {
      await this.fs.syncDir(this.dir, 'dir.snapshot');
    } catch (error) {
      throw this.breakSession(error);
    }
    this.generation = generation;
    await this.installLog();
    if (options.keepBackup) await this.pruneBackups().catch(() => undefined);
  }

  /** Renames the new empty log (already durable under its temporary name) into place. */
  private async installLog(): Promise<void> {
    const logPath = this.path(LOG_FILE);
    try {
      await this.log?.close();
      this.log = null;
      await this.fs.rename(logPath + TEMP_SUFFIX, logPath);
      await this.fs.syncDir(this.dir, 'dir.log');
      this.log = await this.fs.open(logPath, 'update');
    } catch (error) {
      throw this.breakSession(error);
    }
    this.logLength = FILE_HEADER_BYTES;
    this.nextSeq = 1;
  }

  /**
   * After a failure half-way through replacing files, the files are consistent (a log one
   * generation behind is set aside at the next unlock) but this session can no longer append.
   */
  private breakSession(cause: unknown): JournalError {
    this.broken = new JournalError(
      'IO_ERROR',
      'Twofold could not finish writing the journal. Lock it and unlock it again to continue.',
      { cause },
    );
    return this.broken;
  }

  /** Keeps the current snapshot under backups/ (a second name for it, not a copy). */
  private async keepBackup(): Promise<void> {
    const name = `snapshot-${String(this.generation).padStart(8, '0')}-${randomBytes(3).toString('hex')}`;
    if (await this.keep(SNAPSHOT_FILE, name)) {
      await this.fs.syncDir(this.path(BACKUP_DIR), 'dir.backup');
    }
  }

  /** Gives `name` a second name under backups/ (or copies it). False if it does not exist. */
  private async keep(name: string, target: string): Promise<boolean> {
    const from = this.path(name);
    const to = join(this.dir, BACKUP_DIR, target);
    await this.fs.mkdir(this.path(BACKUP_DIR));
    try {
      await this.fs.link(from, to);
    } catch (error) {
      if (isNotFound(error)) return false;
      // Some file systems have no hard links: copy instead.
      let bytes: Buffer;
      try {
        bytes = await this.fs.readFile(from);
      } catch (readError) {
        if (isNotFound(readError)) return false;
        throw readError;
      }
      await this.fs.rename(await writeDurableTemp(this.fs, to, bytes, 'backup.copy'), to);
    }
    return true;
  }

  private async pruneBackups(): Promise<void> {
    const backups = await listBackupFiles(this.fs, this.dir);
    for (const old of backups.slice(BACKUPS_KEPT)) {
      await ignoreMissing(this.fs.unlink(join(this.dir, BACKUP_DIR, old.id)));
    }
  }

  /** Reads a backup snapshot (authenticated with this vault's key). */
  async readBackup(id: string): Promise<Buffer> {
    if (!BACKUP_NAME.test(id)) throw damaged('that backup does not exist');
    const bytes = await this.readFile(join(BACKUP_DIR, id), 'that backup is missing');
    return (await decodeSnapshot(this.snapshotKey, bytes, this.vaultId, 'backup')).database;
  }

  /** Which backups authenticate with this vault's key, newest first. */
  async checkBackups(): Promise<{ good: BackupFile[]; damaged: BackupFile[] }> {
    const good: BackupFile[] = [];
    const bad: BackupFile[] = [];
    for (const backup of await listBackupFiles(this.fs, this.dir)) {
      try {
        await this.readBackup(backup.id);
        good.push(backup);
      } catch (error) {
        if (!(error instanceof JournalError && error.code === 'DAMAGED')) throw error;
        bad.push(backup);
      }
    }
    return { good, damaged: bad };
  }

  /** The newest generation anything in the folder has: a new one must be newer still. */
  async newestGeneration(): Promise<number> {
    const snapshotBytes = await this.fs.readFile(this.path(SNAPSHOT_FILE)).catch(() => null);
    const current = snapshotBytes ? snapshotHeaderOrNull(snapshotBytes) : null;
    return Math.max(
      current?.generation ?? 0,
      this.generation,
      (await listBackupFiles(this.fs, this.dir))[0]?.generation ?? 0,
    );
  }

  /**
   * Makes `database` the journal's content after damage: the files it replaces are first kept
   * under backups/ (nothing is thrown away), then it is installed as a new generation, newer
   * than anything in the folder, with `header` as the key file if given (when vault.json was
   * the damaged file).
   */
  async restoreFrom(database: Uint8Array, header?: VaultHeader): Promise<void> {
    const newest = await this.newestGeneration();
    const tag = `${String(newest).padStart(8, '0')}-${randomBytes(3).toString('hex')}`;
    const keptSnapshot = await this.keep(SNAPSHOT_FILE, `replaced-${tag}.snapshot`);
    const keptLog = await this.keep(LOG_FILE, `replaced-${tag}.log`);
    if (keptSnapshot || keptLog) await this.fs.syncDir(this.path(BACKUP_DIR), 'dir.backup');
    await this.installGeneration(newest + 1, database, header ? { header } : {});
    await this.pruneReplaced().catch(() => undefined);
  }

  private async pruneReplaced(): Promise<void> {
    const folder = this.path(BACKUP_DIR);
    const tags = [
      ...new Set(
        (await this.fs.readdir(folder))
          .map((name) => REPLACED_NAME.exec(name))
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) => m[0].replace(/\.(snapshot|log)$/, '')),
      ),
    ].sort((a, b) => (a < b ? 1 : -1));
    for (const tag of tags.slice(REPLACED_SETS_KEPT)) {
      await ignoreMissing(this.fs.unlink(join(folder, `${tag}.snapshot`)));
      await ignoreMissing(this.fs.unlink(join(folder, `${tag}.log`)));
    }
  }

  /** Sizes of the two data files, for `verify` and the benchmark. */
  async sizes(): Promise<{ snapshotBytes: number; logBytes: number }> {
    return {
      snapshotBytes: (await this.fs.stat(this.path(SNAPSHOT_FILE)))?.size ?? 0,
      logBytes: (await this.fs.stat(this.path(LOG_FILE)))?.size ?? 0,
    };
  }

  async close(): Promise<void> {
    const log = this.log;
    this.log = null;
    try {
      await log?.close();
    } finally {
      this.snapshotKey.fill(0);
      this.logKey.fill(0);
    }
  }

  private async readFile(name: string, missing: string): Promise<Buffer> {
    try {
      return await this.fs.readFile(this.path(name));
    } catch (error) {
      if (isNotFound(error)) throw damaged(missing);
      throw notAVaultFile(error, name) ?? fromFsError(error, 'read the journal');
    }
  }
}

function snapshotHeaderOrNull(bytes: Buffer): FileHeader | null {
  try {
    return snapshotHeader(bytes);
  } catch {
    return null;
  }
}

/** Backups newest first. Names carry only a generation number and random letters. */
export async function listBackupFiles(fs: VaultFs, dir: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await fs.readdir(join(dir, BACKUP_DIR));
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match) continue;
    const stat = await fs.stat(join(dir, BACKUP_DIR, name));
    if (stat) backups.push({ id: name, generation: Number(match[1]), mtimeMs: stat.mtimeMs });
  }
  return backups.sort((a, b) => b.generation - a.generation || b.mtimeMs - a.mtimeMs);
}

/** When the journal's newest data was last written (for "restore as of <date>"). */
export async function lastWriteTime(fs: VaultFs, dir: string): Promise<number | null> {
  const times = await Promise.all(
    [SNAPSHOT_FILE, LOG_FILE].map(async (name) => (await fs.stat(join(dir, name)))?.mtimeMs),
  );
  const known = times.filter((t): t is number => t !== undefined);
  return known.length > 0 ? Math.max(...known) : null;
}
