import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../journal';
import { entryInput } from '../testing/entry-input';
import { GENERATED_RELATIONSHIPS, generateEntries, seedJournal } from '../testing/generate';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault } from '../vault/lifecycle';
import { one } from './sqlite';

let dir: string;
let cleanup: () => Promise<void>;
const options = { kdf: TEST_KDF, compaction: TEST_COMPACTION };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

async function journalAt(name: string): Promise<Journal> {
  return (await createVault(join(dir, name), 'pass', options)).journal;
}

/** A journal with a bit of everything: custom dimension and sign, settings, trash, formatting. */
async function richJournal(): Promise<Journal> {
  const journal = await journalAt('rich');
  await seedJournal(journal, generateEntries({ entries: 40, endDate: '2026-03-01' }));
  const dims = await journal.listDimensions();
  await journal.saveDimensions([
    {
      key: 'sleep',
      name: 'Sleep',
      lowLabel: 'Restless',
      highLabel: 'Rested',
      hidden: false,
      builtin: false,
      prompts: ['How did you sleep?'],
    },
    ...dims.slice(1),
    { ...dims[0]!, hidden: true },
  ]);
  await journal.saveSigns([
    ...(await journal.listSigns()),
    {
      key: 'went_for_a_walk',
      label: 'Went for a walk',
      kind: 'healthy',
      hidden: false,
      builtin: false,
    },
  ]);
  await journal.saveSettings({ theme: 'dark', autoLockMinutes: 15 });
  await journal.setValue('summary.lastRange', { from: '2026-01-01', to: '2026-02-01' });
  const rich = entryInput({
    title: 'Bold words',
    text: 'I said it plainly.',
    doc: '{"root":{"children":[{"type":"paragraph","children":[{"type":"text","text":"I said it plainly.","format":1}]}],"type":"root"}}',
    scores: { sleep: 5, boundaries: 6 },
    signs: ['went_for_a_walk'],
    relationships: [GENERATED_RELATIONSHIPS[1]!.id],
    tags: ['b', 'a'],
    share: 'bring',
  });
  await journal.saveEntry(rich);
  const trashed = await journal.saveEntry(entryInput({ text: 'Second thoughts.' }));
  await journal.trashEntry(trashed.id);
  return journal;
}

const withoutTime = <T extends { exportedAt: string }>(e: T) => ({ ...e, exportedAt: '' });

describe('export and import', () => {
  it('round-trips a whole journal exactly: export, import into a new one, export again', async () => {
    const source = await richJournal();
    const exported = await source.exportJson();
    expect(exported.format).toBe('twofold-journal');
    expect(exported.entries).toHaveLength(42);
    expect(exported.entries.some((e) => e.deletedAt !== null)).toBe(true);
    await source.close();

    const copy = await journalAt('copy');
    const summary = await copy.importJson(JSON.parse(JSON.stringify(exported)));
    expect(summary).toEqual({ entries: 42, relationshipsCreated: 4 });
    expect(withoutTime(await copy.exportJson())).toEqual(withoutTime(exported));
    expect((await copy.verify()).problems).toEqual([]);
    await copy.close();
  });

  it('imports a list of entries as "list --json" prints them, creating unknown people', async () => {
    const journal = await journalAt('list');
    await journal.saveRelationship({ ...GENERATED_RELATIONSHIPS[0]!, name: 'Sam' });
    const summary = await journal.importJson([
      {
        date: '2025-05-01',
        text: 'First line\nSecond line',
        relationships: ['sam', 'Robin'],
        scores: { worth: 3 },
      },
      {
        id: '11111111-2222-4333-8444-555555555555',
        date: '2025-05-02',
        title: 'Kept',
        text: 'Hello',
        signs: ['asked_for_help'],
        tags: ['x'],
        createdAt: '2025-05-02T10:00:00.000Z',
        updatedAt: '2025-05-02T11:00:00.000Z',
      },
    ]);
    expect(summary).toEqual({ entries: 2, relationshipsCreated: 1 });
    const people = await journal.listRelationships();
    expect(people.map((r) => r.name)).toEqual(['Sam', 'Robin']);
    const kept = await journal.getEntry('11111111-2222-4333-8444-555555555555');
    expect(kept).toMatchObject({
      title: 'Kept',
      text: 'Hello',
      signs: ['asked_for_help'],
      updatedAt: '2025-05-02T11:00:00.000Z',
    });
    const [first] = await journal.search({ query: 'second line' }).then((r) => r.hits);
    const full = await journal.getEntry(first!.id);
    expect(full.text).toBe('First line\n\nSecond line');
    expect(full.relationships).toEqual(people.map((r) => r.id));
    expect(JSON.parse(full.doc).root.children).toHaveLength(2);
    await journal.close();
  });

  it('imports thousands of entries as one step, into one new snapshot', async () => {
    const journal = await journalAt('many');
    const entries = generateEntries({ entries: 3000 }).map((e) => ({
      date: e.date,
      title: e.title,
      text: e.text,
      scores: e.scores,
      relationships: ['Alex'],
    }));
    const before = (await journal.verify()).generation;
    expect(await journal.importJson(entries)).toEqual({ entries: 3000, relationshipsCreated: 1 });
    const report = await journal.verify();
    expect(report.counts.entries).toBe(3000);
    expect(report.generation).toBe(before + 1);
    expect(report.pendingChanges).toBe(0);
    expect(await journal.read((db) => one(db, 'PRAGMA page_size')?.['page_size'])).toBe(16384);
    await journal.close();
  });

  it('imports nothing from a file with one bad entry, and says which and why', async () => {
    const journal = await journalAt('bad');
    await journal.saveEntry(entryInput({ text: 'Already here.' }));
    const cases: Array<[unknown, string]> = [
      [
        [
          { date: '2025-05-01', text: 'fine' },
          { date: '2025-02-30', text: 'no such day' },
        ],
        'entry 2 (date)',
      ],
      [
        [{ date: '2025-05-01', text: 'x', scores: { nonsense: 4 } }],
        'Entry 1 in the file has a score for "nonsense"',
      ],
      [[{ date: '2025-05-01', text: 'x', scores: { worth: 9 } }], 'entry 1 (scores.worth)'],
      [[{ date: '2025-05-01', text: 'x', signs: ['unknown_sign'] }], 'the sign "unknown_sign"'],
      [{ format: 'twofold-journal', version: 1 }, 'not a valid Twofold export'],
      [{ hello: 'world' }, 'neither a Twofold export nor a list of entries'],
      ['just text', 'neither a Twofold export nor a list of entries'],
    ];
    for (const [data, message] of cases) {
      await expect(journal.importJson(data)).rejects.toMatchObject({
        code: 'INVALID_REQUEST',
        message: expect.stringContaining(message) as unknown as string,
      });
    }
    expect(await journal.listEntries()).toHaveLength(1);
    await journal.close();
  });
});
