import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { deriveSubkey } from '../crypto/subkeys';
import { JournalError, damaged, fromFsError } from '../errors';
import {
  type FileHeader,
  FILE_HEADER_BYTES,
  decodeSnapshot,
  encodeLogHeader,
  encodeRecord,
  encodeSnapshot,
  logHeader,
  parseLog,
  snapshotHeader,
} from './format';
import { type VaultFile, type VaultFs, isNotFound } from './fs';
import { type VaultHeader, parseHeader, serializeHeader } from './header';

// The files of a vault folder and the protocol that keeps them consistent through crashes.
//
//   vault.json        key slots (see header.ts); rewritten only to change a passphrase
//   journal.snapshot  the whole database, encrypted, at generation N
//   journal.log       changes since that snapshot, one encrypted record each, generation N
//   backups/          the last few snapshots
//
// A save appends one record and fdatasyncs it: a few KiB whatever the journal's size. Now and
// then the log is folded into a new snapshot (compaction): write both new files under temporary
// names and fsync them, keep the old snapshot as a backup, rename the snapshot into place, fsync
// the folder, then the log, fsync the folder. A crash between the two renames leaves a log one
// generation behind the snapshot; its changes are already in the snapshot, so it is set aside.

export const HEADER_FILE = 'vault.json';
export const SNAPSHOT_FILE = 'journal.snapshot';
export const LOG_FILE = 'journal.log';
export const BACKUP_DIR = 'backups';
export const TEMP_SUFFIX = '.tmp';
export const BACKUPS_KEPT = 5;

export type OpenedData = Readonly<{
  database: Buffer;
  payloads: Buffer[];
  tornTail: boolean;
}>;

export type BackupFile = Readonly<{ id: string; generation: number; mtimeMs: number }>;

async function ignoreMissing(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Writes a whole file under a temporary name and makes it durable; the caller renames it. */
async function writeDurableTemp(fs: VaultFs, path: string, bytes: Uint8Array): Promise<string> {
  const temp = path + TEMP_SUFFIX;
  const file = await fs.open(temp, 'create');
  try {
    await file.write(bytes, 0);
    await file.sync();
  } finally {
    await file.close();
  }
  return temp;
}

export async function readHeader(fs: VaultFs, dir: string): Promise<VaultHeader> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(dir, HEADER_FILE));
  } catch (error) {
    if (isNotFound(error))
      throw new JournalError('NO_VAULT', 'There is no journal in this folder yet.');
    throw fromFsError(error, 'read the journal');
  }
  return parseHeader(bytes);
}

export async function vaultExists(fs: VaultFs, dir: string): Promise<boolean> {
  return (await fs.stat(join(dir, HEADER_FILE))) !== null;
}

/** Replaces the key file atomically (create, passphrase change, recovery). */
export async function writeHeader(fs: VaultFs, dir: string, header: VaultHeader): Promise<void> {
  const path = join(dir, HEADER_FILE);
  const temp = await writeDurableTemp(fs, path, serializeHeader(header));
  await fs.rename(temp, path);
  await fs.syncDir(dir);
}

/** Removes temporary files a crash left behind. They hold only ciphertext, but no clutter. */
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
      if (name.endsWith(TEMP_SUFFIX)) await ignoreMissing(fs.unlink(join(folder, name)));
    }
  }
}

export class VaultStorage {
  private log: VaultFile | null = null;
  private logLength = 0;
  private nextSeq = 1;
  private generation = 0;
  /** Set when a compaction failed half-way: the files are consistent, this object is not. */
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

  private fileHeader(generation: number): FileHeader {
    return { generation, vaultId: this.vaultId };
  }

  /** Writes generation 1 of a new vault: snapshot and empty log (the key file comes last). */
  async initialise(database: Uint8Array): Promise<void> {
    await this.fs.mkdir(join(this.dir, BACKUP_DIR));
    await this.writeGeneration(1, database, { keepBackup: false });
  }

  /** Reads and authenticates the snapshot and the log; changes nothing on disk. */
  async read(): Promise<OpenedData & { staleLog: boolean }> {
    const snapshotBytes = await this.readFile(SNAPSHOT_FILE, 'the journal snapshot is missing');
    const { header, database } = decodeSnapshot(this.snapshotKey, snapshotBytes, this.vaultId);
    this.generation = header.generation;
    const logBytes = await this.readFile(LOG_FILE, 'the change log is missing');
    const logGeneration = logHeader(logBytes).generation;
    if (logGeneration === header.generation - 1) {
      // A crash between the two renames of a compaction: the snapshot already holds these.
      return { database, payloads: [], tornTail: false, staleLog: true };
    }
    if (logGeneration !== header.generation) {
      throw damaged('the change log does not match the snapshot');
    }
    const parsed = parseLog(this.logKey, logBytes, this.vaultId);
    this.logLength = parsed.validLength;
    this.nextSeq = parsed.payloads.length + 1;
    return { database, payloads: parsed.payloads, tornTail: parsed.tornTail, staleLog: false };
  }

  /** Opens the log for appending, first cutting off a torn last record if there was one. */
  async startWriting(staleLog: boolean, database: () => Uint8Array): Promise<void> {
    if (staleLog) {
      await this.writeGeneration(this.generation + 1, database(), { keepBackup: false });
      return;
    }
    const log = await this.fs.open(join(this.dir, LOG_FILE), 'update');
    try {
      if ((await log.size()) !== this.logLength) {
        await log.truncate(this.logLength);
        await log.datasync();
      }
    } catch (error) {
      await log.close();
      throw fromFsError(error, 'open the journal for writing');
    }
    this.log = log;
  }

  /**
   * Appends one change and makes it durable. When this resolves the change survives a crash;
   * when it throws, the log is as it was before.
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
      await log.datasync();
    } catch (error) {
      // Leave no half-written record behind for the next append to follow.
      await log.truncate(this.logLength).catch(() => undefined);
      throw fromFsError(error, 'save');
    }
    this.logLength += record.length;
    this.nextSeq += 1;
    return record.length;
  }

  /** Folds the log into a new snapshot (see the protocol above). */
  async compact(database: Uint8Array): Promise<void> {
    await this.writeGeneration(this.generation + 1, database, { keepBackup: true });
  }

  private async writeGeneration(
    generation: number,
    database: Uint8Array,
    options: { keepBackup: boolean },
  ): Promise<void> {
    const snapshotPath = join(this.dir, SNAPSHOT_FILE);
    const logPath = join(this.dir, LOG_FILE);
    const header = this.fileHeader(generation);
    try {
      const snapshotTemp = await writeDurableTemp(
        this.fs,
        snapshotPath,
        encodeSnapshot(this.snapshotKey, header, database),
      );
      await writeDurableTemp(this.fs, logPath, encodeLogHeader(header));
      if (options.keepBackup) await this.keepBackup();
      await this.fs.rename(snapshotTemp, snapshotPath);
    } catch (error) {
      // Nothing was replaced: the old snapshot and log are still the journal.
      await sweepTemporaryFiles(this.fs, this.dir).catch(() => undefined);
      throw fromFsError(error, 'write the journal');
    }
    try {
      await this.fs.syncDir(this.dir);
      await this.log?.close();
      this.log = null;
      await this.fs.rename(logPath + TEMP_SUFFIX, logPath);
      await this.fs.syncDir(this.dir);
      this.log = await this.fs.open(logPath, 'update');
    } catch (error) {
      // The files are consistent (a log one generation behind is set aside at the next unlock),
      // but this session can no longer append safely.
      this.broken = new JournalError(
        'IO_ERROR',
        'Twofold could not finish writing the journal. Lock it and unlock it again to continue.',
        { cause: error },
      );
      throw this.broken;
    }
    this.generation = generation;
    this.logLength = FILE_HEADER_BYTES;
    this.nextSeq = 1;
    if (options.keepBackup) await this.pruneBackups().catch(() => undefined);
  }

  private async keepBackup(): Promise<void> {
    const current = join(this.dir, SNAPSHOT_FILE);
    const name = `snapshot-${String(this.generation).padStart(8, '0')}-${randomBytes(3).toString('hex')}`;
    const target = join(this.dir, BACKUP_DIR, name);
    await this.fs.mkdir(join(this.dir, BACKUP_DIR));
    try {
      await this.fs.link(current, target);
    } catch (error) {
      if (isNotFound(error)) return;
      // Some file systems have no hard links: copy instead.
      const temp = await writeDurableTemp(this.fs, target, await this.fs.readFile(current));
      await this.fs.rename(temp, target);
    }
    await this.fs.syncDir(join(this.dir, BACKUP_DIR));
  }

  private async pruneBackups(): Promise<void> {
    const backups = await listBackupFiles(this.fs, this.dir);
    for (const old of backups.slice(BACKUPS_KEPT)) {
      await ignoreMissing(this.fs.unlink(join(this.dir, BACKUP_DIR, old.id)));
    }
  }

  /** Reads a backup snapshot (authenticated with this vault's key). */
  async readBackup(id: string): Promise<Buffer> {
    const bytes = await this.readFile(join(BACKUP_DIR, id), 'that backup is missing');
    return decodeSnapshot(this.snapshotKey, bytes, this.vaultId).database;
  }

  /** Makes a backup the journal's content: a new generation, written like any compaction. */
  async restoreFrom(database: Uint8Array): Promise<void> {
    const snapshotBytes = await this.fs.readFile(join(this.dir, SNAPSHOT_FILE)).catch(() => null);
    const current = snapshotBytes ? snapshotHeaderOrNull(snapshotBytes) : null;
    const newest = Math.max(
      current?.generation ?? 0,
      this.generation,
      await this.newestBackupGeneration(),
    );
    await this.writeGeneration(newest + 1, database, { keepBackup: false });
  }

  private async newestBackupGeneration(): Promise<number> {
    const backups = await listBackupFiles(this.fs, this.dir);
    return backups[0]?.generation ?? 0;
  }

  async close(): Promise<void> {
    const log = this.log;
    this.log = null;
    await log?.close();
    this.snapshotKey.fill(0);
    this.logKey.fill(0);
  }

  private async readFile(name: string, missing: string): Promise<Buffer> {
    try {
      return await this.fs.readFile(join(this.dir, name));
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
    const match = /^snapshot-(\d{8})-[0-9a-f]{6}$/.exec(name);
    if (!match) continue;
    const stat = await fs.stat(join(dir, BACKUP_DIR, name));
    if (stat) backups.push({ id: name, generation: Number(match[1]), mtimeMs: stat.mtimeMs });
  }
  return backups.sort((a, b) => b.generation - a.generation || b.mtimeMs - a.mtimeMs);
}
