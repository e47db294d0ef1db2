import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

/**
 * Every place the vault protocol waits for the disk. Each has a job (see storage.ts), and the
 * power-loss test drops them one at a time to show that none of them is optional.
 */
export const SYNC_POINTS = [
  /** fdatasync after appending a change record: the save is durable when this returns. */
  'log.record',
  /** fdatasync after cutting a torn record off the log, so it is reported only once. */
  'log.truncate',
  /** fsync of a new snapshot under its temporary name, before it is renamed into place. */
  'snapshot.temp',
  /** fsync of a new, empty log under its temporary name. */
  'log.temp',
  /** fsync of a new key file (create, passphrase change, recovery). */
  'header.temp',
  /** fsync of the copy of the key file kept in backups/. */
  'keycopy.temp',
  /** fsync of a backup copied (not linked) on file systems without hard links. */
  'backup.copy',
  /** Folder fsync after the snapshot's rename: it must be on disk before the new log is. */
  'dir.snapshot',
  /** Folder fsync after the log's rename: records appended next must land in a reachable file. */
  'dir.log',
  /** Folder fsync after the key file's rename. */
  'dir.header',
  /** backups/ fsync after the key file copy's rename. */
  'dir.keycopy',
  /** backups/ fsync after keeping the old snapshot as a backup (or setting damaged files aside). */
  'dir.backup',
  /** Parent folder fsync after creating the vault's folder. */
  'dir.parent',
  /** fsync of an install's commit record before it is renamed into place (see install.ts). */
  'install.temp',
  /** Folder fsyncs of an install: its files before the commit, the commit, each step after. */
  'dir.install',
] as const;

export type SyncPoint = (typeof SYNC_POINTS)[number];

/**
 * The few file operations the vault needs, behind an interface so tests can inject faults
 * (a full disk, a write error) or simulate power loss by dropping what was never synced.
 */
export interface VaultFile {
  /** Writes all of `data` at `position` (or at the end for files opened to append). */
  write(data: Uint8Array, position?: number): Promise<void>;
  read(length: number, position: number): Promise<Buffer>;
  size(): Promise<number>;
  truncate(length: number): Promise<void>;
  /** Makes the file's data durable (fdatasync). `point` names the protocol step. */
  datasync(point: SyncPoint): Promise<void>;
  /** Makes data and metadata durable (fsync). */
  sync(point: SyncPoint): Promise<void>;
  close(): Promise<void>;
}

export type OpenMode = 'read' | 'append' | 'create' | 'createExclusive' | 'update';

/** No vault file is anywhere near this big; reading stops here (a link to /dev/zero, say). */
export const MAX_VAULT_FILE_BYTES = 1024 * 1024 * 1024;

export interface VaultFs {
  open(path: string, mode: OpenMode): Promise<VaultFile>;
  /**
   * The whole of a regular file of at most `maxBytes` (default MAX_VAULT_FILE_BYTES). Anything
   * else fails without reading it: a folder (EISDIR), a device or pipe (ENOTREGULAR), a bigger
   * file (EFBIG).
   */
  readFile(path: string, maxBytes?: number): Promise<Buffer>;
  /** Atomic replace within one folder. */
  rename(from: string, to: string): Promise<void>;
  /** Adds a second name for a file (used to keep backups without copying). */
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string): Promise<void>;
  /** Size and modification time, or null when there is no such file. */
  stat(path: string): Promise<{ size: number; mtimeMs: number } | null>;
  /** Makes a folder's entries (creations, renames) durable. */
  syncDir(dir: string, point: SyncPoint): Promise<void>;
}

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

const FLAGS: Record<OpenMode, number> = {
  read: constants.O_RDONLY,
  append: constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
  create: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC,
  createExclusive: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
  update: constants.O_RDWR,
};

class NodeFile implements VaultFile {
  constructor(private readonly handle: fsp.FileHandle) {}

  async write(data: Uint8Array, position?: number): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const at = position === undefined ? null : position + offset;
      const { bytesWritten } = await this.handle.write(data, offset, data.length - offset, at);
      offset += bytesWritten;
    }
  }

  async read(length: number, position: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    let offset = 0;
    while (offset < length) {
      const { bytesRead } = await this.handle.read(
        buffer,
        offset,
        length - offset,
        position + offset,
      );
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  }

  async size(): Promise<number> {
    return (await this.handle.stat()).size;
  }

  truncate(length: number): Promise<void> {
    return this.handle.truncate(length);
  }

  datasync(_point: SyncPoint): Promise<void> {
    return this.handle.datasync();
  }

  sync(_point: SyncPoint): Promise<void> {
    return this.handle.sync();
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** The real file system, with owner-only permissions on everything the vault creates. */
export const nodeFs: VaultFs = {
  async open(path, mode) {
    return new NodeFile(await fsp.open(path, FLAGS[mode], FILE_MODE));
  },
  async readFile(path, maxBytes = MAX_VAULT_FILE_BYTES) {
    const handle = await fsp.open(path, constants.O_RDONLY);
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw fileError('EISDIR', path);
      if (!stat.isFile()) throw fileError('ENOTREGULAR', path);
      if (stat.size > maxBytes) throw fileError('EFBIG', path);
      // One byte past what fstat promised, to notice a file that grows meanwhile.
      const bytes = await new NodeFile(handle).read(stat.size + 1, 0);
      if (bytes.length > maxBytes) throw fileError('EFBIG', path);
      return bytes;
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
  readdir: (dir) => fsp.readdir(dir),
  async mkdir(dir) {
    await fsp.mkdir(dir, { recursive: true, mode: DIR_MODE });
    if (process.platform !== 'win32') await fsp.chmod(dir, DIR_MODE);
  },
  async stat(path) {
    try {
      const s = await fsp.stat(path);
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  async syncDir(dir, _point) {
    // Windows cannot open a folder for syncing; NTFS journals renames itself.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

function fileError(code: 'EISDIR' | 'ENOTREGULAR' | 'EFBIG', path: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: ${path}`) as NodeJS.ErrnoException;
  error.code = code;
  return error;
}

export function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
