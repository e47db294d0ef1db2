import type { Migration } from './migration';

/**
 * Trends and summaries walk every live entry of a range by date. The entry rows are large (text,
 * compressed document), and `deleted_at` sits behind them, so testing it meant reading each whole
 * row. This index holds only live entries, and everything such a query reads of them (date,
 * deleted_at, rowid): a range of live entries is read from the index alone.
 */
export const liveEntriesByDate: Migration = {
  version: 2,
  name: 'index of live entries by date',
  up(db) {
    db.exec(
      'CREATE INDEX entries_live_by_date ON entries (date, deleted_at) WHERE deleted_at IS NULL',
    );
  },
};
