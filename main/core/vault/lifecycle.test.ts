import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryInput } from '../../contract/domain';
import { JournalError } from '../errors';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault, unlockVault } from './lifecycle';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const vault = () => join(dir, 'vault');

function entry(over: Partial<EntryInput> = {}): EntryInput {
  return {
    id: crypto.randomUUID(),
    date: '2026-11-20',
    title: 'A quiet Thursday',
    text: 'We talked about the holidays and I said what I needed.',
    doc: '{"root":{"children":[]}}',
    scores: { boundaries: 6 },
    relationships: [],
    signs: ['disagreed_ok'],
    tags: ['holidays'],
    share: 'default',
    ...over,
  };
}

async function allBytes(folder: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const name of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (name.isFile()) parts.push(await readFile(join(name.parentPath, name.name)));
  }
  return Buffer.concat(parts);
}

describe('a vault', () => {
  it('keeps an entry across lock and unlock, and never stores its words in the clear', async () => {
    const { journal } = await createVault(vault(), 'correct horse battery', { kdf: TEST_KDF });
    const canary = 'zebra-canary-8812';
    const saved = await journal.saveEntry(
      entry({ text: `I said no, kindly. ${canary}`, title: 'Canary title 5531' }),
    );
    expect(saved.preview).toContain(canary);
    await journal.close();

    const bytes = await allBytes(vault());
    expect(bytes.includes(canary)).toBe(false);
    expect(bytes.includes('Canary title 5531')).toBe(false);
    expect(bytes.includes('correct horse battery')).toBe(false);

    const { journal: again } = await unlockVault(vault(), 'correct horse battery', {
      kdf: TEST_KDF,
    });
    const list = await again.listEntries();
    expect(list).toHaveLength(1);
    const full = await again.getEntry(saved.id);
    expect(full.text).toContain(canary);
    expect(full.scores).toEqual({ boundaries: 6 });
    expect(full.signs).toEqual(['disagreed_ok']);
    await again.close();
  });

  it('refuses a wrong passphrase with its own error', async () => {
    const { journal } = await createVault(vault(), 'right one', { kdf: TEST_KDF });
    await journal.close();
    const attempt = unlockVault(vault(), 'wrong one', { kdf: TEST_KDF });
    await expect(attempt).rejects.toBeInstanceOf(JournalError);
    await expect(attempt).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('replays saves that were never compacted', async () => {
    const { journal } = await createVault(vault(), 'pass', { kdf: TEST_KDF });
    const first = entry();
    await journal.saveEntry(first);
    await journal.saveEntry({ ...first, text: 'Edited later.' });
    // Simulate a crash: let go of the files without compacting or closing the journal (its log's
    // file handle is closed, as the system does for a process that dies), release the lock.
    const parts = (
      journal as unknown as {
        parts: { lock: { release(): Promise<void> }; storage: { close(): Promise<void> } };
      }
    ).parts;
    await parts.storage.close();
    await parts.lock.release();
    const { journal: again } = await unlockVault(vault(), 'pass', { kdf: TEST_KDF });
    expect((await again.getEntry(first.id)).text).toBe('Edited later.');
    await again.close();
  });

  it('is used by one process at a time', async () => {
    const { journal } = await createVault(vault(), 'pass', { kdf: TEST_KDF });
    await expect(unlockVault(vault(), 'pass', { kdf: TEST_KDF })).rejects.toMatchObject({
      code: 'VAULT_IN_USE',
    });
    await journal.close();
  });

  it('starts with the default dimensions and signs', async () => {
    const { journal } = await createVault(vault(), 'pass', { kdf: TEST_KDF });
    const dims = await journal.listDimensions();
    expect(dims.map((d) => d.key)).toEqual([
      'worth',
      'boundaries',
      'feelings',
      'communication',
      'autonomy',
      'conflict',
      'balance',
      'self',
      'regulation',
    ]);
    expect((await journal.listSigns()).filter((s) => s.kind === 'healthy')).toHaveLength(4);
    await journal.close();
  });

  it('finds an entry by a word in its body', async () => {
    const { journal } = await createVault(vault(), 'pass', { kdf: TEST_KDF });
    await journal.saveEntry(entry({ text: 'The café was loud but we listened to each other.' }));
    await journal.saveEntry(entry({ text: 'Nothing much today.' }));
    const result = await journal.search({ query: 'cafe list' });
    expect(result.total).toBe(1);
    expect(result.hits[0]?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual([
      'café',
      'listened',
    ]);
    await journal.close();
  });
});
