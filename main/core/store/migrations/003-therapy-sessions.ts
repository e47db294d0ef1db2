import type { Migration } from './migration';

/** Therapy session dates, and the record of which summaries were exported when. */
export const therapySessions: Migration = {
  version: 3,
  name: 'therapy sessions and summary exports',
  up(db) {
    db.exec(`
      CREATE TABLE therapy_sessions (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL
      );
      CREATE INDEX therapy_sessions_by_date ON therapy_sessions (date);

      CREATE TABLE summary_exports (
        id TEXT PRIMARY KEY,
        exported_at TEXT NOT NULL,
        range_from TEXT NOT NULL,
        range_to TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('pdf', 'md')),
        sections TEXT NOT NULL,
        entry_ids TEXT NOT NULL
      );
      CREATE INDEX summary_exports_by_time ON summary_exports (exported_at);
    `);
  },
};
