import { basename, dirname } from 'node:path';
import type { OpenMode, SyncPoint, VaultFile, VaultFs } from '../vault/fs';

// An in-memory file system that models what survives a power cut. Every file has the bytes a
// program sees (volatile) and the bytes on the disk (durable); every folder has the entries a
// program sees and the entries on the disk. fsync/fdatasync make a file's bytes durable;
// syncing a folder makes its entries (creations, renames, links, removals) durable. At a
// "crash" the volatile state is thrown away, in one of several ways a real disk might leave
// things (see CrashOutcome). Operations can be counted, a crash triggered before any one of
// them, and any named sync point turned into a no-op, to show what each one is for.

export class CrashError extends Error {
  constructor() {
    super('simulated power loss');
    this.name = 'CrashError';
  }
}

type FileNode = { kind: 'file'; data: Buffer; durable: Buffer; mtimeMs: number };
type DirOp = { name: string; node: Node | null };
type DirNode = {
  kind: 'dir';
  entries: Map<string, Node>;
  durable: Map<string, Node>;
  /** Entry changes since the folder was last synced, in order. */
  pending: DirOp[];
  mtimeMs: number;
};
type Node = FileNode | DirNode;

/**
 * What a crash keeps of the volatile state:
 * - `dirs`: "none" loses every unsynced folder change, "all" keeps them, or exactly the listed
 *   indexes (into `pendingDirOps()`): folder changes may reach the disk in any order;
 * - `data`: "lose" keeps only synced bytes, "keep" keeps everything written, "torn" keeps half
 *   of what was appended since the last sync, "zeros" keeps the new length but zeros for the
 *   unsynced bytes (a file system that grew the file before writing its data).
 */
export type CrashOutcome = Readonly<{
  dirs: 'none' | 'all' | readonly number[];
  data: 'lose' | 'keep' | 'torn' | 'zeros';
}>;

function errno(code: string, message: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: ${message}`) as NodeJS.ErrnoException;
  error.code = code;
  return error;
}

function newDir(now: number): DirNode {
  return { kind: 'dir', entries: new Map(), durable: new Map(), pending: [], mtimeMs: now };
}

export type PowerLossOptions = Readonly<{
  /** Crash before the mutating operation with this index (0-based); never when undefined. */
  crashAt?: number;
  /** Sync points that do nothing (to prove each one is needed). */
  skip?: ReadonlySet<SyncPoint>;
  /** A file system without hard links (link fails), so backups are copied. */
  hardLinks?: boolean;
  /** Called before every mutating operation, i.e. at every moment the power could go out. */
  beforeOperation?: (fs: PowerLossFs) => void;
}>;

export class PowerLossFs implements VaultFs {
  private root: DirNode;
  private ops = 0;
  private clock = 1_700_000_000_000;
  crashed = false;
  /** Which sync points ran (for checking the workload exercises all of them). */
  readonly syncsSeen = new Set<SyncPoint>();

  constructor(
    private readonly options: PowerLossOptions = {},
    root?: DirNode,
  ) {
    this.root = root ?? newDir(this.clock);
  }

  /** Mutating operations performed so far. */
  get operations(): number {
    return this.ops;
  }

  private tick(): number {
    this.clock += 1000;
    return this.clock;
  }

  /** Every mutating operation goes through here: it may be where the power goes out. */
  private step(): void {
    if (this.crashed) throw new CrashError();
    this.options.beforeOperation?.(this);
    if (this.options.crashAt !== undefined && this.ops >= this.options.crashAt) {
      this.crashed = true;
      throw new CrashError();
    }
    this.ops += 1;
  }

  private alive(): void {
    if (this.crashed) throw new CrashError();
  }

  private lookup(path: string): Node | undefined {
    let node: Node = this.root;
    for (const part of path.split('/').filter(Boolean)) {
      if (node.kind !== 'dir') return undefined;
      const next = node.entries.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private parent(path: string): DirNode {
    const node = this.lookup(dirname(path));
    if (!node || node.kind !== 'dir') throw errno('ENOENT', `no folder for ${path}`);
    return node;
  }

  private file(path: string): FileNode {
    const node = this.lookup(path);
    if (!node) throw errno('ENOENT', path);
    if (node.kind !== 'file') throw errno('EISDIR', path);
    return node;
  }

  private setEntry(dir: DirNode, name: string, node: Node | null): void {
    if (node) dir.entries.set(name, node);
    else dir.entries.delete(name);
    dir.pending.push({ name, node });
    dir.mtimeMs = this.tick();
  }

  private sync(point: SyncPoint, work: () => void): void {
    this.step();
    this.syncsSeen.add(point);
    if (this.options.skip?.has(point)) return;
    work();
  }

  // VaultFs ---------------------------------------------------------------------------------

  async open(path: string, mode: OpenMode): Promise<VaultFile> {
    if (mode === 'read') {
      this.alive();
      return this.handle(this.file(path), mode);
    }
    this.step();
    const existing = this.lookup(path);
    if (existing && existing.kind !== 'file') throw errno('EISDIR', path);
    if (mode === 'update') {
      if (!existing) throw errno('ENOENT', path);
      return this.handle(existing, mode);
    }
    if (mode === 'createExclusive' && existing) throw errno('EEXIST', path);
    if (existing) {
      if (mode === 'create') existing.data = Buffer.alloc(0);
      return this.handle(existing, mode);
    }
    const node: FileNode = {
      kind: 'file',
      data: Buffer.alloc(0),
      durable: Buffer.alloc(0),
      mtimeMs: this.tick(),
    };
    this.setEntry(this.parent(path), basename(path), node);
    return this.handle(node, mode);
  }

  private handle(node: FileNode, mode: OpenMode): VaultFile {
    let closed = false;
    const check = () => {
      this.alive();
      if (closed) throw errno('EBADF', 'closed');
    };
    return {
      write: async (data, position) => {
        check();
        if (mode === 'read') throw errno('EBADF', 'read-only');
        this.step();
        const at = mode === 'append' || position === undefined ? node.data.length : position;
        this.writeInto(node, Buffer.from(data), at);
      },
      read: async (length, position) => {
        check();
        return Buffer.from(node.data.subarray(position, position + length));
      },
      size: async () => {
        check();
        return node.data.length;
      },
      truncate: async (length) => {
        check();
        this.step();
        node.data =
          length <= node.data.length
            ? Buffer.from(node.data.subarray(0, length))
            : Buffer.concat([node.data, Buffer.alloc(length - node.data.length)]);
        node.mtimeMs = this.tick();
      },
      datasync: async (point) => {
        check();
        this.sync(point, () => {
          node.durable = Buffer.from(node.data);
        });
      },
      sync: async (point) => {
        check();
        this.sync(point, () => {
          node.durable = Buffer.from(node.data);
        });
      },
      close: async () => {
        closed = true;
      },
    };
  }

  private writeInto(node: FileNode, data: Buffer, at: number): void {
    const end = at + data.length;
    if (end > node.data.length) {
      node.data = Buffer.concat([node.data, Buffer.alloc(end - node.data.length)]);
    }
    data.copy(node.data, at);
    node.mtimeMs = this.tick();
  }

  async readFile(path: string): Promise<Buffer> {
    this.alive();
    return Buffer.from(this.file(path).data);
  }

  async rename(from: string, to: string): Promise<void> {
    this.step();
    const fromDir = this.parent(from);
    const node = fromDir.entries.get(basename(from));
    if (!node) throw errno('ENOENT', from);
    const toDir = this.parent(to);
    this.setEntry(toDir, basename(to), node);
    this.setEntry(fromDir, basename(from), null);
  }

  async link(existing: string, newPath: string): Promise<void> {
    this.step();
    const node = this.file(existing);
    if (this.options.hardLinks === false) throw errno('EPERM', 'no hard links here');
    const dir = this.parent(newPath);
    if (dir.entries.has(basename(newPath))) throw errno('EEXIST', newPath);
    this.setEntry(dir, basename(newPath), node);
  }

  async unlink(path: string): Promise<void> {
    this.step();
    const dir = this.parent(path);
    if (!dir.entries.has(basename(path))) throw errno('ENOENT', path);
    this.setEntry(dir, basename(path), null);
  }

  async readdir(path: string): Promise<string[]> {
    this.alive();
    const node = this.lookup(path);
    if (!node) throw errno('ENOENT', path);
    if (node.kind !== 'dir') throw errno('ENOTDIR', path);
    return [...node.entries.keys()].sort();
  }

  async mkdir(path: string): Promise<void> {
    let at = '';
    for (const part of path.split('/').filter(Boolean)) {
      const parentPath = at || '/';
      at = `${at}/${part}`;
      const node = this.lookup(at);
      if (node?.kind === 'dir') continue;
      if (node) throw errno('EEXIST', at);
      this.step();
      const parent = this.lookup(parentPath) as DirNode;
      this.setEntry(parent, part, newDir(this.tick()));
    }
  }

  async stat(path: string): Promise<{ size: number; mtimeMs: number } | null> {
    this.alive();
    const node = this.lookup(path);
    if (!node) return null;
    return { size: node.kind === 'file' ? node.data.length : 0, mtimeMs: node.mtimeMs };
  }

  async syncDir(path: string, point: SyncPoint): Promise<void> {
    const node = this.lookup(path);
    if (!node || node.kind !== 'dir') throw errno('ENOENT', path);
    this.sync(point, () => {
      for (const op of node.pending) {
        if (op.node) node.durable.set(op.name, op.node);
        else node.durable.delete(op.name);
      }
      node.pending = [];
    });
  }

  // Test helpers ----------------------------------------------------------------------------

  /** Sets up a folder that is durable from the start (where the test's vault will live). */
  makeDurableDir(path: string): void {
    let dir = this.root;
    for (const part of path.split('/').filter(Boolean)) {
      let next = dir.entries.get(part);
      if (!next) {
        next = newDir(this.clock);
        dir.entries.set(part, next);
        dir.durable.set(part, next);
      }
      if (next.kind !== 'dir') throw new Error(`${part} is a file`);
      dir = next;
    }
  }

  /** A frozen copy of the whole disk, volatile state included: a moment to crash at later. */
  capture(): PowerLossFs {
    const copies = new Map<Node, Node>();
    const copy = (node: Node): Node => {
      const done = copies.get(node);
      if (done) return done;
      if (node.kind === 'file') {
        const made: FileNode = {
          ...node,
          data: Buffer.from(node.data),
          durable: Buffer.from(node.durable),
        };
        copies.set(node, made);
        return made;
      }
      const made = newDir(node.mtimeMs);
      copies.set(node, made);
      for (const [name, child] of node.entries) made.entries.set(name, copy(child));
      for (const [name, child] of node.durable) made.durable.set(name, copy(child));
      made.pending = node.pending.map((op) => ({ name: op.name, node: op.node && copy(op.node) }));
      return made;
    };
    return new PowerLossFs({ hardLinks: this.options.hardLinks }, copy(this.root) as DirNode);
  }

  /** A copy of the disk as it is now (volatile state included), run with other options. */
  withOptions(options: PowerLossOptions): PowerLossFs {
    return new PowerLossFs(options, (this.capture() as unknown as { root: DirNode }).root);
  }

  /** Unsynced folder changes, across all folders, in a fixed order. */
  pendingDirOps(): number {
    let count = 0;
    const walk = (dir: DirNode, seen: Set<Node>) => {
      if (seen.has(dir)) return;
      seen.add(dir);
      count += dir.pending.length;
      for (const child of new Set([...dir.entries.values(), ...dir.durable.values()])) {
        if (child.kind === 'dir') walk(child, seen);
      }
    };
    walk(this.root, new Set());
    return count;
  }

  /** The disk as the next boot finds it, as a new file system (with no faults). */
  afterCrash(outcome: CrashOutcome): PowerLossFs {
    let index = 0;
    const keepOp = () => {
      const i = index;
      index += 1;
      if (outcome.dirs === 'all') return true;
      if (outcome.dirs === 'none') return false;
      return outcome.dirs.includes(i);
    };
    const copies = new Map<Node, Node>();
    const visited = new Set<DirNode>();
    // Decide, folder by folder, which entries are on the disk.
    const durableEntries = new Map<DirNode, Map<string, Node>>();
    const decide = (dir: DirNode) => {
      if (visited.has(dir)) return;
      visited.add(dir);
      const entries = new Map(dir.durable);
      for (const op of dir.pending) {
        if (!keepOp()) continue;
        if (op.node) entries.set(op.name, op.node);
        else entries.delete(op.name);
      }
      durableEntries.set(dir, entries);
      for (const child of new Set([...dir.entries.values(), ...dir.durable.values()])) {
        if (child.kind === 'dir') decide(child);
      }
    };
    decide(this.root);
    const copy = (node: Node): Node => {
      const done = copies.get(node);
      if (done) return done;
      if (node.kind === 'file') {
        const data = survivingData(node, outcome.data);
        const made: FileNode = {
          kind: 'file',
          data,
          durable: Buffer.from(data),
          mtimeMs: node.mtimeMs,
        };
        copies.set(node, made);
        return made;
      }
      const made = newDir(node.mtimeMs);
      copies.set(node, made);
      for (const [name, child] of durableEntries.get(node) ?? node.durable) {
        const c = copy(child);
        made.entries.set(name, c);
        made.durable.set(name, c);
      }
      return made;
    };
    return new PowerLossFs({ hardLinks: this.options.hardLinks }, copy(this.root) as DirNode);
  }

  /** Files and their bytes under a folder, as a program would read them now. */
  snapshotFiles(path: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    const walk = (node: Node, at: string) => {
      if (node.kind === 'file') out.set(at, Buffer.from(node.data));
      else for (const [name, child] of node.entries) walk(child, at ? `${at}/${name}` : name);
    };
    const start = this.lookup(path);
    if (start) walk(start, '');
    return out;
  }
}

function survivingData(node: FileNode, mode: CrashOutcome['data']): Buffer {
  const { data, durable } = node;
  switch (mode) {
    case 'lose':
      return Buffer.from(durable);
    case 'keep':
      return Buffer.from(data);
    case 'torn': {
      // Half of what was appended since the last sync, if that is what happened.
      if (data.length <= durable.length || !data.subarray(0, durable.length).equals(durable)) {
        return Buffer.from(durable);
      }
      const extra = data.length - durable.length;
      return Buffer.from(data.subarray(0, durable.length + Math.ceil(extra / 2)));
    }
    case 'zeros': {
      if (data.length <= durable.length) return Buffer.from(durable);
      return Buffer.concat([durable, Buffer.alloc(data.length - durable.length)]);
    }
  }
}
