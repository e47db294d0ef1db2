import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/sqlite';
import { addEntry, addRelationship, journalDb } from '../testing/journal-db';
import { trendSeries } from './series';

let db: Database;
beforeEach(async () => {
  db = await journalDb();
});

const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

const TODAY = '2026-04-01';
const none = { mean: null, count: 0 };

/** Three weeks of March 2026; New York moves its clocks on Sunday the 8th. */
function seedMarch(): void {
  addEntry(db, { date: '2026-03-01', scores: { boundaries: 1 } });
  addEntry(db, { date: '2026-03-02', scores: { boundaries: 2, worth: 5 } });
  addEntry(db, { date: '2026-03-08', scores: { boundaries: 4 } });
  addEntry(db, { date: '2026-03-08', signs: ['yes_meant_no'] });
  addEntry(db, {
    date: '2026-03-09',
    scores: { worth: 3 },
    signs: ['yes_meant_no', 'disagreed_ok'],
  });
  addEntry(db, { date: '2026-03-10', scores: { boundaries: 1 }, trashed: true });
  addEntry(db, { date: '2026-03-23', scores: { boundaries: 7 } });
}

describe.each(['America/New_York', 'Europe/Berlin', 'Pacific/Auckland'])('trends in %s', (zone) => {
  it('averages per week, leaves unrated dimensions and empty weeks as gaps', () => {
    process.env['TZ'] = zone;
    seedMarch();
    const series = trendSeries(
      db,
      {
        filter: { from: '2026-03-02', to: '2026-03-22', dimensions: ['worth', 'boundaries'] },
        by: 'week',
      },
      TODAY,
    );
    expect(series.dimensions).toEqual(['worth', 'boundaries']);
    expect(series.buckets.map((b) => [b.start, b.end, b.entries])).toEqual([
      ['2026-03-02', '2026-03-08', 3],
      ['2026-03-09', '2026-03-15', 1],
      ['2026-03-16', '2026-03-22', 0],
    ]);
    expect(series.buckets.map((b) => b.scores)).toEqual([
      { worth: { mean: 5, count: 1 }, boundaries: { mean: 3, count: 2 } },
      { worth: { mean: 3, count: 1 }, boundaries: none },
      { worth: none, boundaries: none },
    ]);
    expect(series.buckets.map((b) => [b.signs['yes_meant_no'], b.signs['disagreed_ok']])).toEqual([
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(Object.keys(series.buckets[0]!.signs)).toHaveLength(12);
    // Four-week window: each rating counts once, including the 1 of 1 March in the weeks before
    // the range; a week without a rating of its own has no line.
    expect(series.window).toBe(4);
    expect(series.rolling['boundaries']).toEqual([7 / 3, null, null]);
    expect(series.rolling['worth']).toEqual([5, 4, null]);
  });

  it('lists every day across the change, each entry on its own calendar day', () => {
    process.env['TZ'] = zone;
    seedMarch();
    const series = trendSeries(
      db,
      { filter: { from: '2026-03-07', to: '2026-03-09', dimensions: ['boundaries'] } },
      TODAY,
    );
    expect(series.by).toBe('day');
    expect(series.buckets.map((b) => [b.start, b.end, b.entries, b.scores['boundaries']])).toEqual([
      ['2026-03-07', '2026-03-07', 0, none],
      ['2026-03-08', '2026-03-08', 2, { mean: 4, count: 1 }],
      ['2026-03-09', '2026-03-09', 1, none],
    ]);
  });
});

describe('trend series', () => {
  it('averages several entries on one day and cuts months to the range', () => {
    addEntry(db, { date: '2026-01-31', scores: { conflict: 2 } });
    addEntry(db, { date: '2026-02-01', scores: { conflict: 3 } });
    addEntry(db, { date: '2026-02-01', scores: { conflict: 6 } });
    addEntry(db, { date: '2026-02-01', scores: { conflict: 6 } });
    addEntry(db, { date: '2026-02-28', scores: { conflict: 1 } });
    addEntry(db, { date: '2026-03-01', scores: { conflict: 7 } });
    const days = trendSeries(
      db,
      { filter: { from: '2026-02-01', to: '2026-02-01', dimensions: ['conflict'] } },
      TODAY,
    );
    expect(days.buckets).toEqual([
      {
        start: '2026-02-01',
        end: '2026-02-01',
        partial: false,
        entries: 3,
        scores: { conflict: { mean: 5, count: 3 } },
        signs: expect.any(Object) as unknown,
      },
    ]);
    const months = trendSeries(
      db,
      { filter: { from: '2026-01-31', to: '2026-03-01', dimensions: ['conflict'] }, by: 'month' },
      TODAY,
    );
    expect(months.buckets.map((b) => [b.start, b.end, b.scores['conflict']])).toEqual([
      ['2026-01-31', '2026-01-31', { mean: 2, count: 1 }],
      ['2026-02-01', '2026-02-28', { mean: 4, count: 4 }],
      ['2026-03-01', '2026-03-01', { mean: 7, count: 1 }],
    ]);
    expect(months.rolling['conflict']).toEqual([2, 18 / 5, 25 / 6]);
    expect(months.rollingCounts['conflict']).toEqual([1, 5, 6]);
    // The range cuts January and March to a day each: those buckets are partial.
    expect(months.buckets.map((b) => b.partial)).toEqual([true, false, true]);
  });

  it('breaks the rolling line at every day without a rating', () => {
    addEntry(db, { date: '2026-03-01', scores: { self: 2 } });
    addEntry(db, { date: '2026-03-10', scores: { self: 6 } });
    const series = trendSeries(
      db,
      { filter: { from: '2026-03-01', to: '2026-03-10', dimensions: ['self'] }, by: 'day' },
      TODAY,
    );
    expect(series.window).toBe(7);
    expect(series.rolling['self']).toEqual([2, null, null, null, null, null, null, null, null, 6]);
  });

  it('draws no line across an empty month, however full the months around it', () => {
    for (const date of ['2026-06-03', '2026-06-20', '2026-07-09', '2026-09-14', '2026-10-02']) {
      addEntry(db, { date, scores: { conflict: 5 } });
    }
    const series = trendSeries(
      db,
      { filter: { from: '2026-06-01', to: '2026-10-31', dimensions: ['conflict'] }, by: 'month' },
      '2026-10-31',
    );
    expect(series.buckets.map((b) => b.scores['conflict']!.count)).toEqual([2, 1, 0, 1, 1]);
    expect(series.rolling['conflict']).toEqual([5, 5, null, 5, 5]);
  });

  it('starts the line from the weeks before a partial first week, not from its one rating', () => {
    // Three weeks of 5s, then a range that starts on a Thursday with a single 1.
    for (let day = 2; day <= 22; day += 1) {
      addEntry(db, { date: `2026-03-${String(day).padStart(2, '0')}`, scores: { autonomy: 5 } });
    }
    addEntry(db, { date: '2026-03-26', scores: { autonomy: 1 } });
    addEntry(db, { date: '2026-04-01', scores: { autonomy: 5 } });
    const series = trendSeries(
      db,
      { filter: { from: '2026-03-26', to: '2026-04-01', dimensions: ['autonomy'] }, by: 'week' },
      TODAY,
    );
    expect(series.buckets.map((b) => [b.start, b.end, b.scores['autonomy']])).toEqual([
      ['2026-03-26', '2026-03-29', { mean: 1, count: 1 }],
      ['2026-03-30', '2026-04-01', { mean: 5, count: 1 }],
    ]);
    // 21 fives and the 1 in the four weeks to the 29th; then 14 fives, the 1 and a 5.
    expect(series.rolling['autonomy']).toEqual([(21 * 5 + 1) / 22, (15 * 5 + 1) / 16]);
  });

  it('weighs a partial last week by its ratings, not as a whole week', () => {
    for (let day = 2; day <= 22; day += 1) {
      addEntry(db, { date: `2026-03-${String(day).padStart(2, '0')}`, scores: { balance: 6 } });
    }
    addEntry(db, { date: '2026-03-23', scores: { balance: 2 } });
    const series = trendSeries(
      db,
      { filter: { from: '2026-03-02', to: '2026-03-24', dimensions: ['balance'] }, by: 'week' },
      TODAY,
    );
    // Averaging the four weekly means would give (6 + 6 + 6 + 2) / 4 = 5.
    expect(series.rolling['balance']!.at(-1)).toBe((21 * 6 + 2) / 22);
  });

  it('filters by relationship, counting an entry about two people once', () => {
    const sam = addRelationship(db, 'Sam');
    const mum = addRelationship(db, 'Mum');
    const work = addRelationship(db, 'Work');
    addEntry(db, { date: '2026-03-02', scores: { balance: 2 }, relationships: [sam] });
    addEntry(db, { date: '2026-03-03', scores: { balance: 6 }, relationships: [mum] });
    addEntry(db, { date: '2026-03-04', scores: { balance: 7 }, relationships: [sam, mum] });
    addEntry(db, { date: '2026-03-05', scores: { balance: 1 } });
    addEntry(db, { date: '2026-03-05', scores: { balance: 1 }, relationships: [work] });
    const filter = { from: '2026-03-02', to: '2026-03-08', dimensions: ['balance'] };
    const stat = (relationshipIds: string[]) =>
      trendSeries(db, { filter: { ...filter, relationshipIds }, by: 'week' }, TODAY).buckets[0];
    expect(stat([])).toMatchObject({ entries: 5, scores: { balance: { mean: 17 / 5, count: 5 } } });
    expect(stat([sam])).toMatchObject({ entries: 2, scores: { balance: { mean: 4.5, count: 2 } } });
    expect(stat([sam, mum])).toMatchObject({
      entries: 3,
      scores: { balance: { mean: 5, count: 3 } },
    });
  });

  it('defaults to the visible dimensions, from the first entry to today', () => {
    addEntry(db, { date: '2026-03-29', scores: { worth: 4 } });
    const series = trendSeries(db, { filter: {} }, TODAY);
    expect([series.from, series.to, series.by]).toEqual(['2026-03-29', TODAY, 'day']);
    expect(series.buckets).toHaveLength(4);
    expect(series.dimensions).toHaveLength(9);
    expect(series.buckets[3]!.scores['worth']).toEqual(none);
    expect(() => trendSeries(db, { filter: { dimensions: ['nope'] } }, TODAY)).toThrow(/nope/);
  });

  it('lists one empty bucket for an empty journal', () => {
    const series = trendSeries(db, { filter: {}, by: 'month' }, TODAY);
    expect(series.buckets).toEqual([
      expect.objectContaining({ start: TODAY, end: TODAY, entries: 0 }),
    ]);
  });
});
