import { describe, expect, it } from 'vitest';
import { all, one } from '../sqlite';
import { migrateFrom, schemaOf } from './harness';
import { schemaVersion } from './index';

describe('migration 001 (from an empty database)', () => {
  it('creates every table of the domain with 16 KiB pages and a search index', async () => {
    const db = await migrateFrom(1);
    expect(schemaVersion(db)).toBe(1);
    expect(one(db, 'PRAGMA page_size')?.['page_size']).toBe(16384);
    const tables = schemaOf(db)
      .filter((r) => r.type === 'table' && !r.name.startsWith('entries_fts_'))
      .map((r) => r.name);
    expect(tables).toEqual([
      'dimensions',
      'entries',
      'entries_fts',
      'entry_relationships',
      'entry_signs',
      'entry_tags',
      'relationships',
      'scores',
      'settings',
      'signs',
    ]);
    db.close();
  });

  it('keeps the rules: scores 1–7 on known dimensions, share flags, cascades', async () => {
    const db = await migrateFrom(1);
    db.run(
      `INSERT INTO dimensions (key, name, low_label, high_label, position) VALUES ('worth', 'Self-worth', 'low', 'high', 0)`,
    );
    db.run(`INSERT INTO entries (rid, id, date, body, doc, word_count, created_at, updated_at)
            VALUES (1, 'e1', '2026-01-02', 'I kept my plans with a friend', x'00', 6, 't', 't')`);
    db.run(
      `INSERT INTO entries_fts (docid, title, body) VALUES (1, '', 'I kept my plans with a friend')`,
    );
    db.run(`INSERT INTO scores (entry_rid, dimension_key, value) VALUES (1, 'worth', 6)`);
    expect(() => db.run(`INSERT INTO scores VALUES (1, 'nope', 4)`)).toThrow(/FOREIGN KEY/);
    expect(() => db.run(`UPDATE scores SET value = 0`)).toThrow(/CHECK/);
    expect(() => db.run(`UPDATE entries SET share = 'public'`)).toThrow(/CHECK/);
    expect(all(db, `SELECT docid FROM entries_fts WHERE entries_fts MATCH 'plans'`)).toEqual([
      { docid: 1 },
    ]);
    db.run(`DELETE FROM entries WHERE rid = 1`);
    expect(all(db, 'SELECT * FROM scores')).toEqual([]);
    db.close();
  });
});
