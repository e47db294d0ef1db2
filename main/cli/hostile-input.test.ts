import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/temp-vault';
import { type CliResult, type CliRun, journalCli } from './testing';

// Input as an attacker would shape it: JSON nested 100,000 deep, bytes that are not UTF-8, NUL
// bytes, a device instead of a file, and titles, names and text full of terminal escapes.

let dir: string;
let cleanup: () => Promise<void>;
const PASS = { JOURNAL_PASSPHRASE: 'hostile but handled' };
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const vault = () => join(dir, 'vault');
// eslint-disable-next-line no-control-regex -- looking for control characters is the test
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const journal = (args: string[], run: CliRun = {}) =>
  journalCli(['--vault', vault(), ...args], { env: PASS, ...run });

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

async function refusedUnchanged(result: Promise<CliResult>, message: RegExp): Promise<void> {
  const before = await folder();
  const { code, stdout, stderr } = await result;
  expect(code, stderr).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(message);
  expect(await folder()).toEqual(before);
}

describe('import', () => {
  it('refuses JSON nested 100,000 levels deep, naming the limit, before parsing it', async () => {
    expect((await journal(['init'])).code).toBe(0);
    const exported = await journal(['export-json', '-']);
    const data = JSON.parse(exported.stdout) as Record<string, unknown>;
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify({ ...data, settings: { deep: '§' } }).replace('"§"', deep);
    await writeFile(join(dir, 'deep.json'), text);
    await refusedUnchanged(
      journal(['import', join(dir, 'deep.json')]),
      /nests deeper than 64 levels, the most Twofold reads\.$/,
    );
  });

  it('names the entry whose values the journal could not keep', async () => {
    expect((await journal(['init'])).code).toBe(0);
    // Short lines make a formatted document far longer than its text.
    const text = Array.from({ length: 40_000 }, () => 'a line').join('\n');
    await writeFile(
      join(dir, 'list.json'),
      JSON.stringify([
        { date: '2026-03-01', text: 'Fine.' },
        { date: '2026-03-02', text },
      ]),
    );
    await refusedUnchanged(
      journal(['import', join(dir, 'list.json')]),
      /^Entry 2 in the file: the formatted document of the entry is longer than/,
    );
    await writeFile(join(dir, 'dates.json'), JSON.stringify([{ date: '2026-02-30', text: 'x' }]));
    await refusedUnchanged(journal(['import', join(dir, 'dates.json')]), /entry 1 \(date\)/);
  });

  it('refuses a device, invalid UTF-8 and input that is not JSON', async () => {
    expect((await journal(['init'])).code).toBe(0);
    await refusedUnchanged(journal(['import', '/dev/zero']), /\/dev\/zero is not a regular file\./);
    await refusedUnchanged(
      journal(['import', '-'], {
        stdinBytes: Buffer.concat([
          Buffer.from('[{"date":"2026-03-01","text":"'),
          Buffer.from([0xff]),
          Buffer.from('"}]'),
        ]),
      }),
      /^The input is not valid UTF-8 text\.$/,
    );
    await refusedUnchanged(journal(['import', '-'], { stdin: '{"format": ' }), /not JSON\./);
  });
});

describe('journal add from standard input', () => {
  it('refuses bytes that are not UTF-8 and NUL bytes, and saves nothing', async () => {
    expect((await journal(['init'])).code).toBe(0);
    const bad = Buffer.from([0x77, 0x6f, 0xff, 0xfe, 0x72, 0x64]);
    await refusedUnchanged(
      journal(['add'], { stdinBytes: bad }),
      /^The text on standard input is not valid UTF-8 text\.$/,
    );
    await refusedUnchanged(
      journal(['add'], { stdin: 'binary\u0000data' }),
      /^The text on standard input holds NUL bytes/,
    );
  });
});

describe('terminal escapes in what the journal holds', () => {
  it('are never printed raw by list, show, search or errors', async () => {
    expect((await journal(['init'])).code).toBe(0);
    const title = 'Title\u001b]0;retitled\u0007 \u009b2J end';
    const text =
      'Body with \u001b[2J\u001b[H a clear-screen, a \r carriage return, and \u0008 back.';
    const added = await journal([
      'add',
      '--title',
      title,
      '--relationship',
      'Sam\u001b[31m',
      '--text',
      text,
    ]);
    expect(added.code, added.stderr).toBe(0);
    const id = added.stdout.trim();
    const outputs = [
      await journal(['list']),
      await journal(['show', id]),
      await journal(['search', 'carriage']),
      await journal(['show', id, '--json']),
      await journal(['list', '--json']),
      await journal(['export-json', '-']),
      await journal(['trends', '--relationship', 'Nobody\u001b[31m']),
    ];
    for (const output of outputs) {
      // ESC, BEL, BS, CR and the C1 range (U+0080–U+009F) never reach the terminal as such.
      expect(output.stdout + output.stderr).not.toMatch(CONTROL);
    }
    expect(outputs[1]!.stdout).toContain('Title\\x1b]0;retitled\\x07 \\x9b2J end');
    // JSON output stays exact: parsed, it is the title as it was saved.
    expect((JSON.parse(outputs[3]!.stdout) as { title: string }).title).toBe(title);
    expect(outputs[6]!.stderr).toContain('Nobody\\x1b[31m');
  });
});
