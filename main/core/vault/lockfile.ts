import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join, resolve } from 'node:path';
import { JournalError, damaged, fromFsError } from '../errors';
import { type VaultFile, type VaultFs, isNotFound } from './fs';

// One process at a time per vault. The lock is a file holding the owner's pid, host, boot and a
// random nonce. A lock is stale, and taken over, when its owner is gone: its process no longer
// runs, or the machine has rebooted since (after a power cut the old pid may well belong to
// some other program now). A lock file that cannot be read is what a crash between creating and
// filling it leaves; it is stale once it is a few seconds old (a live owner fills it at once).

export const LOCK_FILE = 'vault.lock';
const UNREADABLE_GRACE_MS = 10_000;
/** Without a boot id, boot times computed from the clock may differ by this much. */
const BOOT_TIME_SLACK_S = 120;

const heldHere = new Set<string>();

type LockOwner = Readonly<{ pid: number; host: string; boot: string; nonce: string }>;

/** Which boot of this machine we are in: Linux's boot id, else the boot time to the second. */
export function currentBoot(): string {
  try {
    const id = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    if (id) return `id:${id}`;
  } catch {
    // Not Linux: fall back to the boot time.
  }
  return `t:${Math.round(Date.now() / 1000 - uptime())}`;
}

function sameBoot(a: string, b: string): boolean {
  if (a.startsWith('t:') && b.startsWith('t:')) {
    return Math.abs(Number(a.slice(2)) - Number(b.slice(2))) <= BOOT_TIME_SLACK_S;
  }
  return a === b;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(bytes: Buffer): LockOwner | null {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as Partial<LockOwner>;
    if (
      typeof parsed.pid === 'number' &&
      typeof parsed.host === 'string' &&
      typeof parsed.boot === 'string' &&
      typeof parsed.nonce === 'string'
    ) {
      return { pid: parsed.pid, host: parsed.host, boot: parsed.boot, nonce: parsed.nonce };
    }
  } catch {
    // Unreadable: see isStale.
  }
  return null;
}

/** A lock file holds a few dozen bytes of JSON. */
const MAX_LOCK_BYTES = 4096;

type Holder = { owner: LockOwner | null; bytes: Buffer } | 'gone';

async function readHolder(fs: VaultFs, path: string): Promise<Holder> {
  try {
    const bytes = await fs.readFile(path, MAX_LOCK_BYTES);
    return { owner: parseOwner(bytes), bytes };
  } catch (error) {
    if (isNotFound(error)) return 'gone';
    if (['EISDIR', 'ENOTREGULAR', 'EFBIG'].includes((error as NodeJS.ErrnoException).code ?? '')) {
      throw damaged(`${LOCK_FILE} is not a lock file Twofold wrote`);
    }
    throw error;
  }
}

async function isStale(fs: VaultFs, path: string, owner: LockOwner | null): Promise<boolean> {
  if (!owner) {
    const stat = await fs.stat(path);
    return stat !== null && Date.now() - stat.mtimeMs > UNREADABLE_GRACE_MS;
  }
  // Another computer (a shared folder): we cannot see its processes, so we never take over.
  if (owner.host !== hostname()) return false;
  if (!sameBoot(owner.boot, currentBoot())) return true;
  if (owner.pid === process.pid) return !heldHere.has(path);
  return !processIsAlive(owner.pid);
}

const inUse = (otherHost: boolean) =>
  new JournalError(
    'VAULT_IN_USE',
    otherHost
      ? 'This journal is open on another computer. Close it there and try again.'
      : 'This journal is open in another Twofold window or command. Close it there and try again.',
  );

/**
 * Moves a stale lock out of the way. Two processes may find the same stale lock at once; the
 * rename lets only one of them have it, and the winner checks that what it moved is the lock it
 * judged stale (not a fresh one that the other process created in between), else puts it back.
 */
async function takeOver(fs: VaultFs, path: string, stale: Buffer): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await fs.rename(path, aside);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  const moved = await fs.readFile(aside, MAX_LOCK_BYTES).catch(() => null);
  if (moved && !moved.equals(stale)) {
    await fs.link(aside, path).catch(() => undefined);
    await fs.unlink(aside).catch(() => undefined);
    throw inUse(false);
  }
  await fs.unlink(aside).catch(() => undefined);
}

export type VaultLock = { release(): Promise<void> };

export async function acquireLock(fs: VaultFs, dir: string): Promise<VaultLock> {
  const path = join(resolve(dir), LOCK_FILE);
  if (heldHere.has(path)) throw inUse(false);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    boot: currentBoot(),
    nonce: randomBytes(12).toString('hex'),
  };
  const content = Buffer.from(JSON.stringify(owner));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let file: VaultFile;
    try {
      file = await fs.open(path, 'createExclusive');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(fs, path);
      if (holder === 'gone') continue;
      if (!(await isStale(fs, path, holder.owner))) {
        throw inUse(holder.owner !== null && holder.owner.host !== hostname());
      }
      await takeOver(fs, path, holder.bytes);
      continue;
    }
    try {
      await file.write(content, 0);
    } catch (error) {
      // A lock file that could not be written (a full disk) is no lock: take it away again.
      await file.close().catch(() => undefined);
      await fs.unlink(path).catch(() => undefined);
      throw fromFsError(error, 'open the journal');
    }
    await file.close();
    heldHere.add(path);
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        heldHere.delete(path);
        // Remove the lock only if it is still ours.
        const holder = await readHolder(fs, path).catch(() => 'gone' as const);
        if (holder !== 'gone' && holder.owner?.nonce === owner.nonce) {
          await fs.unlink(path).catch(() => undefined);
        }
      },
    };
  }
  throw inUse(false);
}
