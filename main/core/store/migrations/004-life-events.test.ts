import { describe, expect, it } from 'vitest';
import { all } from '../sqlite';
import { migrateFrom } from './harness';
import { schemaVersion } from './index';

describe('migration 004 (life events)', () => {
  it('adds the table and keeps the entries and sessions written at version 3', async () => {
    const db = await migrateFrom(4, (v3) => {
      v3.run(`INSERT INTO entries (rid, id, date, body, doc, word_count, share, created_at, updated_at)
              VALUES (1, 'e1', '2026-01-02', 'Packed the last boxes', x'00', 4, 'default', 't', 't')`);
      v3.run(`INSERT INTO therapy_sessions (id, date) VALUES ('s1', '2026-01-05')`);
    });
    expect(schemaVersion(db)).toBe(4);
    expect(all(db, 'SELECT id FROM entries')).toEqual([{ id: 'e1' }]);
    expect(all(db, 'SELECT id, date FROM therapy_sessions')).toEqual([
      { id: 's1', date: '2026-01-05' },
    ]);
    db.run(`INSERT INTO life_events (id, date, label) VALUES ('l2', '2026-02-01', 'New job')`);
    db.run(`INSERT INTO life_events (id, date, label) VALUES ('l1', '2026-01-03', 'Moved out')`);
    expect(all(db, 'SELECT label FROM life_events ORDER BY date')).toEqual([
      { label: 'Moved out' },
      { label: 'New job' },
    ]);
    expect(() => db.run(`INSERT INTO life_events (id, date) VALUES ('l3', '2026-02-02')`)).toThrow(
      /NOT NULL/,
    );
    db.close();
  });
});
