import { describe, expect, it } from 'vitest';
import type { TrendSeries } from '../../../../main/contract';
import { animate, axisTicks, chartRows, countKey, hasTrend, rollingKey } from './chart-data';
import { wrapLabel } from './PoleTick';
import { presetRange, sinceWording } from './range';
import { changeSentence, signedChange } from './summary-wording';

const stat = (mean: number | null, count: number) => ({ mean, count });

function series(): TrendSeries {
  return {
    from: '2026-03-02',
    to: '2026-03-29',
    by: 'week',
    window: 4,
    dimensions: ['worth', 'boundaries'],
    signs: [],
    buckets: [
      {
        start: '2026-03-02',
        end: '2026-03-08',
        entries: 2,
        scores: { worth: stat(5, 2), boundaries: stat(3, 1) },
        signs: {},
      },
      {
        start: '2026-03-09',
        end: '2026-03-15',
        entries: 0,
        scores: { worth: stat(null, 0), boundaries: stat(null, 0) },
        signs: {},
      },
      {
        start: '2026-03-16',
        end: '2026-03-22',
        entries: 1,
        scores: { worth: stat(4, 1), boundaries: stat(null, 0) },
        signs: {},
      },
      {
        start: '2026-03-23',
        end: '2026-03-29',
        entries: 1,
        scores: { worth: stat(6, 1), boundaries: stat(5, 1) },
        signs: {},
      },
    ],
    rolling: { worth: [5, 5, 14 / 3, 5], boundaries: [3, 3, 3, 4] },
  };
}

describe('chart rows', () => {
  it('leaves unrated buckets empty and draws no line through too few points', () => {
    const rows = chartRows(series(), ['worth', 'boundaries']);
    expect(rows.map((r) => r['worth'])).toEqual([5, null, 4, 6]);
    expect(rows.map((r) => r[countKey('worth')])).toEqual([2, 0, 1, 1]);
    expect(rows.map((r) => r[rollingKey('worth')])).toEqual([5, 5, 14 / 3, 5]);
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
});

describe('wording', () => {
  it('says a change with its sign, its period, and the pole it moves toward', () => {
    expect(signedChange(0.8000000000000007)).toBe('+0.8');
    expect(signedChange(-0.34)).toBe('−0.3');
    expect(signedChange(0.04)).toBe('±0.0');
    const poles = { low: 'My limits slid', high: 'I said what I need' };
    const change = { key: 'boundaries', before: stat(4.4, 5), after: stat(5.2, 5), change: 0.8 };
    expect(changeSentence('Boundaries', change, 'since last month', poles)).toBe(
      'Boundaries: up 0.8 since last month, toward “I said what I need”.',
    );
    expect(
      changeSentence('Boundaries', { ...change, change: -0.5 }, 'since last month', poles),
    ).toMatch(/^Boundaries: down 0\.5 since last month, toward “My limits slid”/);
    expect(
      changeSentence(
        'Boundaries',
        { ...change, before: stat(null, 0), change: null },
        'since last month',
        poles,
      ),
    ).toBe('Boundaries: nothing rated in last month to compare with.');
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
