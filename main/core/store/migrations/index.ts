import { JournalError } from '../../errors';
import { type Database, one, transaction } from '../sqlite';
import { initial } from './001-initial';
import { liveEntriesByDate } from './002-live-entries-by-date';
import { therapySessions } from './003-therapy-sessions';
import { lifeEvents } from './004-life-events';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  initial,
  liveEntriesByDate,
  therapySessions,
  lifeEvents,
];

export const LATEST_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return Number(one(db, 'PRAGMA user_version')?.['user_version'] ?? 0);
}

/**
 * Brings a database up to `target` (the latest by default), one numbered step at a time, each in
 * its own transaction. Returns whether anything changed.
 */
export function migrate(db: Database, target: number = LATEST_VERSION): boolean {
  MIGRATIONS.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is out of order`);
  });
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new JournalError(
      'UNSUPPORTED_VERSION',
      'This journal was made by a newer version of Twofold. Update Twofold to open it.',
    );
  }
  if (current === 0) {
    // Must come before the first table exists; bigger pages suit a journal of long entries.
    // A database that was already written (even empty) keeps its page size until a VACUUM.
    db.run('PRAGMA page_size = 16384');
    if (Number(one(db, 'PRAGMA page_size')?.['page_size']) !== 16384) db.run('VACUUM');
  }
  for (const migration of MIGRATIONS.slice(current, target)) {
    transaction(db, () => {
      migration.up(db);
      db.run(`PRAGMA user_version = ${migration.version}`);
    });
  }
  return current < target;
}
