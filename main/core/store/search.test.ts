import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../journal';
import { entryInput } from '../testing/entry-input';
import { TEST_COMPACTION, TEST_KDF, makeTempDir } from '../testing/temp-vault';
import { createVault } from '../vault/lifecycle';

let cleanup: () => Promise<void>;
let journal: Journal;

beforeEach(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  journal = (await createVault(temp.dir, 'pass', { kdf: TEST_KDF, compaction: TEST_COMPACTION }))
    .journal;
  for (let day = 1; day <= 28; day += 1) {
    const date = `2026-02-${String(day).padStart(2, '0')}`;
    const text = day % 2 === 0 ? `Walked by the river on day ${day}.` : `Stayed in on day ${day}.`;
    await journal.saveEntry(entryInput({ date, text, scores: { worth: (day % 7) + 1 } }));
  }
});
afterEach(async () => {
  await journal.close();
  await cleanup();
});

describe('search', () => {
  it('pages newest first with the total of every match, and highlights the words', async () => {
    const result = await journal.search({ query: 'river walk', limit: 5 });
    expect(result.total).toBe(14);
    expect(result.hits.map((h) => h.date)).toEqual([
      '2026-02-28',
      '2026-02-26',
      '2026-02-24',
      '2026-02-22',
      '2026-02-20',
    ]);
    expect(result.hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual([
      'Walked',
      'river',
    ]);
  });

  it('goes on past the first page, newest first, each match once, with the same total', async () => {
    const seen: string[] = [];
    for (const offset of [0, 5, 10]) {
      const page = await journal.search({ query: 'river', limit: 5, offset });
      expect(page.total).toBe(14);
      seen.push(...page.hits.map((h) => h.date));
    }
    expect(seen).toHaveLength(14);
    expect(new Set(seen).size).toBe(14);
    expect(seen).toEqual([...seen].sort().reverse());
    const past = await journal.search({ query: 'river', limit: 5, offset: 20 });
    expect(past).toEqual({ hits: [], total: 14 });
  });

  it('filters without words, leaves out the trash, and treats FTS syntax as plain words', async () => {
    const filtered = await journal.search({
      query: '',
      dimension: { key: 'worth', min: 7, max: 7 },
    });
    expect(filtered.total).toBe(4);
    expect(filtered.hits[0]!.snippet.map((p) => p.text).join('')).toMatch(/^(Walked|Stayed)/);
    const [newest] = (await journal.search({ query: 'river' })).hits;
    await journal.trashEntry(newest!.id);
    expect((await journal.search({ query: 'river' })).total).toBe(13);
    expect(await journal.search({ query: 'river OR NEAR(" *' })).toMatchObject({ total: 0 });
  });
});

describe('the query typed so far', () => {
  it('treats the last word as a prefix only once it has three letters', async () => {
    const { toMatchQuery } = await import('./search');
    expect(toMatchQuery('wa')).toBe('"wa"');
    expect(toMatchQuery('walk')).toBe('"walk*"');
    expect(toMatchQuery('by the riv')).toBe('"by" "the" "riv*"');
    expect(toMatchQuery('NEAR OR "x" -y')).toBe('"NEAR" "OR" "x" "y"');
    expect(toMatchQuery('  …  ')).toBeNull();
  });

  it('finds a body word by its first letters, with the filters applied in the index', async () => {
    const typed = await journal.search({ query: 'riv' });
    expect(typed.total).toBe(14);
    const narrowed = await journal.search({
      query: 'riv',
      from: '2026-02-10',
      to: '2026-02-20',
      dimension: { key: 'worth', min: 1, max: 3 },
    });
    expect(narrowed.hits.every((h) => h.date >= '2026-02-10' && h.date <= '2026-02-20')).toBe(true);
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(typed.total);
    expect(narrowed.hits[0]?.snippet.some((p) => p.hit && p.text === 'river')).toBe(true);
  });
});
