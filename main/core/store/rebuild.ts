import { JournalError, damaged } from '../errors';
import { SliceTimer, yieldToEventLoop } from '../slices';
import { applyChange, decodeChange } from './changes';
import { migrate } from './migrations';
import type { Database } from './sqlite';
import { openDatabase } from './sqlite-runtime';

/**
 * Opens a decrypted snapshot and replays change records on it, yielding between slices.
 * Migrates first: changes are whole objects, readable by every later schema.
 */
export async function rebuildDatabase(
  snapshot: Uint8Array,
  payloads: readonly Buffer[],
): Promise<{ db: Database; migrated: boolean }> {
  await yieldToEventLoop();
  let db: Database;
  try {
    db = await openDatabase(snapshot);
    db.run('PRAGMA foreign_keys = ON');
    db.exec('SELECT count(*) FROM sqlite_master');
  } catch (error) {
    throw damaged('the journal snapshot cannot be read', error);
  }
  try {
    const migrated = migrate(db);
    await yieldToEventLoop();
    const slices = new SliceTimer();
    db.run('BEGIN');
    try {
      for (const payload of payloads) {
        applyChange(db, decodeChange(payload));
        await slices.maybeYield();
      }
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      if (error instanceof JournalError) throw error;
      throw damaged('a change record cannot be applied', error);
    }
    return { db, migrated };
  } catch (error) {
    db.close();
    throw error;
  }
}
