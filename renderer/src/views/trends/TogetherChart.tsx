import { useState } from 'react';
import type { BucketSize, DateRange } from '../../../../main/contract';
import { ChartLegend, type LegendItem } from './ChartLegend';
import type { ChartRow } from './chart-data';
import { TrendChart } from './TrendChart';

type Props = Readonly<{
  rows: readonly ChartRow[];
  items: readonly LegendItem[];
  range: DateRange;
  by: BucketSize;
  low: string;
  high: string;
  onPick(index: number): void;
}>;

/**
 * Every dimension on one chart. Nine lines are readable only one at a time, so the legend
 * shows or hides each and highlights one, fading the rest.
 */
export function TogetherChart({ rows, items, range, by, low, high, onPick }: Props) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [highlight, setHighlight] = useState<string | null>(null);
  const shown = items.filter((i) => !hidden.has(i.key));
  const toggle = (key: string) => {
    const next = new Set(hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setHidden(next);
    if (next.has(key) && highlight === key) setHighlight(null);
  };
  return (
    <>
      <TrendChart
        rows={rows}
        series={shown.map((i) => ({ key: i.key, name: i.name, colorIndex: i.colorIndex }))}
        range={range}
        by={by}
        highlight={highlight}
        low={low}
        high={high}
        height={380}
        onPick={onPick}
        label={
          highlight
            ? `All dimensions over time, ${items.find((i) => i.key === highlight)?.name ?? ''} highlighted`
            : 'All dimensions over time'
        }
      />
      <ChartLegend
        items={items}
        hidden={hidden}
        highlight={highlight}
        onToggle={toggle}
        onHighlight={setHighlight}
        onShowAll={() => {
          setHidden(new Set());
          setHighlight(null);
        }}
      />
    </>
  );
}
