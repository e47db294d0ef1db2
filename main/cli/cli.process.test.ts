import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPACTION } from '../core/journal';
import { entryInput } from '../core/testing/entry-input';
import { TEST_KDF, makeTempDir } from '../core/testing/temp-vault';
import { createVault } from '../core/vault/lifecycle';

// The real executable, as installed: `node bin/journal.js` over the built bundle. `npm test`
// builds before it runs these; a bare `vitest run` without a build skips them and says why.

const root = resolve(import.meta.dirname, '../..');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

/** Runs the executable in a session of its own: no terminal to prompt on, as under cron. */
function journal(args: string[], env: Record<string, string>, input?: string) {
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'journal.js'), '--vault', join(dir, 'vault'), ...args],
    {
      cwd: root,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '', TWOFOLD_KDF: 'floor', ...env },
    },
  );
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.once('close', (code) => done({ code, stdout, stderr })),
  );
}

describe.skipIf(!built)('journal as a separate process (needs `npm run build`)', () => {
  it('creates, adds from standard input, lists as JSON, verifies, and exits 3 on a wrong passphrase', async () => {
    const pass = { JOURNAL_PASSPHRASE: 'typed into a real terminal once' };
    expect(await journal(['init'], pass)).toMatchObject({ code: 0 });
    const added = await journal(
      ['add', '--date', '2026-02-14', '--score', 'communication=5'],
      pass,
      'We talked it through.\n',
    );
    expect(added.code, added.stderr).toBe(0);
    const listed = await journal(['list', '--json'], pass);
    expect(JSON.parse(listed.stdout)).toMatchObject([
      { date: '2026-02-14', text: 'We talked it through.', scores: { communication: 5 } },
    ]);
    expect(await journal(['verify'], pass)).toMatchObject({ code: 0 });
    expect(await journal(['list'], { JOURNAL_PASSPHRASE: 'not it' })).toEqual({
      code: 3,
      stdout: '',
      stderr: 'That passphrase does not open this journal.\n',
    });
    // No terminal and no passphrase in the environment: a usage error, not a hang.
    expect(await journal(['list'], {})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'No passphrase: set JOURNAL_PASSPHRASE or run this in a terminal.\n',
    });
  }, 120_000);

  it('folds a long change log into a new snapshot from the built bundle (its worker thread)', async () => {
    const big = join(dir, 'big');
    const { journal: open } = await createVault(big, 'pass', {
      kdf: TEST_KDF,
      compaction: { maxRecords: 1e9, maxBytes: 1e12, inWorker: false },
    });
    // Past the size threshold with a hundred-odd large documents (random, so they do not
    // compress; in the editor's document rather than the text, so search has nothing to index).
    const saves = 110;
    for (let i = 0; i < saves; i += 1) {
      const image = randomBytes(180_000).toString('base64');
      await open.saveEntry(
        entryInput({ text: `Entry ${i}.`, doc: JSON.stringify({ root: { image } }) }),
      );
    }
    expect((await open.verify()).logBytes).toBeGreaterThan(DEFAULT_COMPACTION.maxBytes);
    await open.close({ compact: false });
    const env = { JOURNAL_PASSPHRASE: 'pass' };
    const added = await journal(
      ['--vault', big, 'add', '--text', 'The one that tips it over.'],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const report = JSON.parse((await journal(['--vault', big, 'verify', '--json'], env)).stdout);
    expect(report).toMatchObject({ problems: [], generation: 2, pendingChanges: 0 });
    expect(report.counts.entries).toBe(saves + 1);
  }, 120_000);
});
