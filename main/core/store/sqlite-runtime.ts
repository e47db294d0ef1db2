import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';
import { createRequire } from 'node:module';
import type { Database, SqlJsStatic } from 'sql.js';

// sql.js keeps one WebAssembly instance per process, and SQLite's page cache, freed rows and
// bound strings stay in its heap after `db.close()`: a locked journal's words would linger in
// memory until the next unlock happened to overwrite them. So every open journal gets an
// instance of its own. Closing the database zeroes that instance's whole heap and drops it;
// nothing can use it again.
//
// What this cannot reach: copies the JavaScript engine owns (the strings sent to the window,
// the in-memory file sql.js reads pages from). Those are released with the instance and freed
// by the garbage collector; JavaScript has no way to overwrite them.

// Not named `require`: electron-vite's ESM shim declares one of its own in the same chunk.
const requireHere = createRequire(import.meta.url);

// The little of WebAssembly used here (the Node typings this side builds with do not declare it).
export type WasmMemory = Readonly<{ buffer: ArrayBuffer }>;
type WasmModule = object;
type WasmInstance = Readonly<{ exports: Readonly<Record<string, unknown>> }>;
type WasmApi = Readonly<{
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<WasmInstance>;
  Memory: abstract new (...args: never[]) => WasmMemory;
}>;
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

type InitSqlJs = (config: {
  instantiateWasm(imports: object, done: (instance: WasmInstance) => void): Record<string, never>;
}) => Promise<SqlJsStatic>;

let compiled: Promise<WasmModule> | null = null;

/** The compiled code (no data, shared safely); each instance gets its own memory. */
function compiledSqlJs(): Promise<WasmModule> {
  compiled ??= readFile(requireHere.resolve('sql.js/dist/sql-wasm.wasm')).then((bytes) =>
    wasm.compile(bytes),
  );
  return compiled;
}

let loaderSource: ((module: { exports: unknown }) => void) | null = null;

/**
 * Evaluates sql.js's loader anew: its module-level cache would otherwise hand back one instance.
 * It runs from source compiled once rather than through `require`, which would record every
 * evaluation as a child of the requiring module and so keep every retired heap alive.
 */
function freshLoader(): InitSqlJs {
  if (!loaderSource) {
    const path = requireHere.resolve('sql.js');
    const run = compileFunction(
      readFileSync(path, 'utf8'),
      ['module', 'exports', 'require', '__dirname', '__filename'],
      { filename: path },
    );
    loaderSource = (module) => run(module, module.exports, requireHere, dirname(path), path);
  }
  const module: { exports: unknown } = { exports: {} };
  loaderSource(module);
  return module.exports as InitSqlJs;
}

const memories = new WeakMap<Database, WasmMemory>();

/**
 * Opens a database in a sql.js instance of its own: empty, or from `bytes` (which are zeroed once
 * copied in, since they are the decrypted journal). Closing it wipes and retires the instance.
 */
export async function openDatabase(bytes?: Uint8Array): Promise<Database> {
  const module = await compiledSqlJs();
  let memory: WasmMemory | undefined;
  let failed: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    failed = reject;
  });
  const SQL = await Promise.race([
    freshLoader()({
      instantiateWasm(imports, done) {
        wasm.instantiate(module, imports).then((instance) => {
          memory = Object.values(instance.exports).find(
            (value): value is WasmMemory => value instanceof wasm.Memory,
          );
          done(instance);
        }, failed);
        return {};
      },
    }),
    failure,
  ]);
  if (!memory) throw new Error('sql.js exported no memory');
  const heap = memory;

  class WipedOnClose extends SQL.Database {
    override close(): void {
      try {
        super.close();
      } finally {
        new Uint8Array(heap.buffer).fill(0);
      }
    }
  }

  // A plain Uint8Array view: sql.js copies the file with `.slice()`, which on a Node Buffer would
  // share the memory instead of copying it, and the zeroing below would erase the database.
  const db = new WipedOnClose(
    bytes ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined,
  );
  bytes?.fill(0);
  memories.set(db, heap);
  return db;
}

/** The WebAssembly memory behind a database opened here (for tests that look for leftovers). */
export function memoryOf(db: Database): WasmMemory | undefined {
  return memories.get(db);
}
