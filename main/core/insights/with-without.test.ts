import { beforeEach, describe, expect, it } from 'vitest';
import { withWithoutFigures, withWithoutHeadline } from '../../contract/insight-words';
import type { WithWithoutRow } from '../../contract/insights';
import { putSigns } from '../store/catalog';
import { DEFAULT_SIGNS } from '../store/defaults';
import type { Database } from '../store/sqlite';
import { addEntry, addRelationship, journalDb } from '../testing/journal-db';
import { withWithout } from './with-without';

const TODAY = '2026-06-30';
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;

let db: Database;
beforeEach(async () => {
  db = await journalDb();
});

const rowFor = (rows: readonly WithWithoutRow[], id: string, dimension: string) =>
  rows.find((r) => r.subject.id === id && r.dimension === dimension);

describe('with and without', () => {
  it('10 entries with a sign rated 6, 10 without rated 3: "6.0 with vs 3.0 without", higher', () => {
    for (let i = 1; i <= 10; i += 1) {
      addEntry(db, { date: day(i), scores: { self: 6 }, signs: ['time_for_me'] });
      addEntry(db, { date: day(i + 10), scores: { self: 3 } });
    }
    const result = withWithout(db, { dimensions: ['self'] }, TODAY);
    expect(result).toMatchObject({ from: day(1), to: TODAY, entries: 20, dimensions: ['self'] });
    const row = rowFor(result.rows, 'time_for_me', 'self')!;
    expect(row).toEqual({
      subject: {
        kind: 'sign',
        id: 'time_for_me',
        label: 'Spent time on something of my own',
        relationshipKind: null,
      },
      dimension: 'self',
      entries: 10,
      with: { mean: 6, count: 10 },
      without: { mean: 3, count: 10 },
      difference: 3,
      interval: [3, 3],
      verdict: 'higher',
    });
    expect(withWithoutFigures(row)).toMatch(/^6\.0 with vs 3\.0 without · \+3\.0/);
    expect(withWithoutHeadline(row, 'Sense of self')).toBe(
      'Higher Sense of self went with “Spent time on something of my own”',
    );
    // Only the one sign came up, so it is the only subject.
    expect(result.rows).toHaveLength(1);
  });

  it('never counts a missing rating as zero', () => {
    for (let i = 1; i <= 10; i += 1) {
      addEntry(db, { date: day(i), scores: { self: 6 }, signs: ['time_for_me'] });
      addEntry(db, { date: day(i + 10), scores: { self: 3 } });
    }
    // Entries with the sign that did not rate the sense of self, and some rating nothing at all.
    for (let i = 21; i <= 25; i += 1) {
      addEntry(db, { date: day(i), scores: { worth: 2 }, signs: ['time_for_me'] });
      addEntry(db, { date: day(i), scores: {} });
    }
    const row = rowFor(
      withWithout(db, { dimensions: ['self'] }, TODAY).rows,
      'time_for_me',
      'self',
    );
    expect(row).toMatchObject({
      entries: 15,
      with: { mean: 6, count: 10 },
      without: { mean: 3, count: 10 },
    });
  });

  it('says "not enough yet" with no number below 5 ratings a side, and ranks it last', () => {
    const values = [2, 5, 3, 6, 4, 5, 3, 4];
    values.forEach((v, i) => addEntry(db, { date: day(i + 1), scores: { self: v } }));
    // A sign on 4 rated entries (not enough) and one spread evenly (no clear difference).
    for (let i = 0; i < 4; i += 1) {
      addEntry(db, { date: day(10 + i), scores: { self: 7 }, signs: ['asked_for_help'] });
    }
    values.forEach((v, i) =>
      addEntry(db, { date: day(15 + i), scores: { self: v }, signs: ['disagreed_ok'] }),
    );
    const { rows } = withWithout(db, { dimensions: ['self'] }, TODAY);
    const few = rowFor(rows, 'asked_for_help', 'self')!;
    expect(few).toMatchObject({
      verdict: 'not enough ratings',
      with: { mean: null, count: 4 },
      without: { mean: null, count: 16 },
      difference: null,
      interval: null,
    });
    expect(withWithoutFigures(few)).toBe('Not enough yet: 4 with, 16 without (5 a side needed)');
    expect(withWithoutFigures(few)).not.toMatch(/\d\.\d/);
    const even = rowFor(rows, 'disagreed_ok', 'self')!;
    expect(even.verdict).toBe('no clear change');
    expect(even.interval![0]).toBeLessThan(0);
    expect(even.interval![1]).toBeGreaterThan(0);
    expect(rows.map((r) => r.subject.id)).toEqual(['disagreed_ok', 'asked_for_help']);
  });

  it('ranks clear differences by how far the interval stands off zero, lower ones too', () => {
    const people = {
      near: addRelationship(db, 'Near', 'friend'),
      far: addRelationship(db, 'Far', 'work'),
    };
    // Baseline 4s; "Far" clearly lower (2s), "Near" a little higher with spread.
    for (let i = 1; i <= 12; i += 1) addEntry(db, { date: day(i), scores: { self: 4 } });
    for (let i = 1; i <= 6; i += 1) {
      addEntry(db, { date: day(i), scores: { self: 2 }, relationships: [people.far] });
      addEntry(db, { date: day(i), scores: { self: i % 2 ? 5 : 6 }, relationships: [people.near] });
    }
    const { rows } = withWithout(db, { dimensions: ['self'] }, TODAY);
    expect(rows.map((r) => [r.subject.label, r.verdict])).toEqual([
      ['Far', 'lower'],
      ['Near', 'higher'],
    ]);
    expect(rows[0]!.subject).toMatchObject({ kind: 'relationship', relationshipKind: 'work' });
    expect(withWithoutHeadline(rows[0]!, 'Sense of self')).toBe(
      'Lower Sense of self went with entries about Far',
    );
  });

  it('covers tags and every dimension, leaves out hidden signs, trash and other dates', () => {
    for (let i = 1; i <= 6; i += 1) {
      addEntry(db, {
        date: day(i),
        scores: { self: 6, worth: 5 },
        tags: ['walk'],
        signs: ['yes_meant_no'],
      });
      addEntry(db, { date: day(i + 6), scores: { self: 2, worth: 5 } });
      addEntry(db, { date: day(i + 6), scores: { self: 1 }, tags: ['walk'], trashed: true });
      addEntry(db, { date: '2026-05-01', scores: { self: 7 }, tags: ['walk'] });
    }
    putSigns(
      db,
      DEFAULT_SIGNS.map((s) => (s.key === 'yes_meant_no' ? { ...s, hidden: true } : s)),
    );
    const result = withWithout(
      db,
      { from: day(1), to: day(31), dimensions: ['worth', 'self'] },
      TODAY,
    );
    expect(result.entries).toBe(12);
    expect(result.rows.map((r) => [r.subject.kind, r.subject.id, r.dimension, r.verdict])).toEqual([
      ['tag', 'walk', 'self', 'higher'],
      ['tag', 'walk', 'worth', 'no clear change'],
    ]);
    expect(rowFor(result.rows, 'walk', 'self')).toMatchObject({
      with: { mean: 6, count: 6 },
      without: { mean: 2, count: 6 },
    });
  });

  it('answers an empty journal with no rows', () => {
    expect(withWithout(db, {}, TODAY)).toMatchObject({ entries: 0, rows: [] });
  });
});
