import type { SnippetPart } from '../../contract/domain';
import type { SearchHit, SearchRequest } from '../../contract/search';
import { type Database, type SqlValue, all, one } from './sqlite';

// Full-text search runs on the FTS4 index; filters are plain SQL over the same rows. The
// snippet comes back with control characters around the hits, which we split into parts so
// the renderer can highlight them without ever handling HTML.

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** A last word shorter than this is matched whole: "w*" would expand to most of the index. */
export const MIN_PREFIX = 3;

/**
 * Turns what a person typed into a safe FTS4 query: every word must appear, the last one as a
 * prefix once it has MIN_PREFIX letters (so results follow the typing), and FTS operators typed
 * by accident are just words.
 */
export function toMatchQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 16)
    .map((w, i, list) =>
      i === list.length - 1 && [...w].length >= MIN_PREFIX ? `"${w}*"` : `"${w}"`,
    )
    .join(' ');
}

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = '';
  for (const ch of snippet) {
    if (ch === OPEN || ch === CLOSE) {
      if (text) parts.push({ text, hit });
      text = '';
      hit = ch === OPEN;
    } else {
      text += ch;
    }
  }
  if (text) parts.push({ text, hit });
  return parts;
}

export function searchEntries(
  db: Database,
  request: SearchRequest,
): { hits: SearchHit[]; total: number } {
  const match = toMatchQuery(request.query);
  const where: string[] = ['e.deleted_at IS NULL'];
  const params: SqlValue[] = [];
  if (match) {
    where.push('e.rid IN (SELECT docid FROM entries_fts WHERE entries_fts MATCH ?)');
    params.push(match);
  } else if (
    !request.from &&
    !request.to &&
    !request.relationshipId &&
    !request.dimension &&
    !request.sign
  ) {
    return { hits: [], total: 0 };
  }
  if (request.from) {
    where.push('e.date >= ?');
    params.push(request.from);
  }
  if (request.to) {
    where.push('e.date <= ?');
    params.push(request.to);
  }
  if (request.relationshipId) {
    where.push('e.rid IN (SELECT entry_rid FROM entry_relationships WHERE relationship_id = ?)');
    params.push(request.relationshipId);
  }
  if (request.dimension) {
    where.push(
      'e.rid IN (SELECT entry_rid FROM scores WHERE dimension_key = ? AND value BETWEEN ? AND ?)',
    );
    params.push(request.dimension.key, request.dimension.min, request.dimension.max);
  }
  if (request.sign) {
    where.push('e.rid IN (SELECT entry_rid FROM entry_signs WHERE sign_key = ?)');
    params.push(request.sign);
  }
  const filter = where.join(' AND ');
  const limit = request.limit ?? 50;
  const offset = request.offset ?? 0;
  // The page walks the date index newest first and stops after `limit` hits, so a word found in
  // thousands of entries costs no more than a rare one; the total is a count on its own; and
  // snippets are made for the rows on the page only. The rowid breaks ties (it is the index's
  // last column, so this costs no sort), so pages never repeat or skip an entry.
  const rows = all<{ rid: number; id: string; date: string; title: string | null }>(
    db,
    `SELECT e.rid, e.id, e.date, e.title FROM entries e INDEXED BY entries_by_date
      WHERE ${filter} ORDER BY e.date DESC, e.created_at DESC, e.rid DESC LIMIT ? OFFSET ?`,
    [...params, limit, offset],
  );
  // A short page that has rows is the last one, and tells the total by itself.
  const total =
    rows.length < limit && (rows.length > 0 || offset === 0)
      ? offset + rows.length
      : Number(one(db, `SELECT count(*) AS n FROM entries e WHERE ${filter}`, params)?.['n'] ?? 0);
  const snippets = new Map<number, string>();
  if (rows.length > 0) {
    const page = rows.map(() => '?').join(',');
    const found = match
      ? all<{ rid: number; snip: string }>(
          db,
          `SELECT docid AS rid, snippet(entries_fts, '${OPEN}', '${CLOSE}', '…', -1, 24) AS snip
             FROM entries_fts WHERE entries_fts MATCH ? AND docid IN (${page})`,
          [match, ...rows.map((r) => r.rid)],
        )
      : all<{ rid: number; snip: string }>(
          db,
          `SELECT rid, substr(body, 1, 200) AS snip FROM entries WHERE rid IN (${page})`,
          rows.map((r) => r.rid),
        );
    for (const row of found) snippets.set(row.rid, row.snip);
  }
  return {
    total,
    hits: rows.map((r) => ({
      id: r.id,
      date: r.date,
      title: r.title,
      snippet: splitSnippet((snippets.get(r.rid) ?? '').replace(/\s+/g, ' ')),
    })),
  };
}
