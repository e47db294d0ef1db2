import type { Migration } from './migration';

/** The person's own life events ("moved out", "new job"): a day and a label, drawn on charts. */
export const lifeEvents: Migration = {
  version: 4,
  name: 'life events',
  up(db) {
    db.exec(`
      CREATE TABLE life_events (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        label TEXT NOT NULL
      );
      CREATE INDEX life_events_by_date ON life_events (date);
    `);
  },
};
