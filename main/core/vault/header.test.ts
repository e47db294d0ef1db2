import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { canonicalJson, parseHeader } from './header';
import { createVault, unlockVault } from './lifecycle';
import { HEADER_FILE } from './storage';

let dir: string;
let cleanup: () => Promise<void>;
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  const { journal } = await createVault(dir, 'the right words', options);
  await journal.close();
});
afterEach(() => cleanup());

const headerPath = () => join(dir, HEADER_FILE);

async function editHeader(edit: (fields: Record<string, unknown>) => void, reseal: boolean) {
  const fields = JSON.parse(await readFile(headerPath(), 'utf8')) as Record<string, unknown>;
  edit(fields);
  if (reseal) {
    const { checksum: _old, ...rest } = fields;
    fields['checksum'] = createHash('sha256').update(canonicalJson(rest)).digest('hex');
  }
  await writeFile(headerPath(), JSON.stringify(fields, null, 2));
}

const codeOf = (work: Promise<unknown>) =>
  work.then(
    () => 'opened',
    (error: { code?: string }) => error.code ?? String(error),
  );

describe('the key file', () => {
  it('tells a wrong passphrase, damage and a newer format apart', async () => {
    expect(await codeOf(unlockVault(dir, 'the wrong words', options))).toBe('WRONG_PASSPHRASE');

    const original = await readFile(headerPath());
    await editHeader((f) => {
      f['version'] = 2;
    }, true);
    expect(await codeOf(unlockVault(dir, 'the right words', options))).toBe('UNSUPPORTED_VERSION');

    await writeFile(headerPath(), original);
    const text = original.toString('utf8');
    const wrapped = /"wrapped": "([^"]+)"/.exec(text)![1]!;
    const flipped = wrapped.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await writeFile(headerPath(), text.replace(wrapped, flipped));
    expect(await codeOf(unlockVault(dir, 'the right words', options))).toBe('DAMAGED');

    await writeFile(headerPath(), original);
    expect(await codeOf(unlockVault(dir, 'the right words', options))).toBe('opened');
  });

  it('is damaged, not newer, when a flipped bit only looks like a new version', async () => {
    await editHeader((f) => {
      f['version'] = 3;
    }, false);
    expect(await codeOf(unlockVault(dir, 'the right words', options))).toBe('DAMAGED');
  });

  it('is damaged when cut short, unreadable, or not a Twofold key file', async () => {
    const original = await readFile(headerPath());
    for (const bytes of [
      original.subarray(0, original.length / 2),
      Buffer.alloc(0),
      Buffer.from('not json'),
      Buffer.from('{"format":"something-else","version":1}'),
      Buffer.from('[]'),
    ]) {
      await writeFile(headerPath(), bytes);
      expect(await codeOf(unlockVault(dir, 'the right words', options))).toBe('DAMAGED');
    }
  });

  it('is damaged when a field was edited and the checksum made to match (the MAC catches it)', async () => {
    await editHeader((f) => {
      f['createdAt'] = '2001-01-01T00:00:00.000Z';
    }, true);
    const error = await unlockVault(dir, 'the right words', options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DAMAGED' });
    expect(String((error as Error).message)).toContain('altered');
  });

  it('refuses key-derivation settings that would exhaust the machine', async () => {
    await editHeader((f) => {
      const slots = f['slots'] as { kdf?: { memoryKiB: number } }[];
      slots[0]!.kdf!.memoryKiB = 64 * 1024 * 1024;
    }, true);
    // Checked before any key is derived.
    expect(() => parseHeader(readFileSync(headerPath()))).toThrow(/impossible key-derivation/);
    expect(await codeOf(unlockVault(dir, 'the right words', options))).toBe('DAMAGED');
  });
});
