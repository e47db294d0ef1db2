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
import { type VaultHeader, parseHeader, serializeHeader } from './header';
import { LOCK_FILE } from './lockfile';

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

export const HEADER_FILE = 'vault.json';
export const SNAPSHOT_FILE = 'journal.snapshot';
export const LOG_FILE = 'journal.log';
export const BACKUP_DIR = 'backups';
/** A copy of the key file, so damage to vault.json alone does not lock the person out. */
export const KEY_COPY_FILE = 'key.json';
export const TEMP_SUFFIX = '.tmp';
export const BACKUPS_KEPT = 5;
/** Sets of replaced (usually damaged) files kept aside after a restore: the newest few. */
const REPLACED_SETS_KEPT = 2;

const BACKUP_NAME = /^snapshot-(\d{8})-[0-9a-f]{6}$/;
const REPLACED_NAME = /^replaced-(\d{8})-[0-9a-f]{6}\.(snapshot|log)$/;

export type BackupFile = Readonly<{ id: string; generation: number; mtimeMs: number }>;

/** What unlocking read from disk, authenticated, before anything is changed. */
export type LoadedFiles = Readonly<{
  generation: number;
  database: Buffer;
  payloads: Buffer[];
  tornTail: boolean;
  /** The log is one generation behind the snapshot (a crash inside a compaction). */
  staleLog: boolean;
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

async function readHeaderFile(fs: VaultFs, path: string): Promise<VaultHeader> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (isNotFound(error))
      throw new JournalError('NO_VAULT', 'There is no journal in this folder yet.');
    throw fromFsError(error, 'read the journal');
  }
  return parseHeader(bytes);
}

export function readHeader(fs: VaultFs, dir: string): Promise<VaultHeader> {
  return readHeaderFile(fs, join(dir, HEADER_FILE));
}

/** The copy of the key file in backups/ (for restoring when vault.json itself is damaged). */
export async function readKeyCopy(fs: VaultFs, dir: string): Promise<VaultHeader> {
  try {
    return await readHeaderFile(fs, join(dir, BACKUP_DIR, KEY_COPY_FILE));
  } catch (error) {
    if (error instanceof JournalError && error.code === 'NO_VAULT') {
      throw damaged('the key file is damaged and there is no copy of it');
    }
    throw error;
  }
}

export async function vaultExists(fs: VaultFs, dir: string): Promise<boolean> {
  return (await fs.stat(join(dir, HEADER_FILE))) !== null;
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
  const current = await fs.readFile(join(dir, BACKUP_DIR, KEY_COPY_FILE)).catch(() => null);
  if (!current || !current.equals(bytes)) await writeKeyCopy(fs, dir, bytes);
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

/** Removes what a crash left behind: temporary files and locks set aside. Only ciphertext. */
export async function sweepTemporaryFiles(fs: VaultFs, dir: string): Promise<void> {
  for (const folder of [dir, join(dir, BACKUP_DIR)]) {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (isNotFound(error)) continue;
      throw error;
    }
    for (const name of names) {
      if (name.endsWith(TEMP_SUFFIX) || name.startsWith(`${LOCK_FILE}.stale-`)) {
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

  /** Writes generation 1 of a new vault: snapshot and empty log (the key file comes last). */
  async initialise(database: Uint8Array): Promise<void> {
    await this.fs.mkdir(this.path(BACKUP_DIR));
    await this.encodeAndWrite(1, database, { keepBackup: false });
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
    if (logGeneration === header.generation - 1) {
      return {
        generation: header.generation,
        database,
        payloads: [],
        tornTail: false,
        staleLog: true,
        logLength: 0,
      };
    }
    if (logGeneration !== header.generation) {
      throw damaged('the change log does not match the snapshot');
    }
    const parsed = parseLog(this.logKey, logBytes, this.vaultId);
    return {
      generation: header.generation,
      database,
      payloads: parsed.payloads,
      tornTail: parsed.tornTail,
      staleLog: false,
      logLength: parsed.validLength,
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

  private async encodeAndWrite(
    generation: number,
    database: Uint8Array,
    options: { keepBackup: boolean },
  ): Promise<void> {
    const header = this.fileHeader(generation);
    const snapshot = await encodeSnapshot(this.snapshotKey, header, database);
    await this.writeGeneration(generation, snapshot, options);
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

  /**
   * Makes `database` the journal's content (after damage, or from a backup file): the files it
   * replaces are first kept under backups/ (after damage nothing is thrown away), then it
   * becomes a new generation, newer than anything in the folder.
   */
  async restoreFrom(database: Uint8Array, options: { keepReplaced: boolean }): Promise<void> {
    const snapshotBytes = await this.fs.readFile(this.path(SNAPSHOT_FILE)).catch(() => null);
    const current = snapshotBytes ? snapshotHeaderOrNull(snapshotBytes) : null;
    const newest = Math.max(
      current?.generation ?? 0,
      this.generation,
      (await listBackupFiles(this.fs, this.dir))[0]?.generation ?? 0,
    );
    if (options.keepReplaced) {
      const tag = `${String(newest).padStart(8, '0')}-${randomBytes(3).toString('hex')}`;
      const keptSnapshot = await this.keep(SNAPSHOT_FILE, `replaced-${tag}.snapshot`);
      const keptLog = await this.keep(LOG_FILE, `replaced-${tag}.log`);
      if (keptSnapshot || keptLog) await this.fs.syncDir(this.path(BACKUP_DIR), 'dir.backup');
    }
    await this.fs.mkdir(this.path(BACKUP_DIR));
    await this.encodeAndWrite(newest + 1, database, { keepBackup: false });
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
      throw fromFsError(error, 'read the journal');
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

/** Removes every backup and set-aside file (when the folder starts holding another journal). */
export async function removeBackups(fs: VaultFs, dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(join(dir, BACKUP_DIR));
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  for (const name of names) {
    if (BACKUP_NAME.test(name) || REPLACED_NAME.test(name) || name === KEY_COPY_FILE) {
      await ignoreMissing(fs.unlink(join(dir, BACKUP_DIR, name)));
    }
  }
}

/** When the journal's newest data was last written (for "restore as of <date>"). */
export async function lastWriteTime(fs: VaultFs, dir: string): Promise<number | null> {
  const times = await Promise.all(
    [SNAPSHOT_FILE, LOG_FILE].map(async (name) => (await fs.stat(join(dir, name)))?.mtimeMs),
  );
  const known = times.filter((t): t is number => t !== undefined);
  return known.length > 0 ? Math.max(...known) : null;
}
