import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type WasmMemory, memoryOf, openDatabase } from './sqlite-runtime';

const CANARY = 'lilac-canary-90210';

function inMemory(memory: WasmMemory | undefined, text: string): boolean {
  if (!memory) throw new Error('no memory to search');
  return Buffer.from(memory.buffer).includes(Buffer.from(text, 'utf8'));
}

describe('a database opened in its own sql.js instance', () => {
  it('leaves no trace of its rows in its memory once closed', async () => {
    const db = await openDatabase();
    db.run('CREATE TABLE notes (body TEXT)');
    db.run('INSERT INTO notes VALUES (?)', [`what I could not say: ${CANARY}`]);
    expect(db.exec('SELECT body FROM notes')[0]?.values[0]?.[0]).toContain(CANARY);
    const memory = memoryOf(db);
    // Without the wipe, SQLite's page cache and freed strings keep the words after close.
    expect(inMemory(memory, CANARY)).toBe(true);

    db.close();
    expect(inMemory(memory, CANARY)).toBe(false);
    expect(new Uint8Array(memory!.buffer).every((byte) => byte === 0)).toBe(true);
    expect(() => db.exec('SELECT 1')).toThrow();
  });

  it('gives every database its own memory, so closing one leaves the other intact', async () => {
    const first = await openDatabase();
    const second = await openDatabase();
    expect(memoryOf(first)).not.toBe(memoryOf(second));
    second.run('CREATE TABLE t (v TEXT)');
    second.run('INSERT INTO t VALUES (?)', [CANARY]);
    first.run('CREATE TABLE t (v TEXT)');
    first.close();
    expect(second.exec('SELECT v FROM t')[0]?.values).toEqual([[CANARY]]);
    second.close();
  });

  it('opens from bytes and zeroes the decrypted copy it was given', async () => {
    const source = await openDatabase();
    source.run('CREATE TABLE t (v TEXT)');
    source.run('INSERT INTO t VALUES (?)', [CANARY]);
    // A Node Buffer, as the vault hands over after decrypting.
    const bytes = Buffer.from(source.export());
    source.close();
    expect(Buffer.from(bytes).includes(CANARY)).toBe(true);

    const reopened = await openDatabase(bytes);
    expect(bytes.every((byte) => byte === 0)).toBe(true);
    expect(reopened.exec('SELECT v FROM t')[0]?.values).toEqual([[CANARY]]);
    reopened.close();
  });

  it('lets a closed database’s memory go, so locking and unlocking all day does not grow the app', async () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const retired: WeakRef<WasmMemory>[] = [];
    for (let i = 0; i < 12; i += 1) {
      const db = await openDatabase();
      db.run('CREATE TABLE t (v TEXT)');
      retired.push(new WeakRef(memoryOf(db)!));
      db.close();
    }
    for (let round = 0; round < 20 && retired.some((ref) => ref.deref()); round += 1) {
      collect();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The collector may keep the odd recent one for a while; what must not happen is that every
    // retired heap (21 MiB each) stays, as it did while sql.js was loaded through `require`.
    expect(retired.filter((ref) => ref.deref()).length).toBeLessThanOrEqual(2);
  });
});
