import { describe, expect, it } from 'vitest';
import { FULL_CHART, SPARKLINE, layoutChart } from './chart';
import type { SeriesPoint } from './numbers';

const point = (start: string, mean: number | null, partial = false): SeriesPoint => ({
  start,
  mean,
  count: mean === null ? 0 : 2,
  partial,
});

describe("the summary's charts", () => {
  it('break the line at a month without ratings, as the app does', () => {
    const months = [
      point('2026-06-01', 4),
      point('2026-07-01', 5),
      point('2026-08-01', null),
      point('2026-09-01', 5),
      point('2026-10-01', 6),
    ];
    const chart = layoutChart(
      months,
      { from: '2026-06-01', to: '2026-10-31' },
      'month',
      FULL_CHART,
    );
    // Two pieces: June to July, then September to October; nothing drawn through August.
    expect(chart.line.match(/M/g)).toHaveLength(2);
    expect(chart.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(chart.dots).toHaveLength(4);
  });

  it('draw a week the range cuts short as partial', () => {
    const weeks = [point('2026-03-02', 4), point('2026-03-09', 5), point('2026-03-16', 3, true)];
    const chart = layoutChart(weeks, { from: '2026-03-02', to: '2026-03-18' }, 'week', FULL_CHART);
    expect(chart.line.match(/[ML]/g)).toEqual(['M', 'L', 'M']);
    expect(chart.partialLine).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(chart.dots.map((d) => d.partial)).toEqual([false, false, true]);
  });

  it('number the scale 1 to 7 and date the axis with years across a year', () => {
    const range = { from: '2025-11-01', to: '2026-02-28' };
    const chart = layoutChart([point('2025-11-03', 4)], range, 'week', FULL_CHART);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(chart.xTicks.map((t) => t.label)).toEqual([
      '1 Nov 2025',
      '1 Dec',
      '31 Dec',
      '29 Jan 2026',
      '28 Feb',
    ]);
    const twoYears = layoutChart([], { from: '2024-12-01', to: '2026-11-30' }, 'month', FULL_CHART);
    expect(twoYears.xTicks.map((t) => t.label)).toEqual([
      'Dec 2024',
      'Jun 2025',
      'Dec 2025',
      'Jun 2026',
      'Nov 2026',
    ]);
    expect(layoutChart([], range, 'week', SPARKLINE).xTicks).toEqual([]);
  });
});
