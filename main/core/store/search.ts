import type { SnippetPart } from '../../contract/domain';
import type { SearchHit, SearchRequest } from '../../contract/search';
import { type Database, type SqlValue, all, one } from './sqlite';

// Full-text search runs on the FTS4 index; filters are plain SQL over the same rows. The
// snippet comes back with control characters around the hits, which we split into parts so
// the renderer can highlight them without ever handling HTML.

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Turns what a person typed into a safe FTS4 query: every word must appear, the last one as a
 * prefix (so results follow the typing), and FTS operators typed by accident are just words.
 */
export function toMatchQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 16)
    .map((w, i, list) => (i === list.length - 1 ? `"${w}*"` : `"${w}"`))
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
  const total = Number(
    one(db, `SELECT count(*) AS n FROM entries e WHERE ${filter}`, params)?.['n'],
  );
  const limit = request.limit ?? 50;
  // LIMIT first, snippet() after: building snippets only for the rows we show keeps it fast.
  const rows = match
    ? all<{ id: string; date: string; title: string | null; snip: string }>(
        db,
        `SELECT page.id, page.date, page.title,
                snippet(entries_fts, '${OPEN}', '${CLOSE}', '…', -1, 24) AS snip
           FROM (SELECT e.rid, e.id, e.date, e.title, e.created_at FROM entries e WHERE ${filter}
                  ORDER BY e.date DESC, e.created_at DESC LIMIT ?) AS page
           JOIN entries_fts ON entries_fts.docid = page.rid AND entries_fts MATCH ?
          ORDER BY page.date DESC, page.created_at DESC`,
        [...params, limit, match],
      )
    : all<{ id: string; date: string; title: string | null; snip: string }>(
        db,
        `SELECT e.id, e.date, e.title, substr(e.body, 1, 200) AS snip FROM entries e WHERE ${filter}
          ORDER BY e.date DESC, e.created_at DESC LIMIT ?`,
        [...params, limit],
      );
  return {
    total,
    hits: rows.map((r) => ({
      id: r.id,
      date: r.date,
      title: r.title,
      snippet: splitSnippet(r.snip.replace(/\s+/g, ' ')),
    })),
  };
}
