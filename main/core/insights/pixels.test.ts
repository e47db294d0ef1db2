import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/sqlite';
import { addEntry, addRelationship, journalDb } from '../testing/journal-db';
import { yearInPixels } from './pixels';

const TODAY = '2026-06-30';

let db: Database;
let sam: string;
beforeEach(async () => {
  db = await journalDb();
  sam = addRelationship(db, 'Sam', 'partner');
  addEntry(db, { date: '2019-04-02', scores: { self: 5 } });
  addEntry(db, { date: '2026-01-05', scores: { self: 2 }, relationships: [sam] });
  addEntry(db, { date: '2026-01-05', scores: { self: 5 } });
  addEntry(db, { date: '2026-01-05', scores: { worth: 1 } });
  addEntry(db, { date: '2026-01-07', scores: { worth: 6 }, relationships: [sam] });
  addEntry(db, { date: '2026-01-09', scores: { self: 7 }, trashed: true });
  addEntry(db, { date: '2025-12-31', scores: { self: 1 }, relationships: [sam] });
});

describe('year in pixels', () => {
  it('gives each day with entries its mean and count; unrated days are listed, never 0', () => {
    const year = yearInPixels(
      db,
      { from: '2026-01-01', to: '2026-12-31', dimension: 'self' },
      TODAY,
    );
    expect(year).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      dimension: 'self',
      relationshipId: null,
      firstDate: '2019-04-02',
      days: [
        { date: '2026-01-05', entries: 3, mean: 3.5, count: 2 },
        { date: '2026-01-07', entries: 1, mean: null, count: 0 },
      ],
    });
  });

  it('narrows to one person, with the years back to their first entry', () => {
    const year = yearInPixels(db, { dimension: 'self', relationshipId: sam }, TODAY);
    expect(year.firstDate).toBe('2025-12-31');
    expect(year.from).toBe('2025-12-31');
    expect(year.days).toEqual([
      { date: '2025-12-31', entries: 1, mean: 1, count: 1 },
      { date: '2026-01-05', entries: 1, mean: 2, count: 1 },
      { date: '2026-01-07', entries: 1, mean: null, count: 0 },
    ]);
  });

  it('refuses a dimension the journal does not have', () => {
    expect(() => yearInPixels(db, { dimension: 'sleep' }, TODAY)).toThrow(/no dimension/);
  });

  it('answers an empty journal with no days and no first date', async () => {
    const empty = await journalDb();
    expect(yearInPixels(empty, { dimension: 'self' }, TODAY)).toMatchObject({
      from: TODAY,
      to: TODAY,
      firstDate: null,
      days: [],
    });
  });
});
