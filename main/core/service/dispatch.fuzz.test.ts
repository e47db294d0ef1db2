import { createHash, randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, METHOD_NAMES, type Handlers, contract } from '../../contract';
import type { Result } from '../../contract/result';
import { DEFAULT_DIMENSIONS, DEFAULT_SIGNS } from '../store/defaults';
import { GENERATED_RELATIONSHIPS, generateEntries, mulberry32 } from '../testing/generate';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { dispatch, measureRequest } from './dispatch';
import { createHandlers } from './index';
import { JournalSession } from './session';

// Thousands of random and malformed requests, through the same door the window uses, against a
// real unlocked journal. Nothing may crash (no INTERNAL error, no stray log line), nothing may
// be written (every byte of the vault folder stays the same), nothing may reach Object's
// prototype, and the journal must work normally afterwards.

const PASSPHRASE = 'fuzzing is a kind of weather';
const SEED = 0x7e57;
const SEEDED_ENTRIES = 40;

/** Methods that only read (or, like noteActivity, change nothing on disk). */
const READ_ONLY = new Set([
  'getStatus',
  'listBackups',
  'listEntries',
  'getEntry',
  'onThisDay',
  'listDimensions',
  'listSigns',
  'listRelationships',
  'getSettings',
  'search',
  'trends',
  'compareTrends',
  'trendsByRelationship',
  'noteActivity',
]);

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

function deep(levels: number, leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

function pollutingObjects(): unknown[] {
  return [
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    JSON.parse('{"id": "x", "__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    Object.assign(Object.create(null), { polluted: true }),
  ];
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  'x',
  '\u0000',
  'a\u0000b',
  '\u202e\u202d',
  '😀'.repeat(300),
  '"',
  '" OR 1=1 --',
  "'); DROP TABLE entries; --",
  'NEAR(',
  'a OR',
  '*',
  '-x',
  '^start',
  'title:secret',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'https://example.com/',
  '%00',
  '__proto__',
  'constructor',
  '<img src=x onerror=alert(1)>',
  '9999-99-99',
  '2026-02-30',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(1_001),
  'y'.repeat(70_000),
];

/** A value of any kind, mostly wrong for whatever field it lands in. */
function anyValue(random: Random, depth = 0): unknown {
  const kind = Math.floor(random() * (depth > 2 ? 9 : 13));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return pick(random, [true, false]);
    case 2:
      return pick(random, [0, -1, 1.5, 7, 8, 1e308, -1e308, Number.NaN, Infinity, -0, 2 ** 53]);
    case 3:
    case 4:
      return pick(random, HOSTILE_STRINGS);
    case 5:
      return randomUUID();
    case 6:
      return pick(random, [BigInt(1), Symbol('s'), () => 1, new Date(0), new Map(), new Set()]);
    case 7:
      return pick(random, [new Uint8Array(16), new Uint8Array(3_000_000), new ArrayBuffer(8)]);
    case 8:
      return pick(random, pollutingObjects());
    case 9:
      return Array.from({ length: Math.floor(random() * 4) }, () => anyValue(random, depth + 1));
    case 10:
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, () => [
          pick(random, ['id', 'query', 'passphrase', 'url', 'date', 'text', 'x', '__proto__']),
          anyValue(random, depth + 1),
        ]),
      );
    case 11:
      return deep(Math.floor(random() * 200) + 20);
    default:
      return pick(random, [{}, [], 'x'.repeat(9_000_000), Array(300).fill('a')]);
  }
}

/** A well-formed request per method (where one is easy to write), to damage one field at a time. */
function samples(): Partial<Record<string, Record<string, unknown> | unknown[]>> {
  const id = randomUUID();
  return {
    createVault: { passphrase: 'p', withRecoveryKey: false },
    unlock: { passphrase: 'p' },
    recover: { recoveryKey: 'k', newPassphrase: 'p' },
    restoreBackup: { passphrase: 'p', backupId: 'b1' },
    changePassphrase: { current: 'a', next: 'b' },
    listEntries: { from: '2020-01-01', to: '2026-12-31' },
    getEntry: { id },
    trashEntry: { id },
    restoreEntry: { id },
    onThisDay: { date: '2026-11-20' },
    saveEntry: {
      id,
      date: '2026-11-20',
      title: 't',
      text: 'body',
      doc: '{"root":{"children":[]}}',
      scores: { worth: 4 },
      relationships: [],
      signs: [],
      tags: ['t'],
      share: 'default',
    },
    saveDimensions: [{ ...DEFAULT_DIMENSIONS[0]! }],
    saveSigns: [{ ...DEFAULT_SIGNS[0]! }],
    saveRelationship: { id, name: 'N', kind: 'friend', color: '#336699', archived: false },
    saveSettings: { theme: 'dark', autoLockMinutes: 10 },
    search: { query: 'coffee', limit: 5 },
    trends: { filter: { from: '2026-01-01', to: '2026-12-31' }, by: 'week' },
    compareTrends: { from: '2026-11-01', to: '2026-11-30', dimensions: ['worth'] },
    trendsByRelationship: { relationshipIds: [id] },
    openLink: { url: 'https://example.org/' },
  };
}

function damaged(random: Random, sample: Record<string, unknown> | unknown[]): unknown {
  if (Array.isArray(sample)) {
    const copy = sample.map((item) => ({ ...(item as object) })) as Record<string, unknown>[];
    const target = copy[0]!;
    const keys = Object.keys(target);
    target[pick(random, keys)] = anyValue(random);
    return random() < 0.2 ? [...copy, anyValue(random)] : copy;
  }
  const copy: Record<string, unknown> = { ...sample };
  const keys = Object.keys(copy);
  switch (Math.floor(random() * 4)) {
    case 0:
      if (keys.length > 0) delete copy[pick(random, keys)];
      else copy['unexpected'] = 1;
      return copy;
    case 1:
      copy[pick(random, ['unexpected', '__proto__', 'constructor', 'toString'])] = anyValue(random);
      return copy;
    default:
      if (keys.length > 0) copy[pick(random, keys)] = anyValue(random);
      else copy['unexpected'] = anyValue(random);
      return copy;
  }
}

/** Requests that pass the schema but are wrong for this journal: the handler must refuse them. */
function validButWrong(): Array<[string, unknown]> {
  const id = randomUUID();
  const entry = samples()['saveEntry'] as Record<string, unknown>;
  return [
    ['getEntry', { id }],
    ['trashEntry', { id }],
    ['restoreEntry', { id }],
    ['saveEntry', { ...entry, scores: { constructor: 3 } }],
    ['saveEntry', { ...entry, scores: { no_such_dimension: 3 } }],
    ['saveEntry', { ...entry, relationships: [randomUUID()] }],
    ['saveEntry', { ...entry, signs: ['no_such_sign'] }],
    ['saveDimensions', [{ ...DEFAULT_DIMENSIONS[0]! }, { ...DEFAULT_DIMENSIONS[0]! }]],
    ['saveSigns', [{ ...DEFAULT_SIGNS[0]! }, { ...DEFAULT_SIGNS[0]! }]],
    ['createVault', { passphrase: 'another one', withRecoveryKey: true }],
    ['changePassphrase', { current: 'same', next: 'same' }],
    ['search', { query: '"unterminated NEAR( OR * -', limit: 500 }],
    ['search', { query: '', dimension: { key: 'worth', min: 7, max: 1 } }],
    ['listEntries', { from: '2026-12-31', to: '2020-01-01' }],
    ['onThisDay', { date: '2024-02-29' }],
  ];
}

async function folderFingerprint(dir: string): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const item of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const path = join(item.parentPath, item.name);
    prints[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return prints;
}

let dir: string;
let cleanup: () => Promise<void>;
let session: JournalSession;
let handlers: Handlers;
let before: Record<string, string>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('twofold-fuzz-'));
  session = new JournalSession(join(dir, 'vault'), { kdf: TEST_KDF });
  handlers = createHandlers(session);
  await session.create(PASSPHRASE, true);
  const journal = session.current();
  for (const relationship of GENERATED_RELATIONSHIPS) await journal.saveRelationship(relationship);
  for (const entry of generateEntries({ entries: SEEDED_ENTRIES })) await journal.saveEntry(entry);
  // Fold everything into the snapshot, so the fuzzing starts from quiet files.
  await session.lock();
  await session.unlock(PASSPHRASE);
  before = await folderFingerprint(session.vaultDir);
});

afterAll(async () => {
  await session.lock();
  await cleanup();
});

describe('the request handlers under fuzzing', () => {
  it('refuse thousands of malformed requests without crashing or writing a byte', async () => {
    const random = mulberry32(SEED);
    const logged: string[] = [];
    const log = (line: string) => logged.push(line);
    const refusedCodes = new Map<string, number>();
    let sent = 0;
    let skippedValid = 0;

    const send = async (method: unknown, payload: unknown, mayWrite: boolean) => {
      const name = typeof method === 'string' ? method : String(typeof method);
      const result = (await dispatch(handlers, method, payload, log)) as Result<unknown>;
      sent += 1;
      expect(typeof result.ok, name).toBe('boolean');
      if (!result.ok) {
        expect(ERROR_CODES, name).toContain(result.error.code);
        expect(result.error.code, `${name}: ${result.error.message}`).not.toBe('INTERNAL');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(result.error.message).not.toMatch(/\n\s+at /);
        refusedCodes.set(result.error.code, (refusedCodes.get(result.error.code) ?? 0) + 1);
      } else {
        expect(mayWrite || READ_ONLY.has(name), `${name} accepted a bad request`).toBe(true);
      }
      expect(Object.keys(Object.prototype)).toEqual([]);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    };

    // Names that are not methods.
    for (let i = 0; i < 200; i += 1) {
      const method = pick(random, [
        ...HOSTILE_STRINGS,
        'twofold:getEntry',
        'GETENTRY',
        'getEntry ',
        'hasOwnProperty',
        'valueOf',
        42,
        null,
        undefined,
        {},
        ['unlock'],
      ]);
      await send(method, anyValue(random), false);
    }

    const validSamples = samples();
    for (const method of METHOD_NAMES) {
      const schema = contract[method].request;
      const sample = validSamples[method];
      const cases = [
        ...Array.from({ length: 80 }, () => anyValue(random)),
        ...(sample ? Array.from({ length: 60 }, () => damaged(random, sample)) : []),
      ];
      for (const payload of cases) {
        // A payload that happens to be well-formed for a writing method is not malformed:
        // sending it would (rightly) write. Only reading methods get those.
        const wellFormed = measureRequest(payload) === 'ok' && schema.safeParse(payload).success;
        if (!READ_ONLY.has(method) && wellFormed) {
          skippedValid += 1;
          continue;
        }
        await send(method, payload, false);
      }
    }

    for (const [method, payload] of validButWrong()) {
      const result = await dispatch(handlers, method, payload, log);
      sent += 1;
      expect(result.ok, `${method} ${JSON.stringify(payload).slice(0, 80)}`).toBe(
        READ_ONLY.has(method) && method !== 'getEntry',
      );
      if (!result.ok) expect(result.error.code).not.toBe('INTERNAL');
    }

    expect(sent).toBeGreaterThan(3000);
    expect(skippedValid).toBeLessThan(sent / 20);
    expect(refusedCodes.get('INVALID_REQUEST')).toBeGreaterThan(2500);
    expect(refusedCodes.get('UNKNOWN_METHOD')).toBeGreaterThan(150);
    expect(logged).toEqual([]);
    expect(await folderFingerprint(session.vaultDir)).toEqual(before);
  });

  it('leave the journal working normally afterwards', async () => {
    expect(session.isUnlocked).toBe(true);
    const listed = await dispatch(handlers, 'listEntries', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(SEEDED_ENTRIES);
    const id = randomUUID();
    const saved = await dispatch(handlers, 'saveEntry', {
      ...(samples()['saveEntry'] as object),
      id,
      text: 'Still here after the storm.',
    });
    expect(saved.ok).toBe(true);
    expect(await dispatch(handlers, 'lock', undefined)).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
    });
    const again = await dispatch(handlers, 'getEntry', { id });
    expect(again.ok && (again.value as { text: string }).text).toBe('Still here after the storm.');
  });
});
