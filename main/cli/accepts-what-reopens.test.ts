import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../contract/primitives';
import { createHandlers } from '../core/service';
import { dispatch } from '../core/service/dispatch';
import { JournalSession } from '../core/service/session';
import { entryInput } from '../core/testing/entry-input';
import { mulberry32 } from '../core/testing/generate';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../core/testing/temp-vault';
import { journalCli } from './testing';

// What Twofold accepts, it must be able to open again. Inputs generated around every bound of
// the schemas (tags, titles, text, names, people, scores, dates, labels, prompts, settings),
// through the command line and through the app's door, each with one of exactly two outcomes:
// refused with one sentence and not a byte of the vault changed, or saved and there, as given,
// after the journal is opened again, with `journal verify` passing. Never a third.

const PASS = { JOURNAL_PASSPHRASE: 'bounds are promises' };
const SEED = 0x13;
let root: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

const x = (n: number, c = 'x') => c.repeat(n);

/** Every file of a vault folder and its bytes (the lock file aside). */
async function folder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const item of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (item.isFile() && item.name !== 'vault.lock') {
      const path = join(item.parentPath, item.name);
      out.set(path, (await readFile(path)).toString('base64'));
    }
  }
  return out;
}

function oneSentence(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^[A-Z"-].*[.!]$/);
  expect(stderr).not.toMatch(/\n\s+at |Something went wrong/);
}

/** Values at, just inside and just past each bound of `journal add`. */
function cliCases(): string[][] {
  const cases: string[][] = [
    ['--tag', ''],
    ['--tag', ' '],
    ['--tag', x(LIMITS.tag)],
    ['--tag', x(LIMITS.tag + 1)],
    ['--tag', ` ${x(LIMITS.tag - 2)} `],
    Array.from({ length: LIMITS.tags }, (_, i) => ['--tag', `t${i}`]).flat(),
    Array.from({ length: LIMITS.tags + 1 }, (_, i) => ['--tag', `t${i}`]).flat(),
    ['--title', x(LIMITS.title)],
    ['--title', x(LIMITS.title + 1)],
    ['--title', ''],
    ['--title', 'Title \u001b]0;owned\u0007 with escapes \u009b2J'],
    ['--text', x(LIMITS.text)],
    ['--text', x(LIMITS.text + 1)],
    ['--text', Array.from({ length: 40_000 }, () => 'a line').join('\n')],
    ['--relationship', ''],
    ['--relationship', '   '],
    ['--relationship', x(LIMITS.name, 'n')],
    ['--relationship', x(LIMITS.name + 1, 'n')],
    Array.from({ length: LIMITS.listItems }, (_, i) => ['--relationship', `p${i}`]).flat(),
    Array.from({ length: LIMITS.listItems + 1 }, (_, i) => ['--relationship', `q${i}`]).flat(),
    ['--score', 'worth=0'],
    ['--score', 'worth=7'],
    ['--score', 'worth=8'],
    ['--score', 'nosuch=4'],
    ['--sign', 'nosuch'],
    ['--sign', 'disagreed_ok'],
    ['--date', '2026-02-30'],
    ['--date', '2024-02-29'],
    ['--date', '2025-02-29'],
    ['--date', '1899-12-31'],
    ['--date', '2200-12-31'],
    ['--date', '2201-01-01'],
    ['--date', '2026-1-5'],
  ];
  // And random mixtures of them, each with some text.
  const random = mulberry32(SEED);
  const pieces = cases.filter((c) => c.length === 2 && c[0] !== '--text');
  for (let i = 0; i < 24; i += 1) {
    const mix: string[] = [];
    for (let k = 0; k < 1 + Math.floor(random() * 4); k += 1) {
      mix.push(...pieces[Math.floor(random() * pieces.length)]!);
    }
    cases.push(mix);
  }
  return cases.map((c) => (c.includes('--text') ? c : [...c, '--text', 'Some words.']));
}

describe('the command line accepts only what the journal can open again', () => {
  it('refuses with one sentence and changes nothing, or saves what it was given', async () => {
    const vault = join(root, 'cli');
    const journal = (args: string[]) => journalCli(['--vault', vault, ...args], { env: PASS });
    expect((await journal(['init'])).code).toBe(0);
    let saved = 0;
    let refused = 0;
    for (const args of cliCases()) {
      const label = args.map((a) => (a.length > 20 ? `${a.slice(0, 20)}…(${a.length})` : a));
      const before = await folder(vault);
      const result = await journal(['add', ...args]);
      if (result.code !== 0) {
        expect(result.code, `${label.join(' ')}: ${result.stderr}`).toBe(2);
        oneSentence(result.stderr);
        expect(await folder(vault), label.join(' ')).toEqual(before);
        refused += 1;
        continue;
      }
      // Saved: opened again, it is there with what was given.
      const id = result.stdout.trim();
      const shown = await journal(['show', id, '--json']);
      expect(shown.code, `${label.join(' ')}: ${shown.stderr}`).toBe(0);
      const entry = JSON.parse(shown.stdout) as { title: string | null; tags: string[] };
      const title = args[args.indexOf('--title') + 1];
      if (args.includes('--title')) expect(entry.title).toBe(title?.trim() || null);
      const tags = args.flatMap((a, i) => (args[i - 1] === '--tag' ? [a.trim()] : []));
      expect([...entry.tags].sort()).toEqual([...new Set(tags)].sort());
      saved += 1;
    }
    expect(saved).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(10);
    const verified = await journal(['verify']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  }, 300_000);
});

describe("the app's door accepts only what the journal can open again", () => {
  it('refuses with one sentence and changes nothing, or saves what reopens', async () => {
    const vault = join(root, 'app');
    const session = new JournalSession(vault, { kdf: TEST_KDF, compaction: TEST_COMPACTION });
    const handlers = createHandlers(session);
    const call = (method: string, payload: unknown) =>
      dispatch(handlers, method, payload, () => undefined);
    expect((await call('createVault', { passphrase: 'app door', withRecoveryKey: false })).ok).toBe(
      true,
    );
    const dimensions = (await call('listDimensions', undefined)) as {
      ok: true;
      value: Array<Record<string, unknown>>;
    };
    const first = dimensions.value[0]!;
    const person = { id: randomUUID(), kind: 'friend', color: '#336699', archived: false };
    const requests: Array<[string, unknown]> = [
      ['saveEntry', entryInput({ tags: [''] })],
      ['saveEntry', entryInput({ tags: [x(LIMITS.tag + 1)] })],
      ['saveEntry', entryInput({ title: x(LIMITS.title) })],
      ['saveEntry', entryInput({ title: x(LIMITS.title + 1) })],
      ['saveEntry', entryInput({ text: x(LIMITS.text + 1) })],
      ['saveEntry', entryInput({ date: '2026-02-30' })],
      ['saveEntry', entryInput({ scores: { worth: 8 } })],
      ['saveEntry', entryInput({ text: 'NUL \u0000 and ESC \u001b[31m kept as text' })],
      ['saveRelationship', { ...person, name: '' }],
      ['saveRelationship', { ...person, name: x(LIMITS.name + 1) }],
      ['saveRelationship', { ...person, name: x(LIMITS.name) }],
      ['saveDimensions', [{ ...first, name: x(LIMITS.name + 1) }]],
      ['saveDimensions', [{ ...first, prompts: Array.from({ length: 13 }, () => 'Why?') }]],
      ['saveDimensions', [{ ...first, lowLabel: x(LIMITS.label) }]],
      ['saveSettings', { autoLockMinutes: 24 * 60 + 1 }],
      ['saveSettings', { autoLockMinutes: 24 * 60 }],
      ['saveTherapySession', { id: randomUUID(), date: '2026-02-29' }],
      ['saveTherapySession', { id: randomUUID(), date: '2028-02-29' }],
    ];
    const texts: string[] = [];
    for (const [method, payload] of requests) {
      const before = await folder(vault);
      const result = await call(method, payload);
      if (!result.ok) {
        expect(result.error.code, `${method}: ${result.error.message}`).toBe('INVALID_REQUEST');
        oneSentence(result.error.message);
        expect(await folder(vault), method).toEqual(before);
      } else if (method === 'saveEntry') {
        texts.push((payload as { text: string }).text);
      }
    }
    await session.lock();
    expect((await call('unlock', { passphrase: 'app door' })).ok).toBe(true);
    const journal = session.current();
    const reopened = await Promise.all(
      (await journal.listEntries()).map(async (s) => (await journal.getEntry(s.id)).text),
    );
    expect(reopened.sort()).toEqual(texts.sort());
    expect((await journal.verify()).problems).toEqual([]);
    await session.lock();
  }, 120_000);
});
