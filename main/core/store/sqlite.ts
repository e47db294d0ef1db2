import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';

export type { Database, SqlValue };

let loading: Promise<SqlJsStatic> | null = null;

/** Loads sql.js's WebAssembly once per process. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs();
  return loading;
}

export type Row = Record<string, SqlValue>;

/** Runs a query and returns every row as an object. */
export function all<T extends Row = Row>(db: Database, sql: string, params: SqlValue[] = []): T[] {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    const rows: T[] = [];
    // Column names once per query, not once per row as getAsObject() does: on a 7,300-row
    // timeline that is most of the cost.
    let names: string[] | null = null;
    while (stmt.step()) {
      names ??= stmt.getColumnNames();
      const values = stmt.get();
      const row: Row = {};
      for (let i = 0; i < names.length; i += 1) row[names[i]!] = values[i] ?? null;
      rows.push(row as T);
    }
    return rows;
  } finally {
    stmt.free();
  }
}

export function one<T extends Row = Row>(
  db: Database,
  sql: string,
  params: SqlValue[] = [],
): T | undefined {
  return all<T>(db, sql, params)[0];
}

export function run(db: Database, sql: string, params: SqlValue[] = []): void {
  db.run(sql, params);
}

/** Runs `work` inside a savepoint: all of it happens, or none of it. */
export function transaction<T>(db: Database, work: () => T): T {
  db.run('SAVEPOINT tx');
  try {
    const result = work();
    db.run('RELEASE tx');
    return result;
  } catch (error) {
    db.run('ROLLBACK TO tx');
    db.run('RELEASE tx');
    throw error;
  }
}
