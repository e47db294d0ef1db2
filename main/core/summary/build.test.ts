import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SummaryRequest, SummarySection } from '../../contract/summary';
import type { Database } from '../store/sqlite';
import { putTherapySession } from '../store/therapy';
import { addEntry, journalDb } from '../testing/journal-db';
import { compareRanges } from '../trends';
import { buildSummary } from './build';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

// The overview's claims, built from a small journal in memory: one pair of periods per row, a
// direction only from the comparison, numbers and words that agree.

let db: Database;
beforeEach(async () => {
  db = await journalDb();
});

const request = (over: Partial<SummaryRequest>): SummaryRequest => ({
  from: '2026-11-01',
  to: '2026-11-08',
  relationshipIds: [],
  dimensionKeys: ['autonomy', 'worth'],
  sections: ['overview'],
  entries: [],
  notes: '',
  name: '',
  pageSize: 'a4',
  ...over,
});

type Overview = Extract<SummarySection, { kind: 'overview' }>;
const overviewOf = (r: SummaryRequest): Overview =>
  buildSummary(db, r, { today: new Date('2026-11-08T12:00:00') }).sections.find(
    (s): s is Overview => s.kind === 'overview',
  )!;

describe('the summary overview', () => {
  it('claims no direction from three ratings, in any format', async () => {
    // Eight days since the session on the 1st: Autonomy 2, 2, 2 before and 6, 7, 6 since.
    putTherapySession(db, { id: randomUUID(), date: '2026-10-20' });
    putTherapySession(db, { id: randomUUID(), date: '2026-11-01' });
    for (const [date, v] of [
      ['2026-10-22', 2],
      ['2026-10-25', 2],
      ['2026-10-28', 2],
      ['2026-11-02', 6],
      ['2026-11-04', 7],
      ['2026-11-07', 6],
    ] as const) {
      addEntry(db, { date, scores: { autonomy: v } });
    }
    const r = request({});
    const overview = overviewOf(r);
    expect(overview.legend).toMatch(/^Since the session on 1 Nov 2026/);
    const autonomy = overview.rows.find((row) => row.key === 'autonomy')!;
    expect(autonomy).toMatchObject({
      before: { mean: 2, count: 3 },
      after: { mean: 19 / 3, count: 3 },
      verdict: 'not enough ratings',
    });
    const doc = buildSummary(db, r, { today: new Date('2026-11-08T12:00:00') });
    const md = renderMarkdown(doc);
    const html = await renderHtml(doc, 'a4');
    const mdRow = md.split('\n').find((l) => l.startsWith('| Autonomy'))!;
    const htmlRow = /<tr><td><div class="dim__name">Autonomy.*?<\/tr>/.exec(html)![0];
    for (const row of [mdRow, htmlRow]) {
      expect(row).toContain('Not enough ratings');
      expect(row).not.toMatch(/clearly|higher|lower|▲|▼|\+4\.3/i);
    }
    expect(md).toMatch(
      /Autonomy & support \| 2\.0 · 3 ratings \| 6\.3 · 3 ratings \| Not enough ratings/,
    );
  });

  it('compares one pair of periods, the same one compareRanges gives, in every row', () => {
    // A month without sessions: its first half against its second.
    const before = [3, 4, 3, 2, 4, 3];
    const after = [5, 6, 5, 6, 6, 5, 4];
    before.forEach((v, i) => addEntry(db, { date: `2026-09-0${i + 1}`, scores: { worth: v } }));
    after.forEach((v, i) => addEntry(db, { date: `2026-09-2${i}`, scores: { worth: v } }));
    const overview = overviewOf(request({ from: '2026-09-01', to: '2026-09-30' }));
    expect([
      overview.beforeLabel,
      overview.beforeDates,
      overview.afterLabel,
      overview.afterDates,
    ]).toEqual(['First half', '1–15 Sep', 'Second half', '16–30 Sep']);
    const expected = compareRanges(
      db,
      { from: '2026-09-01', to: '2026-09-15' },
      { from: '2026-09-16', to: '2026-09-30' },
      { dimensions: ['autonomy', 'worth'] },
      '2026-09-30',
    );
    for (const change of expected.changes) {
      const row = overview.rows.find((x) => x.key === change.key)!;
      expect({ ...row, key: change.key }).toMatchObject(change);
    }
    expect(overview.rows.find((x) => x.key === 'worth')!.verdict).toBe('higher');
  });

  it('gives its dates a year when the range crosses one', () => {
    const overview = overviewOf(request({ from: '2025-01-01', to: '2026-12-21' }));
    expect(overview.beforeDates).toBe('1 Jan – 26 Dec 2025');
    expect(overview.afterDates).toBe('27 Dec 2025 – 21 Dec 2026');
    const december = overviewOf(request({ from: '2025-12-01', to: '2026-01-31' }));
    expect([december.beforeDates, december.afterDates]).toEqual(['1–31 Dec 2025', '1–31 Jan 2026']);
  });
});
