import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from './journal';
import { entryInput } from './testing/entry-input';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from './testing/temp-vault';
import { createVault } from './vault/lifecycle';

let cleanup: () => Promise<void>;
let journal: Journal;

beforeEach(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  journal = (await createVault(temp.dir, 'pass', { kdf: TEST_KDF, compaction: TEST_COMPACTION }))
    .journal;
});
afterEach(async () => {
  await journal.close();
  await cleanup();
});

describe('the timeline kept between asks', () => {
  it('shows every save, trash and restore at once', async () => {
    const first = entryInput({ date: '2026-03-01', text: 'The first morning.' });
    await journal.saveEntry(first);
    expect((await journal.listEntries({})).map((e) => e.preview)).toEqual(['The first morning.']);
    await journal.saveEntry({ ...first, text: 'The first morning, rewritten.' });
    await journal.saveEntry(entryInput({ date: '2026-03-02', text: 'A second day.' }));
    expect((await journal.listEntries({})).map((e) => e.preview)).toEqual([
      'A second day.',
      'The first morning, rewritten.',
    ]);
    await journal.trashEntry(first.id);
    expect(await journal.listEntries({})).toHaveLength(1);
    expect(await journal.listEntries({ trash: true })).toHaveLength(1);
    await journal.restoreEntry(first.id);
    expect(await journal.listEntries({})).toHaveLength(2);
  });

  it('hands out a copy, so a caller sorting its list changes nothing for the next', async () => {
    await journal.saveEntry(entryInput({ date: '2026-03-01', text: 'One.' }));
    await journal.saveEntry(entryInput({ date: '2026-03-02', text: 'Two.' }));
    (await journal.listEntries({})).reverse();
    expect((await journal.listEntries({})).map((e) => e.preview)).toEqual(['Two.', 'One.']);
  });
});
