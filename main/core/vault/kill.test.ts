import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../store/sqlite';
import { mulberry32 } from '../testing/generate';
import { startWriter } from '../testing/spawn-writer';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault, unlockVault } from './lifecycle';

// kill -9 at random moments. A child process saves, edits, trashes and compacts as fast as it
// can and says so after each change is acknowledged; the test kills it with SIGKILL at a random
// moment (sometimes while it is still opening the journal), opens the journal itself, and
// checks that it opens and holds every acknowledged change. Two lanes run side by side.

const PASSPHRASE = 'kill nine times nine';
const KILLS_PER_LANE = 100;
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };

type Expected = { text: string; trashed: boolean };

let root: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

const writerOf = (text: string) => Number(/writer (\d+),/.exec(text)?.[1] ?? -1);

async function lane(name: string, seed: number): Promise<{ kills: number; acked: number }> {
  const dir = join(root, name);
  await (await createVault(dir, PASSPHRASE, options)).journal.close();
  const random = mulberry32(seed);
  const expected = new Map<string, Expected>();
  let acked = 0;
  for (let kill = 0; kill < KILLS_PER_LANE; kill += 1) {
    const writerSeed = seed * 1000 + kill;
    const writer = await startWriter(dir, 'write', { passphrase: PASSPHRASE, seed: writerSeed });
    // Mostly in the middle of writing (after a random number of acknowledged changes, then a
    // random few milliseconds into the next one); one time in five at any moment from the start,
    // while the child is still opening the journal.
    if (random() < 0.2) {
      await new Promise((r) => setTimeout(r, random() * 300));
    } else {
      await writer.linesSeen(2 + Math.floor(random() * 12));
      await new Promise((r) => setTimeout(r, random() * 4));
    }
    writer.child.kill('SIGKILL');
    await writer.done;
    const ackedTexts = new Set<string>();
    for (const line of writer.lines) {
      if (line.type === 'saved') {
        ackedTexts.add(line.text);
        expected.set(line.id, { text: line.text, trashed: false });
        acked += 1;
      } else if (line.type === 'trashed') {
        expected.get(line.id)!.trashed = true;
        acked += 1;
      }
    }

    const { journal } = await unlockVault(dir, PASSPHRASE, options);
    try {
      const rows = await journal.read((db) =>
        all<{ id: string; body: string; deleted_at: string | null }>(
          db,
          'SELECT id, body, deleted_at FROM entries',
        ),
      );
      const found = new Map(rows.map((r) => [r.id, r]));
      // The writer does one change at a time: at most one may differ from what it acknowledged,
      // and only as the change it was making when it was killed.
      let inFlight = 0;
      const fromThisWriter = (text: string) =>
        writerOf(text) === writerSeed && !ackedTexts.has(text);
      for (const [id, want] of expected) {
        const row = found.get(id);
        expect(row, `kill ${kill}: an acknowledged entry is missing`).toBeDefined();
        if (row!.body !== want.text) {
          expect(fromThisWriter(row!.body), `kill ${kill}: ${row!.body} vs ${want.text}`).toBe(
            true,
          );
          inFlight += 1;
          want.text = row!.body;
        }
        if (want.trashed) expect(row!.deleted_at, `kill ${kill}: a trash undone`).not.toBeNull();
        else if (row!.deleted_at !== null) {
          inFlight += 1;
          want.trashed = true;
        }
      }
      for (const row of rows) {
        if (!expected.has(row.id)) {
          expect(fromThisWriter(row.body), `kill ${kill}: an entry from nowhere`).toBe(true);
          inFlight += 1;
          expected.set(row.id, { text: row.body, trashed: row.deleted_at !== null });
        }
      }
      expect(inFlight, `kill ${kill}: more than the change in flight differs`).toBeLessThanOrEqual(
        1,
      );
    } finally {
      await journal.close({ compact: false });
    }
  }
  return { kills: KILLS_PER_LANE, acked };
}

describe('kill -9 during writes', () => {
  it('never loses an acknowledged change, and the journal always opens', async () => {
    const lanes = await Promise.all([lane('one', 11), lane('two', 23)]);
    const kills = lanes.reduce((n, l) => n + l.kills, 0);
    const acked = lanes.reduce((n, l) => n + l.acked, 0);
    expect(kills).toBeGreaterThanOrEqual(200);
    // The kills landed among real work, not only before the first save.
    expect(acked).toBeGreaterThan(kills * 2);
  }, 300_000);
});
