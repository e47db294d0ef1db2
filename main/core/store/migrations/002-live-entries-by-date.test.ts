import { describe, expect, it } from 'vitest';
import { all } from '../sqlite';
import { migrateFrom } from './harness';
import { schemaVersion } from './index';

describe('migration 002 (an index of live entries by date)', () => {
  it('keeps every entry and lets a range of live entries be read from the index alone', async () => {
    const db = await migrateFrom(2, (before) => {
      before.run(`INSERT INTO entries (rid, id, date, body, doc, word_count, created_at, updated_at, deleted_at)
        VALUES (1, 'a', '2026-01-02', 'kept', x'00', 1, 't', 't', NULL),
               (2, 'b', '2026-01-03', 'trashed', x'00', 1, 't', 't', 't')`);
    });
    expect(schemaVersion(db)).toBe(2);
    const sql = `SELECT e.rid FROM entries e
      WHERE e.deleted_at IS NULL AND e.date BETWEEN '2026-01-01' AND '2026-01-31'`;
    expect(all(db, sql)).toEqual([{ rid: 1 }]);
    const plan = all(db, `EXPLAIN QUERY PLAN ${sql}`).map((r) => String(r['detail']));
    expect(plan.join(' ')).toMatch(/COVERING INDEX entries_live_by_date/);
    db.close();
  });
});
