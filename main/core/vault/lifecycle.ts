import { randomBytes } from 'node:crypto';
import type { UnlockReport } from '../../contract/vault';
import { type Clock, systemClock } from '../clock';
import { KEY_BYTES } from '../crypto/aead';
import { ARGON2_FLOOR, type Argon2Params, calibrateArgon2, meetsFloor } from '../crypto/kdf';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { JournalError, fromFsError } from '../errors';
import { type CompactionPolicy, DEFAULT_COMPACTION, Journal, decodeChange } from '../journal';
import { putDimensions, putSigns } from '../store/catalog';
import { applyChange } from '../store/changes';
import { DEFAULT_DIMENSIONS, DEFAULT_SIGNS } from '../store/defaults';
import { migrate } from '../store/migrations';
import { type Database, loadSqlJs } from '../store/sqlite';
import { type VaultFs, nodeFs } from './fs';
import {
  type VaultHeader,
  buildHeader,
  makePassphraseSlot,
  makeRecoverySlot,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
} from './header';
import { acquireLock } from './lockfile';
import {
  type BackupFile,
  VaultStorage,
  listBackupFiles,
  readHeader,
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

function resolveKdf(choice: KdfChoice | undefined): () => Promise<Argon2Params> {
  if (!choice || choice.mode === 'calibrate') return () => calibrateArgon2();
  if (!choice.allowBelowFloor && !meetsFloor(choice.params)) {
    throw new Error('Argon2id parameters below the floor are only for tests');
  }
  return () => Promise.resolve(choice.params);
}

/** The floor, uncalibrated: real Argon2id at its minimum cost, for development and tests. */
export const FLOOR_KDF: KdfChoice = { mode: 'fixed', params: ARGON2_FLOOR };

export type CreatedVault = Readonly<{ journal: Journal; recoveryKey: string | null }>;

async function newDatabase(): Promise<Database> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
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
    await fs.mkdir(dir);
  } catch (error) {
    throw fromFsError(error, 'create the journal folder');
  }
  if (await vaultExists(fs, dir)) {
    throw new JournalError('VAULT_EXISTS', 'There is already a journal in this folder.');
  }
  const lock = await acquireLock(fs, dir);
  const dataKey = randomBytes(KEY_BYTES);
  let db: Database | null = null;
  try {
    await sweepTemporaryFiles(fs, dir);
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
    const storage = new VaultStorage(fs, dir, dataKey, vaultId);
    await storage.initialise(db.export());
    // The key file goes last: until it exists, the folder does not count as a journal.
    await writeHeader(fs, dir, header);
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
    dataKey.fill(0);
    await lock.release();
    throw fromFsError(error, 'create the journal');
  }
}

/** Decrypts the snapshot, replays the log, and returns the journal ready to use. */
async function openWithKey(
  fs: VaultFs,
  dir: string,
  header: VaultHeader,
  dataKey: Buffer,
  options: VaultOptions,
  release: () => Promise<void>,
  restoreBackupId?: string,
): Promise<{ journal: Journal; report: UnlockReport }> {
  const storage = new VaultStorage(fs, dir, dataKey, header.vaultId);
  let db: Database | null = null;
  try {
    const SQL = await loadSqlJs();
    let report: UnlockReport = { droppedIncompleteSave: false };
    let staleLog = false;
    let migrated: boolean;
    if (restoreBackupId !== undefined) {
      db = new SQL.Database(await storage.readBackup(restoreBackupId));
      db.run('PRAGMA foreign_keys = ON');
      migrate(db);
      await storage.restoreFrom(db.export());
      migrated = false;
    } else {
      const opened = await storage.read();
      db = new SQL.Database(opened.database);
      db.run('PRAGMA foreign_keys = ON');
      // Migrate before replaying: changes are whole objects, readable by every later schema.
      migrated = migrate(db);
      for (const payload of opened.payloads) applyChange(db, decodeChange(payload));
      report = { droppedIncompleteSave: opened.tornTail };
      staleLog = opened.staleLog;
      const database = db;
      await storage.startWriting(staleLog, () => database.export());
    }
    await sweepTemporaryFiles(fs, dir);
    const journal = new Journal({
      fs,
      dir,
      db,
      storage,
      lock: { release },
      header,
      dataKey,
      clock: options.clock ?? systemClock,
      compaction: options.compaction ?? DEFAULT_COMPACTION,
      kdf: resolveKdf(options.kdf),
    });
    // A migrated schema is written out at once, so the log never mixes schema versions.
    if (migrated) await journal.snapshot();
    await journal.purgeExpiredTrash();
    return { journal, report };
  } catch (error) {
    db?.close();
    await storage.close();
    throw error;
  }
}

async function withLock<T>(
  fs: VaultFs,
  dir: string,
  work: (release: () => Promise<void>) => Promise<T>,
): Promise<T> {
  if (!(await vaultExists(fs, dir))) {
    throw new JournalError('NO_VAULT', 'There is no journal in this folder yet.');
  }
  const lock = await acquireLock(fs, dir);
  try {
    return await work(() => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Unlocks with the passphrase. Wrong passphrase, damage and a newer format each have their code. */
export async function unlockVault(
  dir: string,
  passphrase: string,
  options: VaultOptions = {},
): Promise<{ journal: Journal; report: UnlockReport }> {
  const fs = options.fs ?? nodeFs;
  return withLock(fs, dir, async (release) => {
    const header = await readHeader(fs, dir);
    const dataKey = await unwrapWithPassphrase(header, passphrase);
    try {
      return await openWithKey(fs, dir, header, dataKey, options, release);
    } catch (error) {
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
): Promise<{ journal: Journal; report: UnlockReport }> {
  const fs = options.fs ?? nodeFs;
  const recoveryKey = parseRecoveryKey(recoveryKeyText);
  if (!recoveryKey) {
    throw new JournalError(
      'WRONG_RECOVERY_KEY',
      'That is not a valid recovery key. Check each group of letters and try again.',
    );
  }
  return withLock(fs, dir, async (release) => {
    const header = await readHeader(fs, dir);
    const dataKey = unwrapWithRecoveryKey(header, recoveryKey);
    recoveryKey.fill(0);
    try {
      const opened = await openWithKey(fs, dir, header, dataKey, options, release);
      await opened.journal.changePassphrase(newPassphrase);
      return opened;
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
  });
}

export async function listBackups(dir: string, fs: VaultFs = nodeFs): Promise<BackupFile[]> {
  return listBackupFiles(fs, dir);
}

/**
 * Replaces the journal's content with a backup snapshot (after damage). The current files are
 * kept as they are until the backup has been authenticated; then it becomes a new generation.
 */
export async function restoreVaultBackup(
  dir: string,
  passphrase: string,
  backupId: string,
  options: VaultOptions = {},
): Promise<{ journal: Journal; report: UnlockReport }> {
  const fs = options.fs ?? nodeFs;
  return withLock(fs, dir, async (release) => {
    const header = await readHeader(fs, dir);
    const dataKey = await unwrapWithPassphrase(header, passphrase);
    try {
      return await openWithKey(fs, dir, header, dataKey, options, release, backupId);
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
  });
}
