import type { RelationshipKind } from '../../contract/domain';
import type {
  InsightSubject,
  SubjectKind,
  WithWithout,
  WithWithoutRow,
} from '../../contract/insights';
import type { TrendFilter } from '../../contract/trends';
import { type Database, all } from '../store/sqlite';
import type { Ratings } from '../trends/compare';
import { type Scope, entriesIn, resolveScope } from '../trends/scope';
import { DimensionSums, readEntryRatings, readLinks } from './ratings';
import { byClarity, minus, reportedComparison } from './comparison';

// With and without: for every sign, person and tag that comes up in a range, each dimension's
// ratings on the entries that have it against the entries that do not. "Without" is the range's
// totals minus "with" (an entry has a sign, a person or a tag at most once), so nothing is
// counted twice. The sums are made in JS from one row per entry (see ratings.ts).

const KINDS: readonly SubjectKind[] = ['sign', 'relationship', 'tag'];

/** The names of what can be had: signs and people by the person's order, tags as written. */
function subjectsOf(db: Database, kind: SubjectKind, ids: ReadonlySet<string>): InsightSubject[] {
  switch (kind) {
    case 'sign':
      return all<{ key: string; label: string }>(
        db,
        'SELECT key, label FROM signs ORDER BY position',
      )
        .filter((s) => ids.has(s.key))
        .map((s) => ({ kind, id: s.key, label: s.label, relationshipKind: null }));
    case 'relationship':
      return all<{ id: string; name: string; kind: RelationshipKind }>(
        db,
        'SELECT id, name, kind FROM relationships ORDER BY position',
      )
        .filter((r) => ids.has(r.id))
        .map((r) => ({ kind, id: r.id, label: r.name, relationshipKind: r.kind }));
    case 'tag':
      return [...ids]
        .sort((a, b) => a.localeCompare(b))
        .map((tag) => ({ kind, id: tag, label: tag, relationshipKind: null }));
  }
}

export type WithWithoutOptions = Readonly<{ kinds?: readonly SubjectKind[] }>;

/** The rows for one scope, ranked by how clear the difference is. */
export function withWithoutRows(
  db: Database,
  scope: Scope,
  options: WithWithoutOptions = {},
): { entries: number; totals: ReadonlyMap<string, Ratings>; rows: WithWithoutRow[] } {
  const kinds = options.kinds ?? KINDS;
  const where = entriesIn(scope.range, scope.relationshipIds);
  const ratings = readEntryRatings(db, where, scope.dimensions);
  const n = scope.dimensions.length;
  const every = new DimensionSums(n);
  for (let r = 0; r < ratings.rids.length; r += 1) every.addRow(ratings, r);
  const totals = new Map(scope.dimensions.map((k, d) => [k, every.ratings(d)]));
  const out: WithWithoutRow[] = [];
  for (const kind of kinds) {
    const sums = new Map<string, { entries: number; sums: DimensionSums }>();
    for (const [rid, id] of readLinks(db, where, kind)) {
      let subject = sums.get(id);
      if (!subject) sums.set(id, (subject = { entries: 0, sums: new DimensionSums(n) }));
      subject.entries += 1;
      const row = ratings.rowOf.get(rid);
      if (row !== undefined) subject.sums.addRow(ratings, row);
    }
    // A hidden sign is one the person set aside: it is left out here as in the trends.
    const present = new Set(
      [...sums.keys()].filter((id) => kind !== 'sign' || scope.signs.includes(id)),
    );
    for (const subject of subjectsOf(db, kind, present)) {
      const had = sums.get(subject.id)!;
      scope.dimensions.forEach((dimension, d) => {
        const withIt = had.sums.ratings(d);
        const c = reportedComparison(minus(every.ratings(d), withIt), withIt);
        out.push({
          subject,
          dimension,
          entries: had.entries,
          with: c.after,
          without: c.before,
          difference: c.difference,
          interval: c.interval,
          verdict: c.verdict,
        });
      });
    }
  }
  out.sort(byClarity);
  return { entries: ratings.rids.length, totals, rows: out };
}

/** With and without for every sign, person and tag in the filter's range. */
export function withWithout(db: Database, filter: TrendFilter, today: string): WithWithout {
  const scope = resolveScope(db, filter, today);
  const { entries, rows } = withWithoutRows(db, scope);
  return {
    from: scope.range.from,
    to: scope.range.to,
    entries,
    dimensions: [...scope.dimensions],
    rows,
  };
}
