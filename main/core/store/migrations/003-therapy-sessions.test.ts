import { describe, expect, it } from 'vitest';
import { all } from '../sqlite';
import { migrateFrom } from './harness';
import { schemaVersion } from './index';

describe('migration 003 (therapy sessions, summary exports)', () => {
  it('adds both tables and keeps the entries written at version 2', async () => {
    const db = await migrateFrom(3, (v2) => {
      v2.run(`INSERT INTO entries (rid, id, date, body, doc, word_count, share, created_at, updated_at)
              VALUES (1, 'e1', '2026-01-02', 'Brought up the holidays', x'00', 4, 'bring', 't', 't')`);
    });
    expect(schemaVersion(db)).toBe(3);
    expect(all(db, 'SELECT id, share FROM entries')).toEqual([{ id: 'e1', share: 'bring' }]);
    db.run(`INSERT INTO therapy_sessions (id, date) VALUES ('s1', '2026-01-05')`);
    db.run(
      `INSERT INTO summary_exports VALUES ('x1', 't', '2026-01-01', '2026-01-05', 'pdf', '[]', '["e1"]')`,
    );
    expect(() =>
      db.run(`INSERT INTO summary_exports VALUES ('x2', 't', 'a', 'b', 'docx', '[]', '[]')`),
    ).toThrow(/CHECK/);
    expect(all(db, 'SELECT date FROM therapy_sessions')).toEqual([{ date: '2026-01-05' }]);
    db.close();
  });
});
