import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BucketSize, Sign, TrendSeries } from '../../../../main/contract';
import { axisTicks, type ChartRow } from './chart-data';
import { bucketLabel } from './range';

type Props = Readonly<{ series: TrendSeries; signs: readonly Sign[]; by: BucketSize }>;

/** How often warning and healthy signs came up per bucket, and each sign over the range. */
export function SignChart({ series, signs, by }: Props) {
  const kindOf = new Map(signs.map((s) => [s.key, s.kind]));
  const rows = series.buckets.map((b, index) => {
    let warning = 0;
    let healthy = 0;
    for (const [key, n] of Object.entries(b.signs)) {
      if (kindOf.get(key) === 'warning') warning += n;
      else if (kindOf.get(key) === 'healthy') healthy += n;
    }
    return { index, start: b.start, end: b.end, entries: b.entries, warning, healthy };
  });
  const totals = signs
    .map((s) => ({ sign: s, n: series.buckets.reduce((sum, b) => sum + (b.signs[s.key] ?? 0), 0) }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n);
  if (totals.length === 0) {
    return <p className="trend-muted">No signs were ticked in this range.</p>;
  }
  const most = totals[0]!.n;
  return (
    <div className="trend-signs">
      <div className="trend-chart" role="figure" aria-label="Signs per period">
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="start"
              ticks={axisTicks(rows as unknown as ChartRow[])}
              interval={0}
              tickFormatter={(start: string) => bucketLabel(start, by)}
              tick={{ fill: 'var(--text-3)', fontSize: 12 }}
              stroke="var(--border-strong)"
            />
            <YAxis
              allowDecimals={false}
              width={40}
              tick={{ fill: 'var(--text-3)', fontSize: 12 }}
              stroke="var(--border-strong)"
            />
            <Tooltip
              labelFormatter={(start) => bucketLabel(String(start), by, true)}
              contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }}
              isAnimationActive={false}
            />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            <Bar
              dataKey="warning"
              name="Warning signs"
              stackId="s"
              fill="var(--series-2)"
              maxBarSize={28}
              isAnimationActive={false}
            />
            <Bar
              dataKey="healthy"
              name="Healthy signs"
              stackId="s"
              fill="var(--series-1)"
              maxBarSize={28}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="trend-sign-list" aria-label="Signs over the range">
        {totals.map(({ sign, n }) => (
          <li key={sign.key} className="trend-sign" data-kind={sign.kind}>
            <span className="trend-sign__label">{sign.label}</span>
            <span className="trend-sign__bar" style={{ width: `${(n / most) * 100}%` }} />
            <span className="trend-sign__count">{n}×</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
