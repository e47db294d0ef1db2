import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Entry, EntrySummary, ShareFlag } from '../../contract/domain';
import type { EntryListFilter } from '../../contract/entries';
import { type Database, type SqlValue, all, one, run } from './sqlite';

const PREVIEW_CHARS = 160;

type EntryRow = {
  rid: number;
  id: string;
  date: string;
  title: string | null;
  body: string;
  doc: Uint8Array;
  word_count: number;
  share: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

export function previewOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= PREVIEW_CHARS) return flat;
  const cut = flat.slice(0, PREVIEW_CHARS);
  const space = cut.lastIndexOf(' ');
  return (space > PREVIEW_CHARS * 0.6 ? cut.slice(0, space) : cut) + '…';
}

export function entryRid(db: Database, id: string): number | undefined {
  const row = one<{ rid: number }>(db, 'SELECT rid FROM entries WHERE id = ?', [id]);
  return row?.rid;
}

/** Writes the whole entry: the row, its search index and every link table. */
export function putEntry(db: Database, entry: Entry): void {
  const doc = deflateRawSync(Buffer.from(entry.doc, 'utf8'));
  const values: SqlValue[] = [
    entry.date,
    entry.title,
    entry.text,
    doc,
    countWords(entry.text),
    entry.share,
    entry.createdAt,
    entry.updatedAt,
    entry.deletedAt,
  ];
  let rid = entryRid(db, entry.id);
  if (rid === undefined) {
    run(
      db,
      `INSERT INTO entries (date, title, body, doc, word_count, share, created_at, updated_at, deleted_at, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...values, entry.id],
    );
    rid = Number(one(db, 'SELECT last_insert_rowid() AS rid')?.['rid']);
  } else {
    // The index must forget the old words while the old row is still there to read them from.
    run(db, 'DELETE FROM entries_fts WHERE docid = ?', [rid]);
    run(
      db,
      `UPDATE entries SET date = ?, title = ?, body = ?, doc = ?, word_count = ?, share = ?,
         created_at = ?, updated_at = ?, deleted_at = ? WHERE rid = ?`,
      [...values, rid],
    );
    for (const table of ['scores', 'entry_relationships', 'entry_signs', 'entry_tags']) {
      run(db, `DELETE FROM ${table} WHERE entry_rid = ?`, [rid]);
    }
  }
  run(db, 'INSERT INTO entries_fts (docid, title, body) VALUES (?, ?, ?)', [
    rid,
    entry.title ?? '',
    entry.text,
  ]);
  for (const [key, value] of Object.entries(entry.scores)) {
    run(db, 'INSERT INTO scores (entry_rid, dimension_key, value) VALUES (?, ?, ?)', [
      rid,
      key,
      value,
    ]);
  }
  for (const relationshipId of new Set(entry.relationships)) {
    run(db, 'INSERT INTO entry_relationships (entry_rid, relationship_id) VALUES (?, ?)', [
      rid,
      relationshipId,
    ]);
  }
  for (const sign of new Set(entry.signs)) {
    run(db, 'INSERT INTO entry_signs (entry_rid, sign_key) VALUES (?, ?)', [rid, sign]);
  }
  for (const tag of new Set(entry.tags)) {
    run(db, 'INSERT INTO entry_tags (entry_rid, tag) VALUES (?, ?)', [rid, tag]);
  }
}

/** Removes an entry for good (emptying the trash). */
export function deleteEntry(db: Database, id: string): void {
  const rid = entryRid(db, id);
  if (rid === undefined) return;
  run(db, 'DELETE FROM entries_fts WHERE docid = ?', [rid]);
  run(db, 'DELETE FROM entries WHERE rid = ?', [rid]);
}

type Links = {
  scores: Map<number, Record<string, number>>;
  relationships: Map<number, string[]>;
  signs: Map<number, string[]>;
  tags: Map<number, string[]>;
};

/** Loads the link tables for a set of entries (or all of them) in four queries. */
function loadLinks(db: Database, rids: number[] | null): Links {
  const where = rids === null ? '' : `WHERE entry_rid IN (${rids.map(() => '?').join(',')})`;
  const params = rids ?? [];
  const links: Links = {
    scores: new Map(),
    relationships: new Map(),
    signs: new Map(),
    tags: new Map(),
  };
  for (const r of all<{ entry_rid: number; dimension_key: string; value: number }>(
    db,
    `SELECT entry_rid, dimension_key, value FROM scores ${where}`,
    params,
  )) {
    const scores = links.scores.get(r.entry_rid) ?? {};
    scores[r.dimension_key] = r.value;
    links.scores.set(r.entry_rid, scores);
  }
  const push = (map: Map<number, string[]>, rid: number, value: string) => {
    const list = map.get(rid);
    if (list) list.push(value);
    else map.set(rid, [value]);
  };
  for (const r of all<{ entry_rid: number; v: string }>(
    db,
    `SELECT er.entry_rid, er.relationship_id AS v FROM entry_relationships er
       JOIN relationships r ON r.id = er.relationship_id ${where.replace('entry_rid', 'er.entry_rid')}
       ORDER BY r.position`,
    params,
  )) {
    push(links.relationships, r.entry_rid, r.v);
  }
  for (const r of all<{ entry_rid: number; v: string }>(
    db,
    `SELECT es.entry_rid, es.sign_key AS v FROM entry_signs es
       JOIN signs s ON s.key = es.sign_key ${where.replace('entry_rid', 'es.entry_rid')}
       ORDER BY s.position`,
    params,
  )) {
    push(links.signs, r.entry_rid, r.v);
  }
  for (const r of all<{ entry_rid: number; v: string }>(
    db,
    `SELECT entry_rid, tag AS v FROM entry_tags ${where} ORDER BY tag`,
    params,
  )) {
    push(links.tags, r.entry_rid, r.v);
  }
  return links;
}

function toEntry(row: EntryRow, links: Links): Entry {
  return {
    id: row.id,
    date: row.date,
    title: row.title,
    text: row.body,
    doc: inflateRawSync(row.doc).toString('utf8'),
    scores: links.scores.get(row.rid) ?? {},
    relationships: links.relationships.get(row.rid) ?? [],
    signs: links.signs.get(row.rid) ?? [],
    tags: links.tags.get(row.rid) ?? [],
    share: row.share as ShareFlag,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function getEntry(db: Database, id: string): Entry | undefined {
  const row = one<EntryRow>(db, 'SELECT * FROM entries WHERE id = ?', [id]);
  if (!row) return undefined;
  return toEntry(row, loadLinks(db, [row.rid]));
}

/** Every entry in date order, with everything: for export and verification. */
export function allEntries(db: Database): Entry[] {
  const rows = all<EntryRow>(db, 'SELECT * FROM entries ORDER BY date, created_at, id');
  const links = loadLinks(db, null);
  return rows.map((row) => toEntry(row, links));
}

type SummaryRow = Omit<EntryRow, 'doc' | 'body'> & { head: string };

/** The timeline: newest first, filtered in SQL. */
export function listEntrySummaries(db: Database, filter: EntryListFilter): EntrySummary[] {
  const where: string[] = [filter.trash ? 'e.deleted_at IS NOT NULL' : 'e.deleted_at IS NULL'];
  const params: SqlValue[] = [];
  if (filter.from) {
    where.push('e.date >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('e.date <= ?');
    params.push(filter.to);
  }
  if (filter.relationshipId) {
    where.push('e.rid IN (SELECT entry_rid FROM entry_relationships WHERE relationship_id = ?)');
    params.push(filter.relationshipId);
  }
  const rows = all<SummaryRow>(
    db,
    `SELECT e.rid, e.id, e.date, e.title, substr(e.body, 1, ${PREVIEW_CHARS * 2}) AS head,
            e.word_count, e.share, e.created_at, e.updated_at, e.deleted_at
       FROM entries e WHERE ${where.join(' AND ')}
      ORDER BY e.date DESC, e.created_at DESC`,
    params,
  );
  const filtered = filter.from || filter.to || filter.relationshipId || filter.trash;
  const links = loadLinks(db, filtered ? rows.map((r) => r.rid) : null);
  return rows.map((row) => toSummary(row, links));
}

function toSummary(row: SummaryRow, links: Links): EntrySummary {
  return {
    id: row.id,
    date: row.date,
    title: row.title,
    preview: previewOf(row.head),
    relationships: links.relationships.get(row.rid) ?? [],
    scores: links.scores.get(row.rid) ?? {},
    signs: links.signs.get(row.rid) ?? [],
    share: row.share as ShareFlag,
    wordCount: row.word_count,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function getEntrySummary(db: Database, id: string): EntrySummary | undefined {
  const row = one<SummaryRow>(
    db,
    `SELECT rid, id, date, title, substr(body, 1, ${PREVIEW_CHARS * 2}) AS head, word_count,
            share, created_at, updated_at, deleted_at FROM entries WHERE id = ?`,
    [id],
  );
  return row ? toSummary(row, loadLinks(db, [row.rid])) : undefined;
}

/** Entries on the same month and day in earlier years, newest year first. */
export function onThisDay(db: Database, date: string): EntrySummary[] {
  const rows = all<SummaryRow>(
    db,
    `SELECT rid, id, date, title, substr(body, 1, ${PREVIEW_CHARS * 2}) AS head, word_count,
            share, created_at, updated_at, deleted_at
       FROM entries
      WHERE deleted_at IS NULL AND substr(date, 6) = ? AND date < ?
      ORDER BY date DESC, created_at DESC LIMIT 50`,
    [date.slice(5), date.slice(0, 4) + '-01-01'],
  );
  const links = loadLinks(
    db,
    rows.map((r) => r.rid),
  );
  return rows.map((row) => toSummary(row, links));
}

/** Ids of trashed entries older than `before` (ISO time), for the periodic purge. */
export function expiredTrash(db: Database, before: string): string[] {
  return all<{ id: string }>(
    db,
    'SELECT id FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?',
    [before],
  ).map((r) => r.id);
}
