import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { CURRENT_RESTORE_POINT, type UnlockReport } from '../../contract/vault';
import { type Clock, systemClock } from '../clock';
import { KEY_BYTES } from '../crypto/aead';
import { ARGON2_FLOOR, type Argon2Params, calibrateArgon2, meetsFloor } from '../crypto/kdf';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { JournalError, damaged, fromFsError } from '../errors';
import { type CompactionPolicy, DEFAULT_COMPACTION, Journal } from '../journal';
import { putDimensions, putSigns } from '../store/catalog';
import { DEFAULT_DIMENSIONS, DEFAULT_SIGNS } from '../store/defaults';
import { migrate } from '../store/migrations';
import { rebuildDatabase } from '../store/rebuild';
import { contentDigest } from '../store/verify';
import type { Database } from '../store/sqlite';
import { openDatabase } from '../store/sqlite-runtime';
import { type VaultFs, nodeFs } from './fs';
import {
  type VaultHeader,
  buildHeader,
  makePassphraseSlot,
  makeRecoverySlot,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
} from './header';
import { finishInstall } from './install';
import { type VaultLock, acquireLock } from './lockfile';
import {
  type BackupFile,
  VaultStorage,
  ensureKeyCopy,
  lastWriteTime,
  listBackupFiles,
  makeVaultFolder,
  readHeader,
  readKeyCopy,
  sweepTemporaryFiles,
  vaultExists,
  writeHeader,
} from './storage';

export type KdfChoice =
  /** Measure this machine and aim for 0.5–1 s (the default for real journals). */
  | { mode: 'calibrate' }
  /** Exactly these parameters; refused below the floor unless `allowBelowFloor` (tests only). */
  | { mode: 'fixed'; params: Argon2Params; allowBelowFloor?: boolean };

export type VaultOptions = Readonly<{
  fs?: VaultFs;
  clock?: Clock;
  kdf?: KdfChoice;
  compaction?: CompactionPolicy;
}>;

export function resolveKdf(choice: KdfChoice | undefined): () => Promise<Argon2Params> {
  if (!choice || choice.mode === 'calibrate') return () => calibrateArgon2();
  if (!choice.allowBelowFloor && !meetsFloor(choice.params)) {
    throw new Error('Argon2id parameters below the floor are only for tests');
  }
  return () => Promise.resolve(choice.params);
}

/** The floor, uncalibrated: real Argon2id at its minimum cost, for development and tests. */
export const FLOOR_KDF: KdfChoice = { mode: 'fixed', params: ARGON2_FLOOR };

export type CreatedVault = Readonly<{ journal: Journal; recoveryKey: string | null }>;
export type OpenedVault = Readonly<{ journal: Journal; report: UnlockReport }>;

async function newDatabase(): Promise<Database> {
  const db = await openDatabase();
  db.run('PRAGMA foreign_keys = ON');
  migrate(db);
  putDimensions(db, DEFAULT_DIMENSIONS);
  putSigns(db, DEFAULT_SIGNS);
  return db;
}

/** Creates a new journal in `dir` (made owner-only) and returns it unlocked. */
export async function createVault(
  dir: string,
  passphrase: string,
  options: VaultOptions & { withRecoveryKey?: boolean } = {},
): Promise<CreatedVault> {
  const fs = options.fs ?? nodeFs;
  const kdf = resolveKdf(options.kdf);
  try {
    await makeVaultFolder(fs, dir);
  } catch (error) {
    throw fromFsError(error, 'create the journal folder');
  }
  const refuseIfJournal = async () => {
    if (await vaultExists(fs, dir)) {
      throw new JournalError('VAULT_EXISTS', 'There is already a journal in this folder.');
    }
  };
  await refuseIfJournal();
  const lock = await acquireLock(fs, dir);
  const dataKey = randomBytes(KEY_BYTES);
  let db: Database | null = null;
  let storage: VaultStorage | null = null;
  try {
    await sweepTemporaryFiles(fs, dir);
    // Again under the lock: another process may have made one meanwhile.
    await refuseIfJournal();
    const vaultId = randomBytes(16).toString('base64');
    const slots: VaultHeader['slots'][number][] = [
      await makePassphraseSlot(vaultId, dataKey, passphrase, await kdf()),
    ];
    let recoveryKey: string | null = null;
    if (options.withRecoveryKey) {
      const generated = generateRecoveryKey();
      slots.push(makeRecoverySlot(vaultId, dataKey, generated.bytes));
      recoveryKey = formatRecoveryKey(generated.bytes);
      generated.bytes.fill(0);
    }
    const clock = options.clock ?? systemClock;
    const header = buildHeader(dataKey, { vaultId, createdAt: clock().toISOString(), slots });
    db = await newDatabase();
    storage = new VaultStorage(fs, dir, dataKey, vaultId);
    await storage.initialise(db.export(), header);
    const journal = new Journal({
      fs,
      dir,
      db,
      storage,
      lock,
      header,
      dataKey,
      clock,
      compaction: options.compaction ?? DEFAULT_COMPACTION,
      kdf,
    });
    return { journal, recoveryKey };
  } catch (error) {
    db?.close();
    await storage?.close().catch(() => undefined);
    dataKey.fill(0);
    await lock.release();
    throw fromFsError(error, 'create the journal');
  }
}

function journalFor(
  fs: VaultFs,
  dir: string,
  header: VaultHeader,
  dataKey: Buffer,
  db: Database,
  storage: VaultStorage,
  lock: VaultLock,
  options: VaultOptions,
): Journal {
  return new Journal({
    fs,
    dir,
    db,
    storage,
    lock,
    header,
    dataKey,
    clock: options.clock ?? systemClock,
    compaction: options.compaction ?? DEFAULT_COMPACTION,
    kdf: resolveKdf(options.kdf),
  });
}

/** Decrypts the snapshot, replays the log, and returns the journal ready to use. */
async function openWithKey(
  fs: VaultFs,
  dir: string,
  header: VaultHeader,
  dataKey: Buffer,
  options: VaultOptions,
  lock: VaultLock,
): Promise<OpenedVault> {
  const storage = new VaultStorage(fs, dir, dataKey, header.vaultId);
  let db: Database | null = null;
  try {
    const loaded = await storage.load();
    // Opening a database takes its buffer over, so the proof below needs a copy of its own.
    const forProof = loaded.stalePayloads.length > 0 ? Buffer.from(loaded.database) : null;
    const rebuilt = await rebuildDatabase(loaded.database, loaded.payloads);
    db = rebuilt.db;
    if (forProof) await proveStale(db, forProof, loaded.stalePayloads);
    // Nothing on disk changes until everything has been read and authenticated.
    await storage.startWriting(loaded);
    await sweepTemporaryFiles(fs, dir);
    await ensureKeyCopy(fs, dir, header);
    const journal = journalFor(fs, dir, header, dataKey, db, storage, lock, options);
    // A migrated schema is written out at once, so the log never mixes schema versions.
    if (rebuilt.migrated) await journal.snapshot();
    await journal.purgeExpiredTrash();
    return { journal, report: { droppedIncompleteSave: loaded.tornTail } };
  } catch (error) {
    db?.close();
    await storage.close().catch(() => undefined);
    throw error;
  }
}

/**
 * A log one generation behind the snapshot may be set aside only if the snapshot already holds
 * every change in it: replaying it on top must change nothing a person could see. Anything
 * else (a log that is really newer than the snapshot, or one put there by hand) is damage.
 */
async function proveStale(opened: Database, snapshot: Buffer, stale: Buffer[]): Promise<void> {
  const { db: replayed } = await rebuildDatabase(snapshot, stale);
  try {
    if (contentDigest(replayed) !== contentDigest(opened)) {
      throw damaged('the change log is older than the snapshot but holds changes it does not');
    }
  } finally {
    replayed.close();
  }
}

async function withLock<T>(
  fs: VaultFs,
  dir: string,
  work: (lock: VaultLock) => Promise<T>,
): Promise<T> {
  if (!(await vaultExists(fs, dir))) {
    throw new JournalError('NO_VAULT', 'There is no journal in this folder yet.');
  }
  const lock = await acquireLock(fs, dir);
  try {
    // A create or restore that a crash interrupted after its commit is finished first.
    await finishInstall(fs, dir);
    return await work(lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

// Restore points --------------------------------------------------------------------------------

/**
 * When unlocking finds damage, the passphrase has just opened the key: that is the moment to
 * find out which restore points are good. Only their names and dates are kept (never a key),
 * so the app can offer "restore the backup from <date>" knowing that it will work.
 */
const checkedRestorePoints = new Map<string, BackupFile[]>();

function isDamage(error: unknown): boolean {
  return error instanceof JournalError && error.code === 'DAMAGED';
}

async function checkRestorePoints(
  fs: VaultFs,
  dir: string,
  header: VaultHeader,
  dataKey: Buffer,
): Promise<BackupFile[]> {
  const storage = new VaultStorage(fs, dir, dataKey, header.vaultId);
  try {
    const points: BackupFile[] = [];
    try {
      const salvaged = await storage.salvage();
      salvaged.database.fill(0);
      const at = await lastWriteTime(fs, dir);
      if (at !== null) {
        points.push({ id: CURRENT_RESTORE_POINT, generation: salvaged.generation, mtimeMs: at });
      }
    } catch (error) {
      if (!isDamage(error)) throw error;
    }
    points.push(...(await storage.checkBackups()).good);
    return points;
  } finally {
    await storage.close();
  }
}

async function rememberRestorePoints(
  fs: VaultFs,
  dir: string,
  header: VaultHeader,
  dataKey: Buffer,
): Promise<void> {
  try {
    checkedRestorePoints.set(resolve(dir), await checkRestorePoints(fs, dir, header, dataKey));
  } catch {
    checkedRestorePoints.delete(resolve(dir));
  }
}

/**
 * Restore points, newest first: the journal's own files up to any damage ("current"), then the
 * backups. After a damaged unlock, only the ones that were checked and found good.
 */
export async function listBackups(dir: string, fs: VaultFs = nodeFs): Promise<BackupFile[]> {
  const checked = checkedRestorePoints.get(resolve(dir));
  if (checked) return checked;
  const points: BackupFile[] = [];
  const at = await lastWriteTime(fs, dir);
  if (at !== null) points.push({ id: CURRENT_RESTORE_POINT, generation: 0, mtimeMs: at });
  return [...points, ...(await listBackupFiles(fs, dir))];
}

type KeyFile = Readonly<{
  header: VaultHeader;
  /** Where the header came from: vault.json, or its copy because vault.json is gone or damaged. */
  from: 'file' | 'copy-of-missing' | 'copy-of-damaged';
  /** What is wrong with vault.json, when the copy stands in for a damaged one. */
  damage?: JournalError;
}>;

/** The key file, or its copy in backups/ when the key file itself is missing or damaged. */
async function readHeaderOrCopy(fs: VaultFs, dir: string): Promise<KeyFile> {
  try {
    return { header: await readHeader(fs, dir), from: 'file' };
  } catch (error) {
    const missing = error instanceof JournalError && error.code === 'NO_VAULT';
    if (!missing && !isDamage(error)) throw error;
    let copy: VaultHeader | null;
    try {
      copy = await readKeyCopy(fs, dir);
    } catch (copyError) {
      // The copy is damaged too: report the key file's own trouble if it has one.
      throw missing ? copyError : error;
    }
    if (copy && missing) return { header: copy, from: 'copy-of-missing' };
    if (copy) return { header: copy, from: 'copy-of-damaged', damage: error as JournalError };
    if (missing) throw damaged('the key file and its copy in backups are both missing');
    throw error;
  }
}

// Unlocking -------------------------------------------------------------------------------------

/** Unlocks with the passphrase. Wrong passphrase, damage and a newer format each have their code. */
export async function unlockVault(
  dir: string,
  passphrase: string,
  options: VaultOptions = {},
): Promise<OpenedVault> {
  const fs = options.fs ?? nodeFs;
  return withLock(fs, dir, async (lock) => {
    const { header, from, damage } = await readHeaderOrCopy(fs, dir);
    const dataKey = await unwrapWithPassphrase(header, passphrase);
    try {
      if (damage) throw damage;
      const opened = await openWithKey(fs, dir, header, dataKey, options, lock);
      // A key file that is simply gone comes back from its copy, which the passphrase and the
      // journal's files have just proved right.
      if (from === 'copy-of-missing') await writeHeader(fs, dir, header);
      checkedRestorePoints.delete(resolve(dir));
      return opened;
    } catch (error) {
      if (isDamage(error)) await rememberRestorePoints(fs, dir, header, dataKey);
      dataKey.fill(0);
      throw error;
    }
  });
}

/** Opens with the recovery key and sets a new passphrase (the old one stops working). */
export async function recoverVault(
  dir: string,
  recoveryKeyText: string,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<OpenedVault> {
  const fs = options.fs ?? nodeFs;
  const recoveryKey = parseRecoveryKey(recoveryKeyText);
  if (!recoveryKey) {
    throw new JournalError(
      'WRONG_RECOVERY_KEY',
      'That is not a valid recovery key. Check each group of letters and try again.',
    );
  }
  return withLock(fs, dir, async (lock) => {
    // Recovery writes a new key file anyway, so a missing or damaged one is no obstacle.
    const { header } = await readHeaderOrCopy(fs, dir);
    let dataKey: Buffer;
    try {
      dataKey = unwrapWithRecoveryKey(header, recoveryKey);
    } finally {
      recoveryKey.fill(0);
    }
    let opened: OpenedVault;
    try {
      opened = await openWithKey(fs, dir, header, dataKey, options, lock);
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    // From here the journal owns the key and the lock: closing it releases both.
    try {
      await opened.journal.changePassphrase(newPassphrase);
    } catch (error) {
      await opened.journal.close();
      throw error;
    }
    return opened;
  });
}

/**
 * Replaces the journal's content with a restore point after damage: "current" (the snapshot
 * and every change before the damage) or a backup snapshot. Nothing is changed until the
 * restore point has been authenticated; the damaged files are then kept aside in backups/, and
 * the restored content becomes a new generation.
 */
export async function restoreVaultBackup(
  dir: string,
  passphrase: string,
  backupId: string,
  options: VaultOptions = {},
): Promise<OpenedVault> {
  const fs = options.fs ?? nodeFs;
  return withLock(fs, dir, async (lock) => {
    const { header, from } = await readHeaderOrCopy(fs, dir);
    const dataKey = await unwrapWithPassphrase(header, passphrase);
    const storage = new VaultStorage(fs, dir, dataKey, header.vaultId);
    let db: Database | null = null;
    try {
      const source =
        backupId === CURRENT_RESTORE_POINT
          ? await storage.salvage()
          : { database: await storage.readBackup(backupId), payloads: [] };
      db = (await rebuildDatabase(source.database, source.payloads)).db;
      await storage.restoreFrom(db.export(), from === 'file' ? undefined : header);
      await sweepTemporaryFiles(fs, dir);
      checkedRestorePoints.delete(resolve(dir));
      const journal = journalFor(fs, dir, header, dataKey, db, storage, lock, options);
      await journal.purgeExpiredTrash();
      return { journal, report: { droppedIncompleteSave: false } };
    } catch (error) {
      db?.close();
      await storage.close().catch(() => undefined);
      dataKey.fill(0);
      throw error;
    }
  });
}
