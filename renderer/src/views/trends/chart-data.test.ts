import { describe, expect, it } from 'vitest';
import type { TrendSeries } from '../../../../main/contract';
import {
  animate,
  axisLabels,
  axisTicks,
  chartRows,
  countKey,
  hasTrend,
  partialKey,
  rollingKey,
} from './chart-data';
import { wrapLabel } from './PoleTick';
import { presetRange, sinceWording } from './range';
import { cardColumns } from './SummaryCards';
import { cardLabel, changeBasis, changeSentence } from './summary-wording';

const stat = (mean: number | null, count: number) => ({ mean, count });

function series(): TrendSeries {
  return {
    from: '2026-03-02',
    to: '2026-03-25',
    by: 'week',
    window: 4,
    dimensions: ['worth', 'boundaries'],
    signs: [],
    buckets: [
      {
        start: '2026-03-02',
        end: '2026-03-08',
        partial: false,
        entries: 2,
        scores: { worth: stat(5, 2), boundaries: stat(3, 1) },
        signs: {},
      },
      {
        start: '2026-03-09',
        end: '2026-03-15',
        partial: false,
        entries: 0,
        scores: { worth: stat(null, 0), boundaries: stat(null, 0) },
        signs: {},
      },
      {
        start: '2026-03-16',
        end: '2026-03-22',
        partial: false,
        entries: 1,
        scores: { worth: stat(4, 1), boundaries: stat(null, 0) },
        signs: {},
      },
      {
        start: '2026-03-23',
        end: '2026-03-25',
        partial: true,
        entries: 1,
        scores: { worth: stat(6, 1), boundaries: stat(5, 1) },
        signs: {},
      },
    ],
    rolling: { worth: [5, null, 14 / 3, 5], boundaries: [3, null, null, 4] },
    rollingCounts: { worth: [2, 0, 3, 4], boundaries: [1, 0, 0, 2] },
  };
}

describe('chart rows', () => {
  it('leaves unrated buckets empty and draws no line through too few points', () => {
    const rows = chartRows(series(), ['worth', 'boundaries']);
    expect(rows.map((r) => r['worth'])).toEqual([5, null, 4, 6]);
    expect(rows.map((r) => r[countKey('worth')])).toEqual([2, 0, 1, 1]);
    // No line across the empty week; the cut-short last week on its own, fainter segment.
    expect(rows.map((r) => r[rollingKey('worth')])).toEqual([5, null, 14 / 3, null]);
    expect(rows.map((r) => r[partialKey('worth')])).toEqual([null, null, 14 / 3, 5]);
    expect(rows.map((r) => r.partial)).toEqual([false, false, false, true]);
    // Boundaries was rated in two weeks only: points, but no line.
    expect(hasTrend(series(), 'boundaries')).toBe(false);
    expect(rows.map((r) => r[rollingKey('boundaries')])).toEqual([null, null, null, null]);
    expect(rows.map((r) => r['boundaries'])).toEqual([3, null, null, 5]);
  });

  it('spreads a few ticks over the axis and animates only small series', () => {
    const rows = chartRows(series(), ['worth']);
    expect(axisTicks(rows, 3)).toEqual(['2026-03-02', '2026-03-16', '2026-03-23']);
    expect(axisTicks(rows, 6)).toHaveLength(4);
    expect(animate(rows, false)).toBe(true);
    expect(animate(rows, true)).toBe(false);
    const many = Array.from({ length: 61 }, () => rows[0]!);
    expect(animate(many, false)).toBe(false);
  });

  it('puts the year on the time axis when the range crosses one or spans more than a year', () => {
    const within = { from: '2026-03-02', to: '2026-05-31' };
    expect([...axisLabels(['2026-03-02', '2026-04-06'], within, 'week').values()]).toEqual([
      '2 Mar',
      '6 Apr',
    ]);
    const across = { from: '2025-11-03', to: '2026-02-22' };
    expect([
      ...axisLabels(['2025-11-03', '2025-12-15', '2026-01-26'], across, 'week').values(),
    ]).toEqual(['3 Nov 2025', '15 Dec', '26 Jan 2026']);
    const twoYears = { from: '2024-11-04', to: '2026-10-25' };
    expect([...axisLabels(['2024-11-04', '2025-06-02'], twoYears, 'week').values()]).toEqual([
      'Nov 2024',
      'Jun 2025',
    ]);
  });
});

describe('the cards', () => {
  it('fill whole rows: nine as three by three, never five and four', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 12].map(cardColumns)).toEqual([
      1, 3, 4, 5, 3, 4, 4, 3, 5, 4,
    ]);
  });
});

describe('wording', () => {
  it("says a direction only with a verdict, and never repeats the card's name", () => {
    const poles = { low: 'My limits slid', high: 'I said what I need' };
    const base = { key: 'boundaries', before: stat(4.4, 6), after: stat(5.6, 7) };
    const higher = { ...base, difference: 1.2, interval: [0.4, 2] as [number, number] };
    expect(changeSentence({ ...higher, verdict: 'higher' }, 'since last month', poles)).toBe(
      'Higher since last month, toward “I said what I need”',
    );
    expect(changeBasis({ ...higher, verdict: 'higher' })).toBe(
      '+1.2 (+0.4 to +2.0), 95% interval · 6 ratings before',
    );
    const unclear = { ...base, difference: 0.8, interval: [-0.3, 1.9] as [number, number] };
    expect(
      changeSentence({ ...unclear, verdict: 'no clear change' }, 'since last month', poles),
    ).toBe('No clear change since last month');
    // Three ratings: the old card said "up 4.5"; now no direction and no number to overread.
    const few = {
      key: 'autonomy',
      before: stat(2, 3),
      after: stat(6.5, 3),
      difference: 4.5,
      interval: [2.1, 6.9] as [number, number],
      verdict: 'not enough ratings' as const,
    };
    expect(changeSentence(few, 'since last month', poles)).toBe(
      'Not enough ratings to compare with last month',
    );
    expect(changeBasis(few)).toBe('3 now, 3 before; 5 on each side are needed');
    for (const c of [{ ...higher, verdict: 'higher' as const }, few]) {
      expect(changeSentence(c, 'since last month', poles)).not.toMatch(/Boundaries|Autonomy/);
    }
    expect(cardLabel('Autonomy', few, 'since last month', poles)).toBe(
      'Autonomy: 6.5 · 3 ratings. Not enough ratings to compare with last month.',
    );
  });

  it('names the period before a range, and works out the presets', () => {
    expect(sinceWording({ from: '2026-10-25', to: '2026-11-23' })).toBe('since last month');
    expect(sinceWording({ from: '2026-11-17', to: '2026-11-23' })).toBe('since the week before');
    expect(sinceWording({ from: '2025-11-24', to: '2026-11-23' })).toBe('since the year before');
    expect(sinceWording({ from: '2026-11-01', to: '2026-11-10' })).toBe('since the 10 days before');
    expect(presetRange('30d', '2026-11-23')).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(presetRange('3m', '2026-11-23')).toEqual({ from: '2026-08-24', to: '2026-11-23' });
    expect(presetRange('1y', '2026-11-23')).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(presetRange('all', '2026-11-23')).toEqual({ to: '2026-11-23' });
  });

  it('wraps a pole label into short lines', () => {
    expect(wrapLabel('I said what I need and respected theirs')).toEqual([
      'I said what I need',
      'and respected',
      'theirs',
    ]);
    expect(
      wrapLabel('one two three four five six seven eight nine ten eleven twelve', 10, 2),
    ).toEqual(['one two', 'three four…']);
  });
});
