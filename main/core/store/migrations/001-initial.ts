import type { Migration } from './migration';

/** The first schema: everything in DESIGN.md's domain. */
export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE entries (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        date TEXT NOT NULL,
        title TEXT,
        body TEXT NOT NULL,
        doc BLOB NOT NULL,
        word_count INTEGER NOT NULL,
        share TEXT NOT NULL DEFAULT 'default' CHECK (share IN ('default', 'bring', 'never')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX entries_by_date ON entries (date, created_at);

      CREATE TABLE dimensions (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        low_label TEXT NOT NULL,
        high_label TEXT NOT NULL,
        position INTEGER NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0,
        builtin INTEGER NOT NULL DEFAULT 0,
        prompts TEXT NOT NULL DEFAULT '[]'
      );

      CREATE TABLE scores (
        entry_rid INTEGER NOT NULL REFERENCES entries (rid) ON DELETE CASCADE,
        dimension_key TEXT NOT NULL REFERENCES dimensions (key),
        value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 7),
        PRIMARY KEY (entry_rid, dimension_key)
      ) WITHOUT ROWID;
      CREATE INDEX scores_by_dimension ON scores (dimension_key, value);

      CREATE TABLE relationships (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('partner', 'family', 'friend', 'work', 'other')),
        color TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL
      );

      CREATE TABLE entry_relationships (
        entry_rid INTEGER NOT NULL REFERENCES entries (rid) ON DELETE CASCADE,
        relationship_id TEXT NOT NULL REFERENCES relationships (id),
        PRIMARY KEY (entry_rid, relationship_id)
      ) WITHOUT ROWID;
      CREATE INDEX entry_relationships_by_relationship ON entry_relationships (relationship_id, entry_rid);

      CREATE TABLE signs (
        key TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('warning', 'healthy')),
        position INTEGER NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0,
        builtin INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE entry_signs (
        entry_rid INTEGER NOT NULL REFERENCES entries (rid) ON DELETE CASCADE,
        sign_key TEXT NOT NULL REFERENCES signs (key),
        PRIMARY KEY (entry_rid, sign_key)
      ) WITHOUT ROWID;
      CREATE INDEX entry_signs_by_sign ON entry_signs (sign_key, entry_rid);

      CREATE TABLE entry_tags (
        entry_rid INTEGER NOT NULL REFERENCES entries (rid) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (entry_rid, tag)
      ) WITHOUT ROWID;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE entries_fts USING fts4 (
        content="entries", title, body, tokenize=unicode61 "remove_diacritics=2"
      );
    `);
  },
};
