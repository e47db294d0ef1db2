import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/sqlite';
import { addEntry, addRelationship, journalDb } from '../testing/journal-db';
import { splitRange } from './calendar';
import { compareRatings, ratingsOf } from './compare';
import { compareRanges, comparePeriods, trendOverview, trendsByRelationship } from './overview';

let db: Database;
let sam: string;
let mum: string;
beforeEach(async () => {
  db = await journalDb();
  sam = addRelationship(db, 'Sam');
  mum = addRelationship(db, 'Mum');
  addRelationship(db, 'Nobody');
  // The ten days before the 11th, then the ten days from it.
  addEntry(db, { date: '2026-03-01', scores: { boundaries: 2, worth: 3 }, relationships: [sam] });
  addEntry(db, { date: '2026-03-10', scores: { boundaries: 3 }, relationships: [mum] });
  addEntry(db, { date: '2026-03-10', scores: {} });
  addEntry(db, { date: '2026-03-11', scores: { boundaries: 4 }, relationships: [sam, mum] });
  addEntry(db, { date: '2026-03-20', scores: { boundaries: 5, worth: 6 }, relationships: [sam] });
  addEntry(db, { date: '2026-03-21', scores: { boundaries: 1 } });
});

const TODAY = '2026-03-20';
const FILTER = { dimensions: ['boundaries', 'worth'] };

describe('overview and comparison', () => {
  it('gives mean and count per dimension over a range', () => {
    expect(trendOverview(db, { ...FILTER, from: '2026-03-01', to: '2026-03-10' }, TODAY)).toEqual({
      from: '2026-03-01',
      to: '2026-03-10',
      entries: 3,
      scores: { boundaries: { mean: 2.5, count: 2 }, worth: { mean: 3, count: 1 } },
    });
  });

  it('compares a range with the range of equal length before it', () => {
    const result = comparePeriods(db, { ...FILTER, from: '2026-03-11', to: '2026-03-20' }, TODAY);
    expect([result.before.from, result.before.to, result.before.entries]).toEqual([
      '2026-03-01',
      '2026-03-10',
      3,
    ]);
    expect(result.after.entries).toBe(2);
    // In the person's order of dimensions: Self-worth comes before Boundaries.
    expect(result.changes).toEqual([
      {
        key: 'worth',
        before: { mean: 3, count: 1 },
        after: { mean: 6, count: 1 },
        difference: 3,
        interval: null,
        verdict: 'not enough ratings',
      },
      {
        key: 'boundaries',
        before: { mean: 2.5, count: 2 },
        after: { mean: 4.5, count: 2 },
        difference: 2,
        interval: compareRatings(ratingsOf([2, 3]), ratingsOf([4, 5])).interval,
        verdict: 'not enough ratings',
      },
    ]);
  });

  it('gives no change where one side has nothing rated, and honours relationships', () => {
    const result = comparePeriods(
      db,
      { ...FILTER, from: '2026-03-11', to: '2026-03-20', relationshipIds: [mum] },
      TODAY,
    );
    expect(result.changes).toEqual([
      {
        key: 'worth',
        before: { mean: null, count: 0 },
        after: { mean: null, count: 0 },
        difference: null,
        interval: null,
        verdict: 'not enough ratings',
      },
      {
        key: 'boundaries',
        before: { mean: 3, count: 1 },
        after: { mean: 4, count: 1 },
        difference: 1,
        interval: null,
        verdict: 'not enough ratings',
      },
    ]);
  });

  it('compares the first and last third of a range', () => {
    const [first, , last] = splitRange({ from: '2026-03-01', to: '2026-03-21' }, 3);
    const result = compareRanges(db, first!, last!, FILTER, TODAY);
    expect([first, last]).toEqual([
      { from: '2026-03-01', to: '2026-03-07' },
      { from: '2026-03-15', to: '2026-03-21' },
    ]);
    expect(result.changes.find((c) => c.key === 'boundaries')).toEqual({
      key: 'boundaries',
      before: { mean: 2, count: 1 },
      after: { mean: 3, count: 2 },
      difference: 1,
      interval: null,
      verdict: 'not enough ratings',
    });
  });

  it('compares the ratings themselves, with the sums the SQL adds up', () => {
    const before = [3, 4, 2, 3, 4, 3];
    const after = [5, 6, 5, 4, 6, 6, 5];
    before.forEach((v, i) => addEntry(db, { date: `2026-02-0${i + 1}`, scores: { worth: v } }));
    after.forEach((v, i) => addEntry(db, { date: `2026-02-1${i + 1}`, scores: { worth: v } }));
    const result = compareRanges(
      db,
      { from: '2026-02-01', to: '2026-02-09' },
      { from: '2026-02-10', to: '2026-02-19' },
      { dimensions: ['worth'] },
      TODAY,
    );
    expect(result.changes).toEqual([
      { key: 'worth', ...compareRatings(ratingsOf(before), ratingsOf(after)) },
    ]);
    expect(result.changes[0]!.verdict).toBe('higher');
  });

  it('shows the same dimension relationship by relationship', () => {
    const rows = trendsByRelationship(
      db,
      { ...FILTER, from: '2026-03-01', to: '2026-03-21' },
      TODAY,
    );
    expect(rows).toEqual([
      {
        relationshipId: sam,
        entries: 3,
        scores: { boundaries: { mean: 11 / 3, count: 3 }, worth: { mean: 4.5, count: 2 } },
      },
      {
        relationshipId: mum,
        entries: 2,
        scores: { boundaries: { mean: 3.5, count: 2 }, worth: { mean: null, count: 0 } },
      },
    ]);
    const onlyMum = trendsByRelationship(db, { ...FILTER, relationshipIds: [mum] }, TODAY);
    expect(onlyMum.map((r) => r.relationshipId)).toEqual([mum]);
  });
});
