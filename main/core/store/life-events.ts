import type { LifeEvent } from '../../contract/insights';
import { type Database, all, run } from './sqlite';

// The person's own life events. Like therapy sessions they live in the encrypted database: a
// label such as "moved out" says as much as an entry.

export function listLifeEvents(db: Database): LifeEvent[] {
  return all<{ id: string; date: string; label: string }>(
    db,
    'SELECT id, date, label FROM life_events ORDER BY date, id',
  );
}

export function putLifeEvent(db: Database, event: LifeEvent): void {
  run(
    db,
    `INSERT INTO life_events (id, date, label) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET date = excluded.date, label = excluded.label`,
    [event.id, event.date, event.label],
  );
}

export function deleteLifeEvent(db: Database, id: string): void {
  run(db, 'DELETE FROM life_events WHERE id = ?', [id]);
}
