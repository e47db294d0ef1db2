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
    while (stmt.step()) rows.push(stmt.getAsObject() as T);
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
