import type { Database, SqlValue } from '../store/sqlite';
import { all } from '../store/sqlite';
import type { Ratings } from '../trends/compare';
import type { EntryWhere } from '../trends/scope';

// The ratings insights need, read from SQL in as few rows as possible and summed in JS.
//
// Why not GROUP BY in SQL, as the trends do: with and without joins every rating with every
// sign, person and tag of its entry (about 145,000 rows in a 20-year journal) and sorts them by
// subject and dimension, which took 300 ms of CPU here. Instead each entry comes back as one row
// with its ratings packed into integers (3 bits a dimension: a rating is 1 to 7, 0 is "not
// rated"), and each kind of subject as one string of "entry subject" pairs. Summing 145,000
// small numbers in JS then costs about a millisecond.

/** Dimensions per packed column: 17 × 3 bits stays below 2^53, exact in a JS number. */
const PER_COLUMN = 17;

export type EntryRatings = Readonly<{
  dimensions: readonly string[];
  /** Entry rowids and dates, in date order. */
  rids: readonly number[];
  dates: readonly string[];
  /** values[row * dimensions.length + d]: the rating, or 0 when not rated. */
  values: Uint8Array;
  rowOf: ReadonlyMap<number, number>;
}>;

/** Every entry `where` picks, in date order, with its ratings of `dimensions`. */
export function readEntryRatings(
  db: Database,
  where: EntryWhere,
  dimensions: readonly string[],
): EntryRatings {
  const n = dimensions.length;
  const columns: string[] = [];
  const params: SqlValue[] = [];
  for (let c = 0; c * PER_COLUMN < n; c += 1) {
    const keys = dimensions.slice(c * PER_COLUMN, (c + 1) * PER_COLUMN);
    const cases = keys.map((_, i) => `WHEN ? THEN s.value << ${3 * i}`).join(' ');
    // One seek into the scores' primary key per entry; each dimension is rated at most once.
    columns.push(
      `(SELECT sum(CASE s.dimension_key ${cases} ELSE 0 END) FROM scores s WHERE s.entry_rid = e.rid) AS p${c}`,
    );
    params.push(...keys);
  }
  const rows = all(
    db,
    `SELECT e.rid AS rid, e.date AS date${columns.map((c) => `, ${c}`).join('')}
       FROM entries e WHERE ${where.sql} ORDER BY e.date`,
    [...params, ...where.params],
  );
  const values = new Uint8Array(rows.length * n);
  const rids: number[] = [];
  const dates: string[] = [];
  const rowOf = new Map<number, number>();
  rows.forEach((row, r) => {
    const rid = Number(row['rid']);
    rids.push(rid);
    dates.push(String(row['date']));
    rowOf.set(rid, r);
    for (let c = 0; c * PER_COLUMN < n; c += 1) {
      let packed = Number(row[`p${c}`] ?? 0);
      for (let i = c * PER_COLUMN; i < Math.min(n, (c + 1) * PER_COLUMN); i += 1) {
        values[r * n + i] = packed % 8;
        packed = Math.floor(packed / 8);
      }
    }
  });
  return { dimensions, rids, dates, values, rowOf };
}

export type LinkKind = 'sign' | 'relationship' | 'tag';

const LINK_TABLES: Readonly<Record<LinkKind, Readonly<{ table: string; column: string }>>> = {
  sign: { table: 'entry_signs', column: 'sign_key' },
  relationship: { table: 'entry_relationships', column: 'relationship_id' },
  tag: { table: 'entry_tags', column: 'tag' },
};

/** Which picked entries have which sign, person or tag: [entry rowid, key] pairs. */
export function readLinks(
  db: Database,
  where: EntryWhere,
  kind: LinkKind,
): Array<readonly [number, string]> {
  const { table, column } = LINK_TABLES[kind];
  // Sign keys and relationship ids hold neither spaces nor commas; a tag may hold anything,
  // so tags come as JSON.
  const joined =
    kind === 'tag'
      ? `json_group_array(json_array(x.entry_rid, x.${column}))`
      : `group_concat(x.entry_rid || ' ' || x.${column}, ',')`;
  const text = all<{ v: string | null }>(
    db,
    `SELECT ${joined} AS v FROM entries e CROSS JOIN ${table} x ON x.entry_rid = e.rid
      WHERE ${where.sql}`,
    where.params,
  )[0]?.v;
  if (!text) return [];
  if (kind === 'tag') return JSON.parse(text) as Array<[number, string]>;
  return text.split(',').map((pair) => {
    const space = pair.indexOf(' ');
    return [Number(pair.slice(0, space)), pair.slice(space + 1)] as const;
  });
}

/** Running sums per dimension: counts, sums and sums of squares side by side. */
export class DimensionSums {
  readonly count: Float64Array;
  readonly sum: Float64Array;
  readonly squares: Float64Array;

  constructor(readonly size: number) {
    this.count = new Float64Array(size);
    this.sum = new Float64Array(size);
    this.squares = new Float64Array(size);
  }

  /** Adds one entry's ratings (row `row` of `ratings`). */
  addRow(ratings: EntryRatings, row: number): void {
    const base = row * this.size;
    for (let d = 0; d < this.size; d += 1) {
      const v = ratings.values[base + d]!;
      if (v === 0) continue;
      this.count[d]! += 1;
      this.sum[d]! += v;
      this.squares[d]! += v * v;
    }
  }

  ratings(d: number): Ratings {
    return { count: this.count[d]!, sum: this.sum[d]!, sumOfSquares: this.squares[d]! };
  }
}
