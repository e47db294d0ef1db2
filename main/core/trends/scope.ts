import type { DateRange, TrendFilter } from '../../contract/trends';
import { invalid } from '../errors';
import { type Database, type SqlValue, all, one } from '../store/sqlite';

/** A filter with every default settled: the range, the dimensions and signs to report. */
export type Scope = Readonly<{
  range: DateRange;
  relationshipIds: readonly string[];
  dimensions: readonly string[];
  signs: readonly string[];
}>;

/** SQL that picks the live entries of a scope (alias `e`), with its parameters. */
export type EntryWhere = Readonly<{ sql: string; params: SqlValue[] }>;

export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

function relationshipClause(ids: readonly string[]): EntryWhere {
  if (ids.length === 0) return { sql: '', params: [] };
  return {
    sql: ` AND e.rid IN (SELECT entry_rid FROM entry_relationships WHERE relationship_id IN (${placeholders(ids)}))`,
    params: [...ids],
  };
}

/** Live (not trashed) entries in `range`, about any of `relationshipIds` if there are any. */
export function entriesIn(range: DateRange, relationshipIds: readonly string[]): EntryWhere {
  const rel = relationshipClause(relationshipIds);
  return {
    sql: `e.deleted_at IS NULL AND e.date BETWEEN ? AND ?${rel.sql}`,
    params: [range.from, range.to, ...rel.params],
  };
}

function firstDate(db: Database, relationshipIds: readonly string[]): string | null {
  const rel = relationshipClause(relationshipIds);
  const row = one<{ d: string | null }>(
    db,
    `SELECT min(e.date) AS d FROM entries e WHERE e.deleted_at IS NULL${rel.sql}`,
    rel.params,
  );
  return row?.d ?? null;
}

/**
 * Settles a filter against the journal: the range runs from the first matching entry (or
 * `today` in an empty journal) to `today` unless given; dimensions default to the visible ones,
 * in the person's order; a dimension asked for by key is reported even if hidden.
 */
export function resolveScope(db: Database, filter: TrendFilter, today: string): Scope {
  const relationshipIds = [...new Set(filter.relationshipIds ?? [])];
  const known = all<{ key: string; hidden: number }>(
    db,
    'SELECT key, hidden FROM dimensions ORDER BY position',
  );
  const asked = new Set(filter.dimensions ?? []);
  for (const key of asked) {
    if (!known.some((d) => d.key === key)) throw invalid(`There is no dimension called "${key}".`);
  }
  const dimensions = known
    .filter((d) => (asked.size > 0 ? asked.has(d.key) : d.hidden === 0))
    .map((d) => d.key);
  const signs = all<{ key: string }>(
    db,
    'SELECT key FROM signs WHERE hidden = 0 ORDER BY position',
  ).map((s) => s.key);
  const to = filter.to ?? (filter.from && filter.from > today ? filter.from : today);
  const first = filter.from ?? firstDate(db, relationshipIds) ?? to;
  const from = first > to ? to : first;
  return { range: { from, to }, relationshipIds, dimensions, signs };
}
