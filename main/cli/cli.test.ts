import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/temp-vault';
import { unlockVault } from '../core/vault/lifecycle';
import { TEST_COMPACTION, TEST_KDF } from '../core/testing/temp-vault';
import { type CliResult, type CliRun, journalCli } from './testing';

let dir: string;
let cleanup: () => Promise<void>;
const PASS = { JOURNAL_PASSPHRASE: 'a long and private passphrase' };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const vault = (name = 'vault') => join(dir, name);
const journal = (args: string[], run: CliRun = {}, name = 'vault') =>
  journalCli(['--vault', vault(name), ...args], { env: PASS, ...run });

/** An error is one clear sentence on stderr: one line, no stack trace, nothing on stdout. */
function expectError(result: CliResult, code: number, message: string | RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(lines[0]).toMatch(/[.!]$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

async function seed(name = 'vault'): Promise<void> {
  const made = await journal(['init'], {}, name);
  expect(made.code, made.stderr).toBe(0);
  const first = await journal(
    [
      'add',
      '--date',
      '2026-03-01',
      '--title',
      'Saying no',
      '--score',
      'boundaries=6',
      '--relationship',
      'Sam',
      '--sign',
      'disagreed_ok',
      '--tag',
      'work',
      '--text',
      'I said no to the extra shift.',
    ],
    {},
    name,
  );
  expect(first.code, first.stderr).toBe(0);
  const second = await journal(
    [
      'add',
      '--date',
      '2026-03-02',
      '--score',
      'worth=3',
      '--relationship',
      'sam',
      '--relationship',
      'Mum',
    ],
    { stdin: 'Mum called.\nI listened, then went for a walk.\n' },
    name,
  );
  expect(second.code, second.stderr).toBe(0);
}

describe('journal (in-process)', () => {
  it('lists and shows entries as JSON in the documented shape', async () => {
    await seed();
    const listed = await journal(['list', '--json']);
    expect(listed.code).toBe(0);
    const entries = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    expect(entries).toHaveLength(2);
    expect(Object.keys(entries[0]!).sort()).toEqual(
      [
        'createdAt',
        'date',
        'id',
        'relationships',
        'scores',
        'signs',
        'tags',
        'text',
        'title',
        'updatedAt',
      ].sort(),
    );
    expect(entries[0]).toMatchObject({
      date: '2026-03-01',
      title: 'Saying no',
      text: 'I said no to the extra shift.',
      scores: { boundaries: 6 },
      relationships: ['Sam'],
      signs: ['disagreed_ok'],
      tags: ['work'],
    });
    expect(entries[1]).toMatchObject({
      text: 'Mum called.\n\nI listened, then went for a walk.',
      relationships: ['Sam', 'Mum'],
      title: null,
    });
    const shown = await journal(['show', String(entries[1]!['id']), '--json']);
    expect(JSON.parse(shown.stdout)).toEqual(entries[1]);
    const found = await journal(['search', 'walk', '--json']);
    expect(JSON.parse(found.stdout)).toMatchObject([{ id: entries[1]!['id'] }]);
  });

  it('uses distinct exit codes, each error one sentence on stderr', async () => {
    expectError(await journal(['list']), 1, /^There is no journal in this folder yet\.$/);
    await seed();
    expectError(
      await journal(['list'], { env: { JOURNAL_PASSPHRASE: 'wrong' } }),
      3,
      /^That passphrase does not open this journal\.$/,
    );
    expectError(await journal(['frobnicate']), 2, /no command called "frobnicate"/);
    expectError(
      await journal(['add', '--score', 'worth=9', '--text', 'x']),
      2,
      /--score takes KEY=N/,
    );
    expectError(
      await journal(['list', '--colour']),
      2,
      /^"list" has no option --colour\. Run "journal help list" to see its options\.$/,
    );
    expectError(await journal(['show']), 2, /^Give exactly one entry id\.$/);
    expectError(
      await journal(['list'], { env: {} }),
      2,
      /^No passphrase: set JOURNAL_PASSPHRASE or run this in a terminal\.$/,
    );
    // Held open elsewhere (here: by this process).
    const open = await unlockVault(vault(), PASS.JOURNAL_PASSPHRASE, {
      kdf: TEST_KDF,
      compaction: TEST_COMPACTION,
    });
    expectError(await journal(['list']), 5, /open in another Twofold window or command/);
    await open.journal.close();
    // Damaged.
    const log = join(vault(), 'journal.log');
    const bytes = await readFile(log);
    bytes[bytes.length - 2]! ^= 1;
    await writeFile(log, bytes);
    expectError(await journal(['list']), 4, /damaged or were changed outside Twofold/);
    expectError(await journal(['verify']), 4, /damaged or were changed outside Twofold/);
  });

  it('asks for secrets on the terminal when they are not in the environment', async () => {
    const made = await journal(['init'], { env: {}, answers: ['typed twice', 'typed twice'] });
    expect(made.code).toBe(0);
    const listed = await journal(['list'], { env: {}, answers: ['typed twice'] });
    expect(listed).toMatchObject({ code: 0, stdout: 'No entries.\n' });
    expectError(
      await journal(['init'], { env: {}, answers: ['one', 'two'] }, 'other'),
      2,
      /^The two passphrases are not the same\.$/,
    );
  });

  it('changes the passphrase with passwd; the old one then fails', async () => {
    await seed();
    const changed = await journal(['passwd'], {
      env: { ...PASS, JOURNAL_NEW_PASSPHRASE: 'brand new words' },
    });
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/Passphrase changed/);
    expectError(await journal(['list']), 3, /does not open/);
    const listed = await journal(['list', '--json'], {
      env: { JOURNAL_PASSPHRASE: 'brand new words' },
    });
    expect(JSON.parse(listed.stdout)).toHaveLength(2);
  });

  it('recovers with the recovery key and a new passphrase', async () => {
    const made = await journal(['init', '--recovery-key']);
    const key = /\n([0-9A-Z-]{64})\n/.exec(made.stdout)?.[1];
    expect(key).toBeDefined();
    expectError(
      await journal(['recover'], {
        env: { JOURNAL_RECOVERY_KEY: 'AAAAA-BBBBB', JOURNAL_NEW_PASSPHRASE: 'x y z' },
      }),
      3,
      /not a valid recovery key/,
    );
    const recovered = await journal(['recover'], {
      env: { JOURNAL_RECOVERY_KEY: key!.toLowerCase(), JOURNAL_NEW_PASSPHRASE: 'remembered' },
    });
    expect(recovered.code, recovered.stderr).toBe(0);
    expectError(await journal(['list']), 3, /does not open/);
    expect((await journal(['list'], { env: { JOURNAL_PASSPHRASE: 'remembered' } })).code).toBe(0);
  });

  it('round-trips a journal exactly through export-json and import', async () => {
    await seed();
    const file = join(dir, 'export.json');
    const exported = await journal(['export-json', file]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/not encrypted/);
    expectError(await journal(['export-json', file]), 2, /already exists\. Add --force/);

    expect((await journal(['init'], {}, 'copy')).code).toBe(0);
    const imported = await journal(['import', file], {}, 'copy');
    expect(imported).toMatchObject({
      code: 0,
      stdout: 'Imported 2 entries and 2 new relationships.\n',
    });
    const again = await journal(['export-json', '-'], {}, 'copy');
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null }) as unknown;
    expect(strip(again.stdout)).toEqual(strip(await readFile(file, 'utf8')));
  });

  it('imports what list --json printed, into another journal', async () => {
    await seed();
    const listed = await journal(['list', '--json']);
    expect((await journal(['init'], {}, 'other')).code).toBe(0);
    const entries = (JSON.parse(listed.stdout) as Array<Record<string, unknown>>).map(
      ({ id: _id, ...rest }) => rest,
    );
    const imported = await journal(['import', '-'], { stdin: JSON.stringify(entries) }, 'other');
    expect(imported.stdout).toBe('Imported 2 entries and 2 new relationships.\n');
    const relisted = JSON.parse(
      (await journal(['list', '--json'], {}, 'other')).stdout,
    ) as unknown[];
    const withoutIds = (list: unknown[]) => list.map((e) => ({ ...(e as object), id: null }));
    expect(withoutIds(relisted)).toEqual(withoutIds(JSON.parse(listed.stdout) as unknown[]));
    expectError(
      await journal(['import', '-'], { stdin: '{not json' }, 'other'),
      2,
      /^The input is not JSON\.$/,
    );
  });

  it('backs up to one encrypted file and restores it, replacing a journal only with --force', async () => {
    await seed();
    const file = join(dir, 'journal.backup');
    expect((await journal(['backup', file])).code).toBe(0);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 8).toString()).toBe('TWOFBAK1');
    expect(bytes.includes('extra shift')).toBe(false);

    const restored = await journal(['restore', file], {}, 'restored');
    expect(restored).toMatchObject({
      code: 0,
      stdout: `Restored 2 entries into ${vault('restored')}.\n`,
    });
    const original = (await journal(['list', '--json'])).stdout;
    expect((await journal(['list', '--json'], {}, 'restored')).stdout).toBe(original);

    expectError(await journal(['restore', file]), 1, /already a journal in .* Add --force/);
    expectError(
      await journal(['restore', file], { env: { JOURNAL_PASSPHRASE: 'wrong' } }, 'third'),
      3,
      /does not open/,
    );
    await journal(['add', '--text', 'Written after the backup.']);
    const forced = await journal(['restore', file, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect((await journal(['list', '--json'])).stdout).toBe(original);
    // The replaced files of the same journal are kept in its backups.
    expect((await readdir(join(vault(), 'backups'))).some((n) => n.startsWith('replaced-'))).toBe(
      true,
    );
    expectError(
      await journal(['restore', join(dir, 'missing')], {}, 'x'),
      2,
      /There is no file called/,
    );
    await writeFile(join(dir, 'not-a-backup'), 'hello');
    expectError(
      await journal(['restore', join(dir, 'not-a-backup')], {}, 'x'),
      2,
      /not a Twofold backup/,
    );
  });

  it('verifies a healthy journal and reports a damaged backup', async () => {
    await seed();
    const ok = await journal(['verify']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Entries: +2 \(\d+ words\), 0 in the trash/);
    expect(ok.stdout).toMatch(/Everything checks out\./);
    await journal(['import', '-'], { stdin: JSON.stringify([{ date: '2026-01-01', text: 'x' }]) });
    const [backup] = (await readdir(join(vault(), 'backups'))).filter((n) =>
      n.startsWith('snapshot-'),
    );
    const path = join(vault(), 'backups', backup!);
    const bytes = await readFile(path);
    bytes[100]! ^= 1;
    await writeFile(path, bytes);
    const bad = await journal(['verify', '--json']);
    expect(bad.code).toBe(4);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      problems: [`The backup ${backup} is damaged.`],
    });
    expect(bad.stderr).toBe(`Verification found 1 problem: The backup ${backup} is damaged.\n`);
  });
});
