import { openInSlices, sealInSlices } from '../crypto/aead';
import { deriveSubkey } from '../crypto/subkeys';
import { JournalError, damaged, fromFsError } from '../errors';
import { nodeFs } from './fs';
import {
  MAX_HEADER_BYTES,
  type VaultHeader,
  parseHeader,
  serializeHeader,
  unwrapWithPassphrase,
} from './header';
import { rebuildDatabase } from '../store/rebuild';
import type { VaultOptions } from './lifecycle';
import { acquireLock } from './lockfile';
import { setAsideJournal } from './install';
import { VaultStorage, makeVaultFolder, sweepTemporaryFiles, vaultExists } from './storage';

// `journal backup FILE` writes one self-contained, encrypted file that `journal restore FILE`
// turns back into a vault. It opens with the passphrase (or recovery key) the journal had when
// the backup was made, because it carries that key file:
//
//   "TWOFBAK1" | u16 version (1) | u16 0 | u32 n | key file (vault.json), n bytes |
//   nonce(12) | AES-256-GCM(database) | tag(16)
//
// The database is sealed with a key of its own (HKDF of the data key, purpose "export"), and
// everything before it (magic, version, the whole key file) is its associated data: change a
// byte anywhere and the file does not open. Nothing in it is readable without the passphrase.

const MAGIC = Buffer.from('TWOFBAK1');
export const BACKUP_FILE_VERSION = 1;
const PREFIX_BYTES = 16;

function exportKey(dataKey: Uint8Array, header: VaultHeader): Buffer {
  return deriveSubkey(dataKey, 'export', Buffer.from(header.vaultId, 'base64'));
}

export async function encodeBackupFile(
  header: VaultHeader,
  dataKey: Uint8Array,
  database: Uint8Array,
): Promise<Buffer> {
  const headerBytes = serializeHeader(header);
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(BACKUP_FILE_VERSION, 8);
  prefix.writeUInt32BE(headerBytes.length, 12);
  const aad = Buffer.concat([prefix, headerBytes]);
  const key = exportKey(dataKey, header);
  try {
    return await sealInSlices(key, database, aad, aad);
  } finally {
    key.fill(0);
  }
}

export type BackupFileContents = Readonly<{ header: VaultHeader; sealed: Buffer; aad: Buffer }>;

/** Reads the plain part of a backup file: its key file. Nothing is decrypted yet. */
export function readBackupFile(bytes: Buffer): BackupFileContents {
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) {
    throw new JournalError('INVALID_REQUEST', 'That file is not a Twofold backup.');
  }
  const version = bytes.readUInt16BE(8);
  if (version > BACKUP_FILE_VERSION) {
    throw new JournalError(
      'UNSUPPORTED_VERSION',
      'This backup was made by a newer version of Twofold. Update Twofold to restore it.',
    );
  }
  const headerLength = bytes.readUInt32BE(12);
  if (
    version !== BACKUP_FILE_VERSION ||
    bytes.readUInt16BE(10) !== 0 ||
    headerLength > MAX_HEADER_BYTES ||
    bytes.length < PREFIX_BYTES + headerLength
  ) {
    throw damaged('the backup file is cut short or damaged');
  }
  const aad = bytes.subarray(0, PREFIX_BYTES + headerLength);
  const header = parseHeader(Buffer.from(bytes.subarray(PREFIX_BYTES, aad.length)));
  return { header, sealed: bytes.subarray(aad.length), aad };
}

/** Decrypts the database of a backup file with the data key its key file gave. */
export async function openBackupFile(
  contents: BackupFileContents,
  dataKey: Uint8Array,
): Promise<Buffer> {
  const key = exportKey(dataKey, contents.header);
  try {
    return await openInSlices(key, contents.sealed, contents.aad);
  } catch (error) {
    throw damaged('the backup file fails its integrity check', error);
  } finally {
    key.fill(0);
  }
}

/**
 * Makes a backup file the journal in `dir`. An existing journal there (any of its files) is
 * replaced only with `replace`, never while it is open, and is first kept whole under
 * backups/replaced-journal-…/, a folder that opens as a journal of its own with its passphrase.
 * The backup goes in as one install (install.ts): a crash at any moment leaves the old journal
 * or the restored one, never a mix and never nothing.
 */
export async function restoreBackupFile(
  dir: string,
  bytes: Buffer,
  passphrase: string,
  options: VaultOptions & { replace?: boolean } = {},
): Promise<{ entries: number }> {
  const fs = options.fs ?? nodeFs;
  const contents = readBackupFile(bytes);
  const dataKey = await unwrapWithPassphrase(contents.header, passphrase);
  let storage: VaultStorage | null = null;
  try {
    const database = await openBackupFile(contents, dataKey);
    const { db } = await rebuildDatabase(database, []);
    let restored: Uint8Array;
    let entries: number;
    try {
      restored = db.export();
      entries = Number(
        db.exec('SELECT count(*) FROM entries WHERE deleted_at IS NULL')[0]?.values[0]?.[0] ?? 0,
      );
    } finally {
      db.close();
    }
    try {
      await makeVaultFolder(fs, dir);
    } catch (error) {
      throw fromFsError(error, 'create the journal folder');
    }
    const lock = await acquireLock(fs, dir);
    try {
      // Finishes an install a crash interrupted, and sweeps one that never committed.
      await sweepTemporaryFiles(fs, dir);
      storage = new VaultStorage(fs, dir, dataKey, contents.header.vaultId);
      const generation = (await storage.newestGeneration()) + 1;
      let removeFromBackups: string[] = [];
      if (await vaultExists(fs, dir)) {
        if (!options.replace) {
          throw new JournalError(
            'VAULT_EXISTS',
            'There is already a journal in this folder; replacing it with the backup needs an explicit choice.',
          );
        }
        removeFromBackups = (await setAsideJournal(fs, dir, generation - 1)).remove;
      }
      await storage.installGeneration(generation, restored, {
        header: contents.header,
        removeFromBackups,
      });
      return { entries };
    } finally {
      await storage?.close();
      await lock.release();
    }
  } catch (error) {
    throw fromFsError(error, 'restore the backup');
  } finally {
    dataKey.fill(0);
  }
}
