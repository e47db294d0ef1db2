import { hostname } from 'node:os';
import { join } from 'node:path';
import { JournalError } from '../errors';
import { type VaultFile, type VaultFs, isNotFound } from './fs';

// One process at a time per vault. The lock is a file holding the owner's pid and host; a lock
// left behind by a process that no longer runs on this machine is taken over, so a crash never
// leaves the journal stuck.

export const LOCK_FILE = 'vault.lock';

const heldHere = new Set<string>();

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type LockOwner = { pid: number; host: string };

async function readOwner(fs: VaultFs, path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse((await fs.readFile(path)).toString('utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host };
    }
    return null;
  } catch (error) {
    if (isNotFound(error)) return null;
    return null;
  }
}

function isStale(owner: LockOwner | null, path: string): boolean {
  // An unreadable lock file is what a crash while writing it leaves behind.
  if (!owner) return true;
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !heldHere.has(path);
  return !processIsAlive(owner.pid);
}

const inUse = () =>
  new JournalError(
    'VAULT_IN_USE',
    'This journal is open in another Twofold window or command. Close it there and try again.',
  );

export type VaultLock = { release(): Promise<void> };

export async function acquireLock(fs: VaultFs, dir: string): Promise<VaultLock> {
  const path = join(dir, LOCK_FILE);
  if (heldHere.has(path)) throw inUse();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let file: VaultFile;
    try {
      file = await fs.open(path, 'createExclusive');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(fs, path);
      if (!isStale(owner, path)) throw inUse();
      await fs.unlink(path).catch((e: unknown) => {
        if (!isNotFound(e)) throw e;
      });
      continue;
    }
    try {
      await file.write(Buffer.from(JSON.stringify({ pid: process.pid, host: hostname() })));
    } finally {
      await file.close();
    }
    heldHere.add(path);
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        heldHere.delete(path);
        await fs.unlink(path).catch(() => undefined);
      },
    };
  }
  throw inUse();
}
