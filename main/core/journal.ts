import {
  DEFAULT_SETTINGS,
  type Dimension,
  type Entry,
  type EntryInput,
  type EntrySummary,
  type Relationship,
  type Settings,
  type Sign,
  settings as settingsSchema,
} from '../contract/domain';
import type { EntryListFilter } from '../contract/entries';
import type { SearchRequest } from '../contract/search';
import type { LifeEvent } from '../contract/insights';
import type { TherapySession } from '../contract/summary';
import { type Clock, localDate } from './clock';
import type { Argon2Params } from './crypto/kdf';
import { JournalError, invalid, notFound } from './errors';
import { Mutex } from './mutex';
import { SliceTimer, yieldToEventLoop } from './slices';
import * as catalog from './store/catalog';
import {
  type Change,
  type JsonValue,
  applyChange,
  changeSchema,
  encodeChange,
} from './store/changes';
import * as entries from './store/entries';
import * as lifeEvents from './store/life-events';
import { checkChange } from './store/validate-change';
import { searchEntries } from './store/search';
import * as therapy from './store/therapy';
import type { Database } from './store/sqlite';
import { openDatabase } from './store/sqlite-runtime';
import {
  type ImportSummary,
  type JournalExport,
  changesForImport,
  exportJournal,
} from './store/transfer';
import { type VerifyReport, verifyJournal } from './store/verify';
import { encodeBackupFile } from './vault/backup-file';
import { buildHeader, makePassphraseSlot, type VaultHeader } from './vault/header';
import type { VaultFs } from './vault/fs';
import type { VaultLock } from './vault/lockfile';
import { type VaultStorage, writeHeader } from './vault/storage';

/** When the log holds this much, fold it into a new snapshot; and where to do the work. */
export type CompactionPolicy = Readonly<{
  maxRecords: number;
  maxBytes: number;
  /** Build snapshots in a worker thread (see vault/compaction.ts). Off only in tests. */
  inWorker?: boolean;
}>;

export const DEFAULT_COMPACTION: CompactionPolicy = {
  maxRecords: 2000,
  maxBytes: 16 * 1024 * 1024,
  inWorker: true,
};

/** Trashed entries are kept this long before they are removed for good. */
export const TRASH_DAYS = 30;

export type JournalParts = Readonly<{
  fs: VaultFs;
  dir: string;
  db: Database;
  storage: VaultStorage;
  lock: VaultLock;
  header: VaultHeader;
  dataKey: Buffer;
  clock: Clock;
  compaction: CompactionPolicy;
  kdf: () => Promise<Argon2Params>;
}>;

/**
 * An unlocked journal. Every method runs alone (reads wait for a write to be durable), and
 * every write is applied to the database and appended to the log before it resolves.
 */
export class Journal {
  private readonly mutex = new Mutex();
  private closed = false;
  private header: VaultHeader;
  private compactionQueued = false;
  /** The open database. Replaced whole only by applyBatch, after its changes are durable. */
  private db: Database;
  /**
   * The last timeline asked for, until the next change: coming back to the journal view of a
   * 20-year journal then costs no query at all. Dropped by every write and by close.
   */
  private timeline: Readonly<{ filter: string; list: readonly EntrySummary[] }> | null = null;

  constructor(private readonly parts: JournalParts) {
    this.header = parts.header;
    this.db = parts.db;
  }

  get dir(): string {
    return this.parts.dir;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Changes waiting in the log for the next snapshot. */
  get pendingChanges(): number {
    return this.parts.storage.pendingRecords;
  }

  private exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    return this.mutex.run(() => {
      if (this.closed) throw new JournalError('LOCKED', 'The journal is locked.');
      return work();
    });
  }

  private now(): string {
    return this.parts.clock().toISOString();
  }

  /**
   * Applies a change in a savepoint, makes it durable in the log, then commits it. The change is
   * first checked against the schema replay reads the log with, and what is written is what
   * that schema returns: nothing is saved that the next unlock could not read.
   */
  private async commit(input: Change): Promise<number> {
    const change = checkChange(input);
    const { storage } = this.parts;
    const db = this.db;
    this.timeline = null;
    db.run('SAVEPOINT change');
    let bytes: number;
    try {
      applyChange(db, change);
      bytes = await storage.append(encodeChange(change));
    } catch (error) {
      db.run('ROLLBACK TO change');
      db.run('RELEASE change');
      throw error;
    }
    db.run('RELEASE change');
    this.queueCompactionIfDue();
    return bytes;
  }

  private queueCompactionIfDue(): void {
    const { storage, compaction } = this.parts;
    const due =
      storage.pendingRecords >= compaction.maxRecords ||
      storage.pendingBytes >= compaction.maxBytes;
    if (!due || this.compactionQueued) return;
    this.compactionQueued = true;
    void this.mutex
      .run(async () => {
        this.compactionQueued = false;
        if (!this.closed) await this.compactNow();
      })
      .catch(() => undefined);
  }

  private async compactNow(): Promise<void> {
    await this.parts.storage.compact({
      live: () => this.db.export(),
      inWorker: this.parts.compaction.inWorker ?? true,
    });
  }

  /** Writes a fresh snapshot now, whatever is pending (after a migration or an import). */
  snapshot(): Promise<void> {
    return this.exclusive(() => this.compactNow());
  }

  /** Folds the change log into a fresh snapshot if anything is waiting (idle time, lock). */
  compact(): Promise<boolean> {
    return this.exclusive(async () => {
      if (this.parts.storage.pendingRecords === 0) return false;
      await this.compactNow();
      return true;
    });
  }

  // Entries ----------------------------------------------------------------------------------

  listEntries(filter: EntryListFilter = {}): Promise<EntrySummary[]> {
    return this.exclusive(() => {
      const key = JSON.stringify(filter);
      if (this.timeline?.filter !== key) {
        this.timeline = { filter: key, list: entries.listEntrySummaries(this.db, filter) };
      }
      return this.timeline.list.slice();
    });
  }

  getEntry(id: string): Promise<Entry> {
    return this.exclusive(() => {
      const found = entries.getEntry(this.db, id);
      if (!found) throw notFound('That entry');
      return found;
    });
  }

  onThisDay(date: string): Promise<EntrySummary[]> {
    return this.exclusive(() => entries.onThisDay(this.db, date));
  }

  private checkReferences(input: EntryInput): void {
    const db = this.db;
    const dimensionKeys = new Set(catalog.listDimensions(db).map((d) => d.key));
    for (const key of Object.keys(input.scores)) {
      if (!dimensionKeys.has(key)) throw invalid(`There is no dimension called "${key}".`);
    }
    const relationshipIds = new Set(catalog.listRelationships(db).map((r) => r.id));
    for (const id of input.relationships) {
      if (!relationshipIds.has(id))
        throw invalid('One of the chosen relationships does not exist.');
    }
    const signKeys = new Set(catalog.listSigns(db).map((s) => s.key));
    for (const key of input.signs) {
      if (!signKeys.has(key)) throw invalid(`There is no sign called "${key}".`);
    }
  }

  /** Creates or replaces an entry. Saving the same content twice writes nothing the second time. */
  saveEntry(input: EntryInput): Promise<EntrySummary> {
    return this.exclusive(async () => {
      const db = this.db;
      this.checkReferences(input);
      const existing = entries.getEntry(db, input.id);
      if (existing?.deletedAt) {
        throw new JournalError('CONFLICT', 'This entry is in the trash. Restore it to edit it.');
      }
      if (existing && sameContent(existing, input)) {
        return entries.getEntrySummary(db, input.id)!;
      }
      const now = this.now();
      const entry: Entry = {
        ...input,
        relationships: [...new Set(input.relationships)],
        signs: [...new Set(input.signs)],
        tags: [...new Set(input.tags)],
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        deletedAt: null,
      };
      await this.commit({ op: 'entry.put', entry });
      return entries.getEntrySummary(db, input.id)!;
    });
  }

  trashEntry(id: string): Promise<void> {
    return this.exclusive(async () => {
      const existing = entries.getEntry(this.db, id);
      if (!existing) throw notFound('That entry');
      if (existing.deletedAt) return;
      await this.commit({ op: 'entry.put', entry: { ...existing, deletedAt: this.now() } });
    });
  }

  restoreEntry(id: string): Promise<EntrySummary> {
    return this.exclusive(async () => {
      const existing = entries.getEntry(this.db, id);
      if (!existing) throw notFound('That entry');
      if (existing.deletedAt) {
        await this.commit({ op: 'entry.put', entry: { ...existing, deletedAt: null } });
      }
      return entries.getEntrySummary(this.db, id)!;
    });
  }

  /** Removes an entry for good. */
  purgeEntry(id: string): Promise<void> {
    return this.exclusive(async () => {
      if (!entries.entryRid(this.db, id)) throw notFound('That entry');
      await this.commit({ op: 'entry.delete', id });
    });
  }

  /** Empties trash older than TRASH_DAYS. Returns how many entries were removed. */
  purgeExpiredTrash(): Promise<number> {
    return this.exclusive(async () => {
      const cutoff = new Date(this.parts.clock().getTime() - TRASH_DAYS * 86_400_000);
      const ids = entries.expiredTrash(this.db, cutoff.toISOString());
      for (const id of ids) await this.commit({ op: 'entry.delete', id });
      return ids.length;
    });
  }

  // Dimensions, signs, relationships, settings -------------------------------------------------

  listDimensions(): Promise<Dimension[]> {
    return this.exclusive(() => catalog.listDimensions(this.db));
  }

  saveDimensions(list: readonly Dimension[]): Promise<Dimension[]> {
    return this.exclusive(async () => {
      const keys = new Set<string>();
      for (const d of list) {
        if (keys.has(d.key)) throw invalid(`The dimension "${d.key}" is listed twice.`);
        keys.add(d.key);
      }
      const existing = new Map(catalog.listDimensions(this.db).map((d) => [d.key, d]));
      // Whether a dimension is built in is the journal's fact, not the caller's to change.
      const dimensions = list.map((d) => ({
        ...d,
        builtin: existing.get(d.key)?.builtin ?? false,
      }));
      await this.commit({ op: 'dimensions.put', dimensions });
      return catalog.listDimensions(this.db);
    });
  }

  listSigns(): Promise<Sign[]> {
    return this.exclusive(() => catalog.listSigns(this.db));
  }

  saveSigns(list: readonly Sign[]): Promise<Sign[]> {
    return this.exclusive(async () => {
      const keys = new Set<string>();
      for (const s of list) {
        if (keys.has(s.key)) throw invalid(`The sign "${s.key}" is listed twice.`);
        keys.add(s.key);
      }
      const existing = new Map(catalog.listSigns(this.db).map((s) => [s.key, s]));
      const signs = list.map((s) => ({ ...s, builtin: existing.get(s.key)?.builtin ?? false }));
      await this.commit({ op: 'signs.put', signs });
      return catalog.listSigns(this.db);
    });
  }

  listRelationships(): Promise<Relationship[]> {
    return this.exclusive(() => catalog.listRelationships(this.db));
  }

  saveRelationship(relationship: Relationship): Promise<Relationship> {
    return this.exclusive(async () => {
      const others = catalog.listRelationships(this.db).filter((r) => r.id !== relationship.id);
      const name = relationship.name.trim();
      if (others.some((r) => r.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
        throw new JournalError('CONFLICT', `There is already a relationship called "${name}".`);
      }
      await this.commit({ op: 'relationship.put', relationship: { ...relationship, name } });
      return catalog.listRelationships(this.db).find((r) => r.id === relationship.id)!;
    });
  }

  getSettings(): Promise<Settings> {
    return this.exclusive(() => this.readSettings());
  }

  private readSettings(): Settings {
    const stored = catalog.getSetting(this.db, 'app');
    const parsed = settingsSchema.partial().safeParse(stored ?? {});
    return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  }

  saveSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.exclusive(async () => {
      const next = { ...this.readSettings(), ...patch };
      await this.commit({ op: 'setting.put', key: 'app', value: next });
      return next;
    });
  }

  /** A value kept in the vault for one feature (e.g. the summary wizard's last choices). */
  getValue(key: string): Promise<unknown> {
    return this.exclusive(() => catalog.getSetting(this.db, key));
  }

  setValue(key: string, value: JsonValue): Promise<void> {
    return this.exclusive(async () => {
      await this.commit({ op: 'setting.put', key, value });
    });
  }

  // Therapy sessions and the record of exported summaries ----------------------------------------

  listTherapySessions(): Promise<TherapySession[]> {
    return this.exclusive(() => therapy.listTherapySessions(this.db));
  }

  saveTherapySession(session: TherapySession): Promise<TherapySession[]> {
    return this.exclusive(async () => {
      await this.commit({ op: 'session.put', session });
      return therapy.listTherapySessions(this.db);
    });
  }

  deleteTherapySession(id: string): Promise<TherapySession[]> {
    return this.exclusive(async () => {
      await this.commit({ op: 'session.delete', id });
      return therapy.listTherapySessions(this.db);
    });
  }

  // Life events: the person's own markers ("moved out", "new job") ------------------------------

  listLifeEvents(): Promise<LifeEvent[]> {
    return this.exclusive(() => lifeEvents.listLifeEvents(this.db));
  }

  saveLifeEvent(event: LifeEvent): Promise<LifeEvent[]> {
    return this.exclusive(async () => {
      await this.commit({ op: 'lifeEvent.put', event });
      return lifeEvents.listLifeEvents(this.db);
    });
  }

  deleteLifeEvent(id: string): Promise<LifeEvent[]> {
    return this.exclusive(async () => {
      if (!lifeEvents.listLifeEvents(this.db).some((e) => e.id === id)) {
        throw notFound('That life event');
      }
      await this.commit({ op: 'lifeEvent.delete', id });
      return lifeEvents.listLifeEvents(this.db);
    });
  }

  recordExport(record: therapy.ExportRecord): Promise<void> {
    return this.exclusive(async () => {
      const parsed = changeSchema.parse({ op: 'export.put', record });
      await this.commit(parsed);
    });
  }

  // Search -------------------------------------------------------------------------------------

  search(request: SearchRequest): Promise<ReturnType<typeof searchEntries>> {
    return this.exclusive(() => searchEntries(this.db, request));
  }

  /** Runs read-only SQL work (trends, summaries) against the open database, in turn. */
  read<T>(work: (db: Database) => T): Promise<T> {
    return this.exclusive(() => work(this.db));
  }

  /** The person's local calendar date by the journal's clock: "today" for trends and summaries. */
  today(): string {
    return localDate(this.parts.clock());
  }

  /**
   * Applies many changes as one durable step (an import): a new snapshot, not thousands of
   * records. The changes go into a copy of the database; it replaces the open one only once
   * the snapshot holding them is on disk, so a failure anywhere leaves the journal as it was.
   */
  applyBatch(changes: readonly Change[]): Promise<void> {
    return this.exclusive(() => this.applyBatchNow(changes));
  }

  private async applyBatchNow(changes: readonly Change[]): Promise<void> {
    this.timeline = null;
    const next = await openDatabase(this.db.export());
    try {
      next.run('PRAGMA foreign_keys = ON');
      const slices = new SliceTimer();
      next.run('BEGIN');
      try {
        for (const change of changes) {
          applyChange(next, checkChange(change));
          await slices.maybeYield();
        }
        next.run('COMMIT');
      } catch (error) {
        next.run('ROLLBACK');
        throw error instanceof JournalError
          ? error
          : invalid('These changes do not fit the journal; nothing was imported.');
      }
      await yieldToEventLoop();
      const database = next.export();
      await yieldToEventLoop();
      await this.parts.storage.compactWith(database);
    } catch (error) {
      next.close();
      throw error;
    }
    this.db.close();
    this.db = next;
  }

  // Export, import, backup, verify -------------------------------------------------------------

  /** The whole journal as JSON (see store/transfer.ts). Not encrypted: for the person to keep. */
  exportJson(): Promise<JournalExport> {
    return this.exclusive(() => exportJournal(this.db, this.now()));
  }

  /**
   * Imports a Twofold export or a list of entries (`journal list --json` shape) as one durable
   * step: everything is checked first, and a file with one bad entry imports nothing.
   */
  importJson(data: unknown): Promise<ImportSummary> {
    return this.exclusive(async () => {
      const { changes, summary } = changesForImport(this.db, data, this.now(), (id) =>
        entries.getEntry(this.db, id),
      );
      await this.applyBatchNow(changes);
      return summary;
    });
  }

  /** One encrypted, self-contained file of the whole journal (see vault/backup-file.ts). */
  backupFile(): Promise<Buffer> {
    return this.exclusive(async () => {
      await yieldToEventLoop();
      const database = this.db.export();
      return encodeBackupFile(this.header, this.parts.dataKey, database);
    });
  }

  /**
   * Checks everything: the key file's MAC, every snapshot and record authenticated again from
   * disk and replayed into a fresh database that must equal the open one, SQLite's own
   * integrity check, the search index against the entries, and every backup.
   */
  verify(): Promise<VerifyReport> {
    return this.exclusive(() =>
      verifyJournal({
        fs: this.parts.fs,
        dir: this.parts.dir,
        db: this.db,
        storage: this.parts.storage,
        header: this.header,
        dataKey: this.parts.dataKey,
      }),
    );
  }

  // Keys -----------------------------------------------------------------------------------------

  /** Rewrites the passphrase slot only; the journal's data is not touched. */
  changePassphrase(next: string): Promise<void> {
    return this.exclusive(async () => {
      const { fs, dir, dataKey } = this.parts;
      const kdf = await this.parts.kdf();
      const slot = await makePassphraseSlot(this.header.vaultId, dataKey, next, kdf);
      const header = buildHeader(dataKey, {
        vaultId: this.header.vaultId,
        createdAt: this.header.createdAt,
        slots: [slot, ...this.header.slots.filter((s) => s.type !== 'passphrase')],
      });
      await writeHeader(fs, dir, header);
      this.header = header;
    });
  }

  /**
   * Folds what is pending into a snapshot (unless `compact` is false: the command line leaves
   * that to the thresholds, so a script of a thousand `journal add` does not write a thousand
   * snapshots), forgets the key and the database, and frees the vault. Every save is already
   * durable in the log, so a compaction that fails here loses nothing.
   */
  close(options: { compact?: boolean } = {}): Promise<void> {
    return this.mutex.run(async () => {
      if (this.closed) return;
      const { storage, lock, dataKey } = this.parts;
      const db = this.db;
      try {
        if (options.compact !== false && storage.pendingRecords > 0) {
          await this.compactNow().catch(() => undefined);
        }
      } finally {
        this.closed = true;
        this.timeline = null;
        db.close();
        dataKey.fill(0);
        await storage.close();
        await lock.release();
      }
    });
  }
}

function sameContent(a: Entry, b: EntryInput): boolean {
  const sortedKeys = (r: Readonly<Record<string, number>>) =>
    JSON.stringify(Object.entries(r).sort(([x], [y]) => x.localeCompare(y)));
  return (
    a.date === b.date &&
    a.title === b.title &&
    a.text === b.text &&
    a.doc === b.doc &&
    a.share === b.share &&
    sortedKeys(a.scores) === sortedKeys(b.scores) &&
    JSON.stringify([...a.relationships].sort()) ===
      JSON.stringify([...new Set(b.relationships)].sort()) &&
    JSON.stringify([...a.signs].sort()) === JSON.stringify([...new Set(b.signs)].sort()) &&
    JSON.stringify([...a.tags].sort()) === JSON.stringify([...new Set(b.tags)].sort())
  );
}
