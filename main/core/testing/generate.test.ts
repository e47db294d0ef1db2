import { describe, expect, it } from 'vitest';
import { generateEntries } from './generate';

describe('the generated journal', () => {
  it('is the same for the same seed, with dated, rated entries of about 2 KB', () => {
    const a = generateEntries({ entries: 30, endDate: '2026-11-20' });
    const b = generateEntries({ entries: 30, endDate: '2026-11-20' });
    expect(a).toEqual(b);
    expect(a.at(-1)?.date).toBe('2026-11-20');
    expect(a[0]?.date).toBe('2026-10-22');
    const average = a.reduce((n, e) => n + e.text.length, 0) / a.length;
    expect(average).toBeGreaterThan(1900);
    expect(a.some((e) => Object.keys(e.scores).length > 0)).toBe(true);
    expect(a.every((e) => e.tags.length === 0)).toBe(true);
  });

  it('adds tags when asked, and changes nothing else', () => {
    const plain = generateEntries({ entries: 200 });
    const tagged = generateEntries({ entries: 200, tagged: true });
    expect(tagged.map((e) => ({ ...e, tags: [] }))).toEqual(plain);
    expect(tagged.filter((e) => e.tags.includes('work')).length).toBeGreaterThan(20);
  });
});
