import { basename } from 'node:path';
import type { VaultFile, VaultFs } from '../vault/fs';
import { nodeFs } from '../vault/fs';

// The real file system with faults switched on and off by a test: a full disk part-way through
// a write, an I/O error from fsync, a truncate that fails.

export type Fault = 'ENOSPC' | 'EIO';

export class FaultyFs implements VaultFs {
  /** Writes to files whose name matches fail after writing half their bytes. */
  failWrites: { name: RegExp; code: Fault } | null = null;
  failSyncs: { name: RegExp; code: Fault } | null = null;
  failTruncates = false;

  constructor(private readonly inner: VaultFs = nodeFs) {}

  private static error(code: Fault): NodeJS.ErrnoException {
    const error = new Error(`${code}: simulated`) as NodeJS.ErrnoException;
    error.code = code;
    return error;
  }

  async open(path: string, mode: Parameters<VaultFs['open']>[1]): Promise<VaultFile> {
    const file = await this.inner.open(path, mode);
    const name = basename(path);
    const faults = () => this;
    return {
      async write(data, position) {
        const fault = faults().failWrites;
        if (fault && fault.name.test(name)) {
          await file.write(data.subarray(0, Math.floor(data.length / 2)), position);
          throw FaultyFs.error(fault.code);
        }
        await file.write(data, position);
      },
      read: (length, position) => file.read(length, position),
      size: () => file.size(),
      async truncate(length) {
        if (faults().failTruncates) throw FaultyFs.error('EIO');
        await file.truncate(length);
      },
      async datasync(point) {
        const fault = faults().failSyncs;
        if (fault?.name.test(name)) throw FaultyFs.error(fault.code);
        await file.datasync(point);
      },
      async sync(point) {
        const fault = faults().failSyncs;
        if (fault?.name.test(name)) throw FaultyFs.error(fault.code);
        await file.sync(point);
      },
      close: () => file.close(),
    };
  }

  readFile = (path: string, maxBytes?: number) => this.inner.readFile(path, maxBytes);
  rename = (from: string, to: string) => this.inner.rename(from, to);
  link = (existing: string, newPath: string) => this.inner.link(existing, newPath);
  unlink = (path: string) => this.inner.unlink(path);
  readdir = (dir: string) => this.inner.readdir(dir);
  mkdir = (dir: string) => this.inner.mkdir(dir);
  stat = (path: string) => this.inner.stat(path);
  syncDir = (dir: string, point: Parameters<VaultFs['syncDir']>[1]) =>
    this.inner.syncDir(dir, point);
}
