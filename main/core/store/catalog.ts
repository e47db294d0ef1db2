import type { Dimension, Relationship, Sign } from '../../contract/domain';
import { type Database, all, one, run } from './sqlite';

type DimensionRow = {
  key: string;
  name: string;
  low_label: string;
  high_label: string;
  hidden: number;
  builtin: number;
  prompts: string;
};

export function listDimensions(db: Database): Dimension[] {
  return all<DimensionRow>(db, 'SELECT * FROM dimensions ORDER BY position').map((r) => ({
    key: r.key,
    name: r.name,
    lowLabel: r.low_label,
    highLabel: r.high_label,
    hidden: r.hidden === 1,
    builtin: r.builtin === 1,
    prompts: JSON.parse(r.prompts) as string[],
  }));
}

/**
 * Stores the whole ordered list. Dimensions are never deleted (old scores keep their meaning);
 * a key missing from the list keeps its row, hidden, after the others.
 */
export function putDimensions(db: Database, dimensions: readonly Dimension[]): void {
  const listed = new Set(dimensions.map((d) => d.key));
  const leftOut = listDimensions(db).filter((d) => !listed.has(d.key));
  [...dimensions, ...leftOut.map((d) => ({ ...d, hidden: true }))].forEach((d, position) => {
    run(
      db,
      `INSERT INTO dimensions (key, name, low_label, high_label, position, hidden, builtin, prompts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, low_label = excluded.low_label,
         high_label = excluded.high_label, position = excluded.position, hidden = excluded.hidden,
         prompts = excluded.prompts`,
      [
        d.key,
        d.name,
        d.lowLabel,
        d.highLabel,
        position,
        d.hidden ? 1 : 0,
        d.builtin ? 1 : 0,
        JSON.stringify(d.prompts),
      ],
    );
  });
}

type SignRow = { key: string; label: string; kind: string; hidden: number; builtin: number };

export function listSigns(db: Database): Sign[] {
  return all<SignRow>(db, 'SELECT * FROM signs ORDER BY position').map((r) => ({
    key: r.key,
    label: r.label,
    kind: r.kind as Sign['kind'],
    hidden: r.hidden === 1,
    builtin: r.builtin === 1,
  }));
}

/** Like dimensions, signs are hidden rather than deleted so past entries keep them. */
export function putSigns(db: Database, signs: readonly Sign[]): void {
  const listed = new Set(signs.map((s) => s.key));
  const leftOut = listSigns(db).filter((s) => !listed.has(s.key));
  [...signs, ...leftOut.map((s) => ({ ...s, hidden: true }))].forEach((s, position) => {
    run(
      db,
      `INSERT INTO signs (key, label, kind, position, hidden, builtin) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET label = excluded.label, kind = excluded.kind,
         position = excluded.position, hidden = excluded.hidden`,
      [s.key, s.label, s.kind, position, s.hidden ? 1 : 0, s.builtin ? 1 : 0],
    );
  });
}

type RelationshipRow = { id: string; name: string; kind: string; color: string; archived: number };

export function listRelationships(db: Database): Relationship[] {
  return all<RelationshipRow>(db, 'SELECT * FROM relationships ORDER BY position').map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as Relationship['kind'],
    color: r.color,
    archived: r.archived === 1,
  }));
}

export function putRelationship(db: Database, r: Relationship): void {
  const next = Number(
    one(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM relationships')?.['p'] ?? 0,
  );
  run(
    db,
    `INSERT INTO relationships (id, name, kind, color, archived, position) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
       color = excluded.color, archived = excluded.archived`,
    [r.id, r.name, r.kind, r.color.toLowerCase(), r.archived ? 1 : 0, next],
  );
}

export function getSetting(db: Database, key: string): unknown {
  const row = one<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?', [key]);
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function putSetting(db: Database, key: string, value: unknown): void {
  run(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    [key, JSON.stringify(value)],
  );
}
