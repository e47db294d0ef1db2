import { beforeEach, describe, expect, it } from 'vitest';
import { personVerdictWords } from '../../contract/insight-words';
import type { Database } from '../store/sqlite';
import { addEntry, addRelationship, journalDb } from '../testing/journal-db';
import { selfByPerson } from './self';

const TODAY = '2026-06-30';
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;

let db: Database;
let people: Record<'priya' | 'alex' | 'jordan' | 'mum', string>;
beforeEach(async () => {
  db = await journalDb();
  people = {
    alex: addRelationship(db, 'Alex', 'partner'),
    priya: addRelationship(db, 'Priya', 'friend'),
    jordan: addRelationship(db, 'Jordan', 'work'),
    mum: addRelationship(db, 'Mum', 'family'),
  };
  for (let i = 1; i <= 6; i += 1) {
    addEntry(db, { date: day(i), scores: { self: 6 }, relationships: [people.priya] });
    addEntry(db, { date: day(i), scores: { self: i % 2 ? 3 : 4 }, relationships: [people.alex] });
    addEntry(db, { date: day(i), scores: { self: 2 }, relationships: [people.jordan] });
  }
  // Two ratings about Mum: counted, not ranked by a number.
  addEntry(db, { date: day(10), scores: { self: 7 }, relationships: [people.mum] });
  addEntry(db, { date: day(11), scores: { self: 7 }, relationships: [people.mum] });
  addEntry(db, { date: '2025-01-01', scores: { self: 1 }, relationships: [people.priya] });
});

describe('sense of self per person', () => {
  it('ranks people by the mean on their entries, with counts, too few ratings last', () => {
    const result = selfByPerson(db, { from: day(1), to: day(31) }, TODAY);
    expect(result.dimension).toBe('self');
    expect(result.overall).toEqual({ mean: (36 + 21 + 12 + 14) / 20, count: 20 });
    expect(result.people.map((p) => [p.subject.label, p.with.mean, p.with.count])).toEqual([
      ['Priya', 6, 6],
      ['Alex', 3.5, 6],
      ['Jordan', 2, 6],
      ['Mum', null, 2],
    ]);
    expect(result.people.map((p) => p.verdict)).toEqual([
      'higher',
      'no clear change',
      'lower',
      'not enough ratings',
    ]);
    expect(personVerdictWords(result.people[0]!.verdict, 'self', 'Sense of self')).toBe(
      'More yourself than in your other entries',
    );
    expect(result.people[2]!.without).toEqual({ mean: (36 + 21 + 14) / 14, count: 14 });
  });

  it('ranks by another dimension when asked, and refuses one that does not exist', () => {
    expect(selfByPerson(db, { dimension: 'worth' }, TODAY).people.map((p) => p.with)).toEqual([
      { mean: null, count: 0 },
      { mean: null, count: 0 },
      { mean: null, count: 0 },
      { mean: null, count: 0 },
    ]);
    expect(() => selfByPerson(db, { dimension: 'sleep' }, TODAY)).toThrow(/no dimension/);
  });
});
