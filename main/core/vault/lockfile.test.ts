import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWriter } from '../testing/spawn-writer';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { nodeFs } from './fs';
import { createVault, unlockVault } from './lifecycle';
import { LOCK_FILE, acquireLock, currentBoot } from './lockfile';

let dir: string;
let cleanup: () => Promise<void>;
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };
const lockPath = () => join(dir, LOCK_FILE);

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

/** A pid that is certainly not running: a finished child's. */
async function deadPid(): Promise<number> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

async function writeLock(owner: object): Promise<void> {
  await writeFile(lockPath(), JSON.stringify(owner));
}

describe('one process at a time', () => {
  it('refuses a journal open in another process, and takes over once that process is killed', async () => {
    await (await createVault(dir, 'pass', options)).journal.close();
    const holder = await startWriter(dir, 'hold', { passphrase: 'pass' });
    await holder.ready;
    const refused = await unlockVault(dir, 'pass', options).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'VAULT_IN_USE',
      message:
        'This journal is open in another Twofold window or command. Close it there and try again.',
    });
    holder.child.kill('SIGKILL');
    await holder.done;
    // The killed holder's lock is still there, and it is taken over.
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ pid: holder.child.pid });
    const { journal } = await unlockVault(dir, 'pass', options);
    await journal.close();
  }, 60_000);

  it('takes over a lock left by a dead process or an earlier boot of this machine', async () => {
    const stale = [
      { pid: await deadPid(), host: hostname(), boot: currentBoot(), nonce: 'a' },
      // After a power cut, the old pid may belong to a live process now (here: this one).
      { pid: process.pid, host: hostname(), boot: 'id:an-earlier-boot', nonce: 'b' },
    ];
    for (const owner of stale) {
      await writeLock(owner);
      const lock = await acquireLock(nodeFs, dir);
      expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
      await lock.release();
    }
  });

  it('respects a live lock, one from another computer, and a fresh unreadable one', async () => {
    const live = await acquireLock(nodeFs, dir);
    await expect(acquireLock(nodeFs, dir)).rejects.toMatchObject({ code: 'VAULT_IN_USE' });
    await live.release();

    await writeLock({ pid: 1, host: 'another-computer', boot: 'id:x', nonce: 'c' });
    await expect(acquireLock(nodeFs, dir)).rejects.toMatchObject({
      code: 'VAULT_IN_USE',
      message: 'This journal is open on another computer. Close it there and try again.',
    });

    // What a process that is creating its lock looks like for a moment: empty.
    await writeFile(lockPath(), '');
    await expect(acquireLock(nodeFs, dir)).rejects.toMatchObject({ code: 'VAULT_IN_USE' });
    // Left like that by a crash long ago: stale.
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath(), old, old);
    await (await acquireLock(nodeFs, dir)).release();
  });

  it('releases only its own lock', async () => {
    const lock = await acquireLock(nodeFs, dir);
    await writeLock({ pid: 1, host: 'another-computer', boot: 'id:x', nonce: 'someone else' });
    await lock.release();
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ nonce: 'someone else' });
  });
});
