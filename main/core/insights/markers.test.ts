import { beforeEach, describe, expect, it } from 'vitest';
import { putLifeEvent } from '../store/life-events';
import type { Database } from '../store/sqlite';
import { putTherapySession } from '../store/therapy';
import { addEntry, addRelationship, journalDb } from '../testing/journal-db';
import { plusDays } from '../trends/calendar';
import { compareMarkers, listMarkers, markerSides } from './markers';

const TODAY = '2026-06-30';
const MOVED = '2026-03-01';
const EVENT_ID = '5f0c1f7e-3b1a-4c9e-8d2f-1a2b3c4d5e01';
const SESSION_ID = '5f0c1f7e-3b1a-4c9e-8d2f-1a2b3c4d5e02';

let db: Database;
let sam: string;
beforeEach(async () => {
  db = await journalDb();
  sam = addRelationship(db, 'Sam', 'partner');
  putLifeEvent(db, { id: EVENT_ID, date: MOVED, label: 'Moved out' });
  putTherapySession(db, { id: SESSION_ID, date: '2026-05-20' });
  // Ten days before the move rated 3, ten from it on rated 6 (the day itself counts as after).
  for (let i = 1; i <= 10; i += 1) {
    addEntry(db, { date: plusDays(MOVED, -i), scores: { self: 3 }, relationships: [sam] });
    addEntry(db, { date: plusDays(MOVED, i - 1), scores: { self: 6 } });
  }
  // Outside both windows: the 31st day before and the 30th day after are not counted.
  addEntry(db, { date: plusDays(MOVED, -31), scores: { self: 7 } });
  addEntry(db, { date: plusDays(MOVED, 30), scores: { self: 1 } });
});

describe('markers', () => {
  it('lists sessions and life events in date order, within a range when given', () => {
    expect(listMarkers(db)).toEqual([
      { kind: 'event', id: EVENT_ID, date: MOVED, label: 'Moved out' },
      { kind: 'session', id: SESSION_ID, date: '2026-05-20', label: 'Therapy session' },
    ]);
    expect(listMarkers(db, { from: '2026-04-01' }).map((m) => m.kind)).toEqual(['session']);
  });

  it('has 30 days a side: the 30 before the day, and the day with the 29 after it', () => {
    expect(markerSides(MOVED)).toEqual({
      before: { from: '2026-01-30', to: '2026-02-28' },
      after: { from: '2026-03-01', to: '2026-03-30' },
    });
  });

  it('compares the 30 days before each marker with the 30 after, newest first', () => {
    const [session, moved] = compareMarkers(db, { dimensions: ['self', 'worth'] }, TODAY);
    expect(session!.marker.kind).toBe('session');
    expect(session!.dimensions[1]).toMatchObject({ key: 'self', verdict: 'not enough ratings' });
    expect(moved).toEqual({
      marker: { kind: 'event', id: EVENT_ID, date: MOVED, label: 'Moved out' },
      before: { from: '2026-01-30', to: '2026-02-28', entries: 10 },
      after: { from: '2026-03-01', to: '2026-03-30', entries: 10 },
      dimensions: [
        {
          key: 'worth',
          before: { mean: null, count: 0 },
          after: { mean: null, count: 0 },
          difference: null,
          interval: null,
          verdict: 'not enough ratings',
        },
        {
          key: 'self',
          before: { mean: 3, count: 10 },
          after: { mean: 6, count: 10 },
          difference: 3,
          interval: [3, 3],
          verdict: 'higher',
        },
      ],
    });
  });

  it('follows the relationship filter, and finds markers by their own day', () => {
    const [moved] = compareMarkers(
      db,
      { from: '2026-02-01', to: '2026-03-31', relationshipIds: [sam], dimensions: ['self'] },
      TODAY,
    );
    expect(moved!.marker.label).toBe('Moved out');
    expect(moved!.before.entries).toBe(10);
    expect(moved!.after.entries).toBe(0);
    expect(moved!.dimensions[0]).toMatchObject({
      before: { mean: null, count: 10 },
      after: { mean: null, count: 0 },
      verdict: 'not enough ratings',
    });
    // A session before the first entry is still a marker.
    putTherapySession(db, { id: '5f0c1f7e-3b1a-4c9e-8d2f-1a2b3c4d5e03', date: '2020-01-01' });
    expect(compareMarkers(db, {}, TODAY).map((m) => m.marker.date)).toEqual([
      '2026-05-20',
      MOVED,
      '2020-01-01',
    ]);
  });
});
