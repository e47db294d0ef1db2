import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/temp-vault';
import { journalCli } from './testing';

// `passwd` rewrites the key file and keeps the data key (SECURITY.md, "Changing the
// passphrase"). What it says must be exactly what it does: the new key file needs the new
// passphrase, and an old copy of the key file still opens everything, later entries included.

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const OLD = { JOURNAL_PASSPHRASE: 'the old passphrase' };
const NEW = { JOURNAL_PASSPHRASE: 'the new passphrase' };
const vault = () => join(dir, 'vault');
const journal = (args: string[], env: Record<string, string>) =>
  journalCli(['--vault', vault(), ...args], { env });

describe('journal passwd', () => {
  it('says what it protects, and that is what happens', async () => {
    expect((await journal(['init'], OLD)).code).toBe(0);
    await copyFile(join(vault(), 'vault.json'), join(dir, 'old-key-file.json'));
    const changed = await journal(['passwd'], {
      ...OLD,
      JOURNAL_NEW_PASSPHRASE: NEW.JOURNAL_PASSPHRASE,
    });
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).not.toMatch(/no longer opens/);
    expect(changed.stdout).toMatch(/still open with the old one/);
    expect(changed.stdout).toMatch(/reads what is written later/);

    expect((await journal(['list'], OLD)).code).toBe(3);
    expect((await journal(['add', '--text', 'Written after the change.'], NEW)).code).toBe(0);

    // Someone with the old key file and the old passphrase.
    await copyFile(join(dir, 'old-key-file.json'), join(vault(), 'vault.json'));
    await rm(join(vault(), 'backups', 'key.json'));
    const listed = await journal(['list', '--json'], OLD);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('Written after the change.');
  });
});
