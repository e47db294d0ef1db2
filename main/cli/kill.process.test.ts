import { spawn } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalError } from '../core/errors';
import { entryInput } from '../core/testing/entry-input';
import { mulberry32 } from '../core/testing/generate';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../core/testing/temp-vault';
import { createVault, recoverVault, unlockVault } from '../core/vault/lifecycle';

// kill -9 in the middle of the commands that replace the key file or the whole journal:
// passwd, recover, restore and import, each killed at random moments through its run (the
// real executable over the built bundle). Afterwards the journal must open with the old secret
// or the new one (never neither), hold the old content or the new (never a mix), and verify.

const root = resolve(import.meta.dirname, '../..');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));
const KILLS = 6;
const OLD = 'the passphrase before';
const NEW = 'the passphrase after';
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(root, 'bin', 'journal.js'), ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env['PATH'] ?? '', TWOFOLD_KDF: 'floor', ...env },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const started = Date.now();
  const done = new Promise<{ code: number | null; ms: number; stderr: string }>((r) =>
    child.once('close', (code) => r({ code, ms: Date.now() - started, stderr })),
  );
  return { child, done };
}

/** Opens `vault` with the first passphrase that works; the texts of its entries. */
async function opens(vault: string, passphrases: string[]) {
  for (const passphrase of passphrases) {
    try {
      const { journal } = await unlockVault(vault, passphrase, options);
      try {
        const texts = await Promise.all(
          (await journal.listEntries()).map(async (s) => (await journal.getEntry(s.id)).text),
        );
        const { problems } = await journal.verify();
        return { passphrase, texts: texts.sort(), problems };
      } finally {
        await journal.close();
      }
    } catch (error) {
      if (!(error instanceof JournalError && error.code === 'WRONG_PASSPHRASE')) throw error;
    }
  }
  throw new Error(`${vault} opens with none of ${passphrases.join(', ')}`);
}

async function template(name: string, texts: string[], passphrase = OLD) {
  const vault = join(dir, name);
  const { journal, recoveryKey } = await createVault(vault, passphrase, {
    ...options,
    withRecoveryKey: true,
  });
  for (const text of texts) await journal.saveEntry(entryInput({ text }));
  await journal.compact();
  await journal.saveEntry(entryInput({ text: `${texts[0]} (in the log)` }));
  await journal.close();
  return { vault, recoveryKey: recoveryKey! };
}

/**
 * Runs the command once to see how long it takes, then again and again on fresh copies of the
 * vault, killed at a random moment of that span, and checks each copy with `check`.
 */
async function killDuring(
  name: string,
  vault: string,
  args: (copy: string) => string[],
  env: Record<string, string>,
  check: (copy: string) => Promise<void>,
) {
  const timing = join(dir, `${name}-timing`);
  await cp(vault, timing, { recursive: true });
  const whole = await run(['--vault', timing, ...args(timing)], env).done;
  expect(whole.code, whole.stderr).toBe(0);
  await check(timing);
  const random = mulberry32(name.length * 7919);
  for (let kill = 0; kill < KILLS; kill += 1) {
    const copy = join(dir, `${name}-${kill}`);
    await cp(vault, copy, { recursive: true });
    const { child, done } = run(['--vault', copy, ...args(copy)], env);
    const at = random() * whole.ms * 1.1;
    await new Promise<void>((r) => {
      const timer = setTimeout(r, at);
      void done.then(() => {
        clearTimeout(timer);
        r();
      });
    });
    child.kill('SIGKILL');
    await done;
    await check(copy);
  }
}

describe.skipIf(!built)('kill -9 while replacing secrets or the journal (needs a build)', () => {
  it('passwd: the journal opens with the old passphrase or the new one', async () => {
    const { vault } = await template('passwd', ['Kept through passwd.']);
    await killDuring(
      'passwd',
      vault,
      () => ['passwd'],
      { JOURNAL_PASSPHRASE: OLD, JOURNAL_NEW_PASSPHRASE: NEW },
      async (copy) => {
        const found = await opens(copy, [OLD, NEW]);
        expect(found.texts).toEqual(['Kept through passwd.', 'Kept through passwd. (in the log)']);
        expect(found.problems).toEqual([]);
      },
    );
  }, 300_000);

  it('recover: the old passphrase or the new one opens it, and the recovery key always does', async () => {
    const { vault, recoveryKey } = await template('recover', ['Kept through recover.']);
    await killDuring(
      'recover',
      vault,
      () => ['recover'],
      { JOURNAL_RECOVERY_KEY: recoveryKey, JOURNAL_NEW_PASSPHRASE: NEW },
      async (copy) => {
        const found = await opens(copy, [OLD, NEW]);
        expect(found.texts).toHaveLength(2);
        expect(found.problems).toEqual([]);
        const again = await recoverVault(copy, recoveryKey, found.passphrase, options);
        await again.journal.close();
      },
    );
  }, 300_000);

  it('restore --force: the journal that was there or the restored one, never neither', async () => {
    const { vault } = await template('restore', ['The journal that was there.']);
    const other = await template('restore-source', ['The journal in the backup.'], NEW);
    const backup = join(dir, 'restore.twofold');
    const made = await run(['--vault', other.vault, 'backup', backup], {
      JOURNAL_PASSPHRASE: NEW,
    }).done;
    expect(made.code, made.stderr).toBe(0);
    await killDuring(
      'restore',
      vault,
      () => ['restore', backup, '--force'],
      { JOURNAL_PASSPHRASE: NEW },
      async (copy) => {
        const found = await opens(copy, [OLD, NEW]);
        const from =
          found.passphrase === OLD ? 'The journal that was there.' : 'The journal in the backup.';
        expect(found.texts).toEqual([from, `${from} (in the log)`]);
        expect(found.problems).toEqual([]);
      },
    );
  }, 300_000);

  it('import: all of the file or none of it', async () => {
    const { vault } = await template('import', ['Before the import.']);
    const file = join(dir, 'import.json');
    const list = Array.from({ length: 200 }, (_, i) => ({
      date: '2026-04-01',
      text: `Imported entry ${i}.`,
    }));
    await writeFile(file, JSON.stringify(list));
    await killDuring(
      'import',
      vault,
      () => ['import', file],
      { JOURNAL_PASSPHRASE: OLD },
      async (copy) => {
        const found = await opens(copy, [OLD]);
        expect([2, 2 + list.length]).toContain(found.texts.length);
        expect(found.problems).toEqual([]);
      },
    );
  }, 300_000);
});
