import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/temp-vault';
import { journalCli } from './testing';

// A real full disk: a small tmpfs (where this machine lets us mount one; elsewhere the
// injectable file system covers the same ground in main/core/vault/disk-full.test.ts). Every
// command that writes, with the disk full, fails with one sentence, leaves the journal exactly
// as it was (no temporary files), and works once there is room again.

const PASS = { JOURNAL_PASSPHRASE: 'a disk with no room' };
let root: string;
let cleanup: () => Promise<void>;
let mounted = false;

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
  await mkdir(join(root, 'disk'));
  mounted =
    process.platform === 'linux' &&
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', join(root, 'disk')]).status === 0;
});
afterAll(async () => {
  if (mounted) spawnSync('umount', [join(root, 'disk')]);
  await cleanup();
});

const vault = () => join(root, 'disk', 'vault');
const filler = () => join(root, 'disk', 'filler');
const journal = (args: string[], env: Record<string, string> = PASS) =>
  journalCli(['--vault', vault(), ...args], { env });

async function folder(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const item of await readdir(vault(), { recursive: true, withFileTypes: true })) {
    if (item.isFile() && item.name !== 'vault.lock') {
      const path = join(item.parentPath, item.name);
      out.set(path, (await readFile(path)).toString('base64'));
    }
  }
  return out;
}

/** Fills the disk to the last few KiB. */
async function fill(): Promise<void> {
  await rm(filler(), { force: true });
  const chunk = Buffer.alloc(64 * 1024, 1);
  const parts: Buffer[] = [];
  for (let size = 64 * 1024; size >= 1024; size /= 2) parts.push(chunk.subarray(0, size));
  await writeFile(filler(), '');
  for (const part of parts) {
    for (;;) {
      try {
        await writeFile(filler(), part, { flag: 'a' });
      } catch {
        break;
      }
    }
  }
}

describe.skipIf(process.platform !== 'linux')('a full disk (a small tmpfs)', () => {
  it('refuses every write with one sentence and changes nothing; all works with room again', async (context) => {
    if (!mounted) context.skip('cannot mount a tmpfs here (not root); see vault/disk-full.test.ts');
    expect((await journal(['init'])).code).toBe(0);
    expect((await journal(['add', '--text', 'Written with room to spare.'])).code).toBe(0);
    const backup = join(root, 'backup.twofold');
    expect((await journal(['backup', backup])).code).toBe(0);
    const list = join(root, 'list.json');
    await writeFile(
      list,
      JSON.stringify(
        Array.from({ length: 50 }, (_, i) => ({
          date: '2026-05-01',
          text: `Imported ${i} ${'words '.repeat(400)}`,
        })),
      ),
    );
    await fill();
    const before = await folder();
    const attempts: Array<[string[], Record<string, string>]> = [
      [['add', '--text', `A long entry. ${'more words '.repeat(2000)}`], PASS],
      [['import', list], PASS],
      [['passwd'], { ...PASS, JOURNAL_NEW_PASSPHRASE: 'somewhere roomier' }],
      [['restore', backup, '--force'], PASS],
    ];
    for (const [args, env] of attempts) {
      const result = await journal(args, env);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(1);
      expect(result.stderr.trimEnd().split('\n'), args[0]).toHaveLength(1);
      expect(result.stderr, args[0]).toMatch(/^The disk is full, so Twofold could not .*\.\n$/);
      expect(await folder(), args[0]).toEqual(before);
    }
    // Even reading takes a lock file, so it too says the disk is full, and changes nothing.
    const listed = await journal(['list', '--json']);
    expect(listed.stderr).toBe(
      'The disk is full, so Twofold could not open the journal. Nothing was lost; free some space and try again.\n',
    );
    expect(await folder()).toEqual(before);

    await rm(filler());
    for (const [args, env] of attempts.slice(0, 3)) {
      const result = await journal(args, env);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(0);
    }
    const again = { JOURNAL_PASSPHRASE: 'somewhere roomier' };
    expect((await journal(['verify'], again)).code).toBe(0);
    expect(JSON.parse((await journal(['list', '--json'], again)).stdout)).toHaveLength(52);
  }, 120_000);
});
