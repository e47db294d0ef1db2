import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveSubkey } from '../crypto/subkeys';
import { encodeChange } from '../store/changes';
import { entryInput } from '../testing/entry-input';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { encodeLogHeader, encodeRecord } from './format';
import { nodeFs } from './fs';
import { unwrapWithPassphrase } from './header';
import { createVault, unlockVault } from './lifecycle';
import { LOG_FILE, readHeader } from './storage';

// A change log one generation behind the snapshot is what a crash between the two renames of a
// compaction leaves: its changes are in the snapshot, so it is set aside. Anything else that
// only looks like that (a log from another journal, a log whose generation was edited, a log
// that holds changes the snapshot does not) is damage, and the journal is left as it was.

const PASS = 'stale but not silent';
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };
let dir: string;
let root: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
  dir = join(root, 'vault');
});
afterEach(() => cleanup());

/** A journal at generation 2, and a copy of its generation-1 log (all of it in the snapshot). */
async function compactedJournal(): Promise<Buffer> {
  const { journal } = await createVault(dir, PASS, options);
  await journal.saveEntry(entryInput({ text: 'Folded into the snapshot.' }));
  await journal.saveEntry(entryInput({ text: 'Also folded in.' }));
  const generationOne = await readFile(join(dir, LOG_FILE));
  await journal.compact();
  await journal.saveEntry(entryInput({ text: 'In the log of generation 2.' }));
  await journal.close({ compact: false });
  return generationOne;
}

async function folder(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const item of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (item.isFile() && item.name !== 'vault.lock') {
      const path = join(item.parentPath, item.name);
      out.set(path, (await readFile(path)).toString('base64'));
    }
  }
  return out;
}

async function expectDamage(detail: RegExp): Promise<void> {
  const before = await folder();
  await expect(unlockVault(dir, PASS, options)).rejects.toMatchObject({
    code: 'DAMAGED',
    message: expect.stringMatching(detail) as unknown as string,
  });
  expect(await folder()).toEqual(before);
}

describe('a change log one generation behind the snapshot', () => {
  it('is set aside when the snapshot holds every change in it', async () => {
    const generationOne = await compactedJournal();
    await writeFile(join(dir, LOG_FILE), generationOne);
    const { journal } = await unlockVault(dir, PASS, options);
    // The save of generation 2 was in the log that was replaced: a crash inside a compaction
    // never leaves that, but the two older saves are there, and nothing came from the stale log.
    const texts = await Promise.all(
      (await journal.listEntries()).map(async (s) => (await journal.getEntry(s.id)).text),
    );
    expect(texts.sort()).toEqual(['Also folded in.', 'Folded into the snapshot.']);
    expect((await journal.verify()).problems).toEqual([]);
    await journal.close();
  });

  it('is damage when it comes from another journal', async () => {
    await compactedJournal();
    const other = join(root, 'other');
    const { journal } = await createVault(other, PASS, options);
    await journal.saveEntry(entryInput({ text: 'Not from this journal.' }));
    await journal.close({ compact: false });
    // Generation 1 there, one behind this journal's snapshot.
    await copyFile(join(other, LOG_FILE), join(dir, LOG_FILE));
    await expectDamage(/belongs to another journal/);
  });

  it('is damage when its generation field was edited', async () => {
    await compactedJournal();
    const log = await readFile(join(dir, LOG_FILE));
    log.writeUInt32BE(1, 12);
    await writeFile(join(dir, LOG_FILE), log);
    await expectDamage(/fails its integrity check/);
  });

  it('is damage when it holds a change the snapshot does not', async () => {
    await compactedJournal();
    const header = await readHeader(nodeFs, dir);
    const dataKey = await unwrapWithPassphrase(header, PASS);
    const vaultId = Buffer.from(header.vaultId, 'base64');
    const fileHeader = { generation: 1, vaultId };
    const now = new Date().toISOString();
    const change = encodeChange({
      op: 'entry.put',
      entry: {
        ...entryInput({ text: 'Written to the old log, in no snapshot.' }),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      },
    });
    const record = encodeRecord(deriveSubkey(dataKey, 'log', vaultId), fileHeader, 1, change);
    await writeFile(join(dir, LOG_FILE), Buffer.concat([encodeLogHeader(fileHeader), record]));
    await expectDamage(/holds changes it does not/);
  });
});
