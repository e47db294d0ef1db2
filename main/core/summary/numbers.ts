import type { Database, SqlValue } from '../store/sqlite';
import { all } from '../store/sqlite';

// The numbers of a summary, behind one small interface: the overview, charts, relationship and
// sign sections ask these questions and nothing else. Every number is an aggregate over the
// entries in scope (ticked or not): no entry's text, title or tags is read here.

export type Scope = Readonly<{
  from: string;
  to: string;
  /** Entries about any of these relationships; empty means every entry. */
  relationshipIds: readonly string[];
}>;

export type Mean = Readonly<{ mean: number | null; count: number }>;

export type Bucket = 'day' | 'week' | 'month';

export type SeriesPoint = Readonly<{ start: string; mean: number; count: number }>;

export type SummaryNumbers = Readonly<{
  /** How many entries (live, in range, matching the relationships) there are. */
  entryCount(db: Database, scope: Scope): number;
  /** The mean score per dimension over the scope, and how many entries were rated. */
  means(db: Database, scope: Scope, keys: readonly string[]): Map<string, Mean>;
  /** Per dimension, the mean per bucket (only buckets with ratings), oldest first. */
  series(
    db: Database,
    scope: Scope,
    keys: readonly string[],
    bucket: Bucket,
  ): Map<string, SeriesPoint[]>;
  /** Per relationship: its entries in scope, and the mean per dimension over them. */
  byRelationship(
    db: Database,
    scope: Scope,
    keys: readonly string[],
  ): Map<string, Readonly<{ entries: number; means: Map<string, Mean> }>>;
  /** How many entries in scope had each sign. */
  signCounts(db: Database, scope: Scope): Map<string, number>;
}>;

function scopeWhere(scope: Scope): { sql: string; params: SqlValue[] } {
  const params: SqlValue[] = [scope.from, scope.to];
  let sql = 'e.deleted_at IS NULL AND e.date >= ? AND e.date <= ?';
  if (scope.relationshipIds.length > 0) {
    sql += ` AND e.rid IN (SELECT entry_rid FROM entry_relationships WHERE relationship_id IN (${scope.relationshipIds.map(() => '?').join(',')}))`;
    params.push(...scope.relationshipIds);
  }
  return { sql, params };
}

function keyList(keys: readonly string[]): string {
  return keys.map(() => '?').join(',');
}

const BUCKET_START: Record<Bucket, string> = {
  day: 'e.date',
  // SQLite's "weekday 0" moves to the coming Sunday; six days back is that week's Monday.
  week: "date(e.date, 'weekday 0', '-6 days')",
  month: "substr(e.date, 1, 7) || '-01'",
};

/** Until the Trends core lands, the summary asks SQLite directly, the same way it will. */
export const sqlSummaryNumbers: SummaryNumbers = {
  entryCount(db, scope) {
    const where = scopeWhere(scope);
    return Number(
      all(db, `SELECT count(*) AS n FROM entries e WHERE ${where.sql}`, where.params)[0]?.['n'] ??
        0,
    );
  },

  means(db, scope, keys) {
    const result = new Map<string, Mean>(keys.map((k) => [k, { mean: null, count: 0 }]));
    if (keys.length === 0) return result;
    const where = scopeWhere(scope);
    const rows = all<{ k: string; mean: number; n: number }>(
      db,
      `SELECT s.dimension_key AS k, avg(s.value) AS mean, count(*) AS n
         FROM scores s JOIN entries e ON e.rid = s.entry_rid
        WHERE ${where.sql} AND s.dimension_key IN (${keyList(keys)})
        GROUP BY s.dimension_key`,
      [...where.params, ...keys],
    );
    for (const r of rows) result.set(r.k, { mean: r.mean, count: r.n });
    return result;
  },

  series(db, scope, keys, bucket) {
    const result = new Map<string, SeriesPoint[]>(keys.map((k) => [k, []]));
    if (keys.length === 0) return result;
    const where = scopeWhere(scope);
    const rows = all<{ k: string; start: string; mean: number; n: number }>(
      db,
      `SELECT s.dimension_key AS k, ${BUCKET_START[bucket]} AS start, avg(s.value) AS mean,
              count(*) AS n
         FROM scores s JOIN entries e ON e.rid = s.entry_rid
        WHERE ${where.sql} AND s.dimension_key IN (${keyList(keys)})
        GROUP BY s.dimension_key, start ORDER BY start`,
      [...where.params, ...keys],
    );
    for (const r of rows) result.get(r.k)?.push({ start: r.start, mean: r.mean, count: r.n });
    return result;
  },

  byRelationship(db, scope, keys) {
    const where = scopeWhere(scope);
    const result = new Map<string, { entries: number; means: Map<string, Mean> }>();
    const counts = all<{ id: string; n: number }>(
      db,
      `SELECT er.relationship_id AS id, count(*) AS n
         FROM entry_relationships er JOIN entries e ON e.rid = er.entry_rid
        WHERE ${where.sql} GROUP BY er.relationship_id`,
      where.params,
    );
    for (const c of counts) result.set(c.id, { entries: c.n, means: new Map() });
    if (keys.length === 0) return result;
    const rows = all<{ id: string; k: string; mean: number; n: number }>(
      db,
      `SELECT er.relationship_id AS id, s.dimension_key AS k, avg(s.value) AS mean, count(*) AS n
         FROM entry_relationships er
         JOIN entries e ON e.rid = er.entry_rid
         JOIN scores s ON s.entry_rid = e.rid
        WHERE ${where.sql} AND s.dimension_key IN (${keyList(keys)})
        GROUP BY er.relationship_id, s.dimension_key`,
      [...where.params, ...keys],
    );
    for (const r of rows) result.get(r.id)?.means.set(r.k, { mean: r.mean, count: r.n });
    return result;
  },

  signCounts(db, scope) {
    const where = scopeWhere(scope);
    const rows = all<{ k: string; n: number }>(
      db,
      `SELECT es.sign_key AS k, count(*) AS n
         FROM entry_signs es JOIN entries e ON e.rid = es.entry_rid
        WHERE ${where.sql} GROUP BY es.sign_key`,
      where.params,
    );
    return new Map(rows.map((r) => [r.k, r.n]));
  },
};

/** The numbers the summary uses: switch this one line when the Trends core provides them. */
export const summaryNumbers: SummaryNumbers = sqlSummaryNumbers;
