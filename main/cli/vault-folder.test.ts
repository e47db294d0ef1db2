import { mkdir, readFile, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/temp-vault';
import { type CliResult, type CliRun, journalCli } from './testing';

// The vault folder as someone (or something) left it: a key file gone, a file replaced by a
// folder or by a link to a device. Each must open what can be opened, refuse what cannot with
// one sentence and the "damaged" exit code, and never let `init` or `restore` write over it.

let dir: string;
let cleanup: () => Promise<void>;
const PASS = { JOURNAL_PASSPHRASE: 'a long and private passphrase' };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const vault = () => join(dir, 'vault');
const journal = (args: string[], run: CliRun = {}) =>
  journalCli(['--vault', vault(), ...args], { env: PASS, ...run });

function expectSentence(result: CliResult, code: number, message: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(lines[0]).toMatch(/\.$/);
}

async function seed(): Promise<void> {
  expect((await journal(['init'])).code).toBe(0);
  for (const text of ['The first entry.', 'The second entry.']) {
    const added = await journal(['add', '--date', '2026-03-01', '--text', text]);
    expect(added.code, added.stderr).toBe(0);
  }
}

async function texts(): Promise<string[]> {
  const listed = await journal(['list', '--json']);
  expect(listed.code, listed.stderr).toBe(0);
  return (JSON.parse(listed.stdout) as Array<{ text: string }>).map((e) => e.text).sort();
}

/** Every file under the vault and its bytes, to show that nothing changed. */
async function files(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const item of await readdir(vault(), { recursive: true, withFileTypes: true })) {
    if (item.isFile() && item.name !== 'vault.lock') {
      const path = join(item.parentPath, item.name);
      out.set(path.slice(vault().length), (await readFile(path)).toString('base64'));
    }
  }
  return out;
}

describe('a vault folder missing its key file', () => {
  it('opens from the copy in backups/ and puts the key file back', async () => {
    await seed();
    await rm(join(vault(), 'vault.json'));
    expect(await texts()).toEqual(['The first entry.', 'The second entry.']);
    expect((await stat(join(vault(), 'vault.json'))).isFile()).toBe(true);
    expect((await journal(['verify'])).code).toBe(0);
  });

  it('is still a journal: init and restore without --force refuse to write over it', async () => {
    await seed();
    expect((await journal(['backup', join(dir, 'b.twofold')])).code).toBe(0);
    await rename(join(vault(), 'vault.json'), join(dir, 'vault.json.aside'));
    const before = await files();
    expectSentence(await journal(['init']), 1, /already a journal/);
    expectSentence(await journal(['restore', join(dir, 'b.twofold')]), 1, /already a journal/);
    expect(await files()).toEqual(before);
    // With the copy gone too, it still is not an empty folder to write over.
    await rm(join(vault(), 'backups', 'key.json'));
    const bare = await files();
    expectSentence(await journal(['init']), 1, /already a journal/);
    expectSentence(await journal(['list']), 4, /key file and its copy .* are both missing/);
    expect(await files()).toEqual(bare);
  });
});

describe('a vault file that is not a file', () => {
  it('refuses a change log that is a link to /dev/zero, without reading it', async () => {
    await seed();
    await rm(join(vault(), 'journal.log'));
    await symlink('/dev/zero', join(vault(), 'journal.log'));
    expectSentence(await journal(['list']), 4, /journal\.log is not a regular file/);
  });

  it('refuses a folder in place of each vault file with the damaged exit code', async () => {
    await seed();
    for (const name of ['journal.log', 'journal.snapshot', 'vault.json']) {
      const aside = join(dir, `${name}.aside`);
      await rename(join(vault(), name), aside);
      await mkdir(join(vault(), name));
      const result = await journal(['list']);
      expectSentence(result, 4, /damaged/);
      if (name !== 'vault.json') expect(result.stderr).toContain(`${name} is a folder, not a file`);
      await rm(join(vault(), name), { recursive: true });
      await rename(aside, join(vault(), name));
    }
    expect(await texts()).toEqual(['The first entry.', 'The second entry.']);
  });

  it('refuses a key file far too big to be one', async () => {
    await seed();
    await writeFile(join(vault(), 'vault.json'), Buffer.alloc(1024 * 1024, 0x20));
    await rm(join(vault(), 'backups', 'key.json'));
    expectSentence(await journal(['list']), 4, /vault\.json is far larger/);
  });
});
