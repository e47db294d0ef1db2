import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../sqlite';
import { databaseAt, schemaHash } from './harness';
import { LATEST_VERSION, MIGRATIONS, migrate } from './index';

/**
 * The schema each version produces, fingerprinted when it shipped. A migration is never edited
 * once it has landed: the next change is a new numbered migration with its own test.
 */
const SHIPPED_SCHEMAS: Record<number, string> = {
  1: 'cf74ec58f2741882538b3b133236beb1d2af370cc7a4f48d6c675b7a1b7fe82b',
  2: 'eb6bb91c6ea7e7fc4c36626e2becd78dcaa4ecf3d62f892fbf06123f7bb735a0',
  3: '7e6acbe43a1d589114828610f711ddb3343e79a25fc82a825a6c1948340f4188',
  4: '631bba1c31c63d492b8245945c499cf56caf2e2c2137dece33290aa33aad2495',
};

describe('the migration history', () => {
  it('is numbered 1, 2, 3… and each version is tested from the one before', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: LATEST_VERSION }, (_, i) => i + 1),
    );
    const files = readdirSync(import.meta.dirname);
    for (const m of MIGRATIONS) {
      const prefix = String(m.version).padStart(3, '0');
      expect(
        files.some((f) => f.startsWith(prefix) && f.endsWith('.test.ts')),
        `test for ${prefix}`,
      ).toBe(true);
    }
  });

  it('never changes what a shipped version looks like', async () => {
    for (const m of MIGRATIONS) {
      const db = await databaseAt(m.version);
      expect(schemaHash(db), `schema of version ${m.version}`).toBe(SHIPPED_SCHEMAS[m.version]);
      db.close();
    }
  });

  it('refuses a database from a newer version of Twofold', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run(`PRAGMA user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }));
    db.close();
  });
});
