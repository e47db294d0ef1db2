import type { TherapySession } from '../../contract/summary';
import { type Database, all, run } from './sqlite';

// Therapy session dates and the record of exported summaries. Both live in the encrypted
// database like everything else, so the record of what was shared is as private as the entries.

export function listTherapySessions(db: Database): TherapySession[] {
  return all<{ id: string; date: string }>(
    db,
    'SELECT id, date FROM therapy_sessions ORDER BY date, id',
  );
}

export function putTherapySession(db: Database, session: TherapySession): void {
  run(
    db,
    `INSERT INTO therapy_sessions (id, date) VALUES (?, ?)
     ON CONFLICT (id) DO UPDATE SET date = excluded.date`,
    [session.id, session.date],
  );
}

export function deleteTherapySession(db: Database, id: string): void {
  run(db, 'DELETE FROM therapy_sessions WHERE id = ?', [id]);
}

export type ExportRecord = Readonly<{
  id: string;
  exportedAt: string;
  from: string;
  to: string;
  format: 'pdf' | 'md';
  sections: readonly string[];
  entryIds: readonly string[];
}>;

export function putExportRecord(db: Database, record: ExportRecord): void {
  run(
    db,
    `INSERT OR REPLACE INTO summary_exports
       (id, exported_at, range_from, range_to, format, sections, entry_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      record.id,
      record.exportedAt,
      record.from,
      record.to,
      record.format,
      JSON.stringify(record.sections),
      JSON.stringify(record.entryIds),
    ],
  );
}

type ExportRow = {
  id: string;
  exported_at: string;
  range_from: string;
  range_to: string;
  format: 'pdf' | 'md';
  sections: string;
  entry_ids: string;
};

/** Newest first. */
export function listExportRecords(db: Database): ExportRecord[] {
  return all<ExportRow>(db, 'SELECT * FROM summary_exports ORDER BY exported_at DESC').map((r) => ({
    id: r.id,
    exportedAt: r.exported_at,
    from: r.range_from,
    to: r.range_to,
    format: r.format,
    sections: JSON.parse(r.sections) as string[],
    entryIds: JSON.parse(r.entry_ids) as string[],
  }));
}
