import { randomUUID } from 'node:crypto';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput } from '../testing/entry-input';
import { startWriter } from '../testing/spawn-writer';
import { TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault, unlockVault } from './lifecycle';

// Nothing of the journal in plain form on disk, ever: a unique word written into an entry is
// looked for in every file of the vault folder and every file written to the system's temp
// folder since the test began, after saves, compaction, a backup file and a crash.

const canary = `canary${randomUUID().replace(/-/g, '')}`;
const passphrase = `passphrase ${randomUUID()}`;
const options = { kdf: TEST_KDF, compaction: { maxRecords: 4, maxBytes: 1 << 20, inWorker: true } };
const since = Date.now() - 1000;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

async function* files(folder: string, recentOnly: boolean): AsyncGenerator<string> {
  let items;
  try {
    items = await readdir(folder, { withFileTypes: true });
  } catch {
    return; // another user's folder, or gone already
  }
  for (const item of items) {
    const path = join(folder, item.name);
    if (item.isDirectory()) yield* files(path, recentOnly);
    else if (item.isFile()) {
      const info = await stat(path).catch(() => null);
      if (!info || info.size > 512 * 1024 * 1024) continue;
      if (recentOnly && info.mtimeMs < since) continue;
      yield path;
    }
  }
}

/** Paths of files that hold the canary or the passphrase, in the vault or the temp folder. */
async function leaks(): Promise<string[]> {
  const found = new Set<string>();
  const needles = [Buffer.from(canary), Buffer.from(passphrase), Buffer.from(canary, 'utf16le')];
  for (const [folder, recentOnly] of [
    [dir, false],
    [tmpdir(), true],
  ] as const) {
    for await (const path of files(folder, recentOnly)) {
      const bytes = await readFile(path).catch(() => null);
      if (bytes && needles.some((n) => bytes.includes(n))) found.add(path);
    }
  }
  return [...found];
}

describe('the canary', () => {
  it('is in no file on disk after saves, compaction, a backup file and a crash', async () => {
    const vault = join(dir, 'vault');
    const { journal } = await createVault(vault, passphrase, options);
    const saved = await journal.saveEntry(
      entryInput({
        title: `Title ${canary}`,
        text: `I finally said it. ${canary}`,
        tags: [canary.slice(0, 60)],
      }),
    );
    expect(await leaks()).toEqual([]);

    for (let i = 0; i < 6; i += 1) {
      await journal.saveEntry(entryInput({ text: `More words, ${canary} ${i}.` }));
    }
    await journal.compact(); // in a worker thread
    expect(await journal.verify()).toMatchObject({ problems: [] });
    expect(await leaks()).toEqual([]);

    await writeFile(join(dir, 'journal.twofold-backup'), await journal.backupFile());
    expect(await leaks()).toEqual([]);
    await journal.close();

    const writer = await startWriter(vault, 'write', { passphrase, seed: 7, canary });
    await writer.linesSeen(12);
    writer.child.kill('SIGKILL');
    await writer.done;
    expect(writer.lines.length).toBeGreaterThanOrEqual(12);
    expect(await leaks()).toEqual([]);

    const { journal: again } = await unlockVault(vault, passphrase, options);
    expect((await again.getEntry(saved.id)).text).toContain(canary);
    // The search does find the word where it is: a JSON export, which is plain by design.
    const exported = join(dir, 'export.json');
    await writeFile(exported, JSON.stringify(await again.exportJson()));
    expect(await leaks()).toEqual([exported]);
    await rm(exported);
    await again.close();
    expect(await leaks()).toEqual([]);
  }, 120_000);
});
