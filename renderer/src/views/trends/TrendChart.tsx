import {
  type ActiveDotProps,
  CartesianGrid,
  type DotItemDotProps,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BucketSize } from '../../../../main/contract';
import {
  type ChartRow,
  animate,
  axisTicks,
  countKey,
  prefersReducedMotion,
  rollingKey,
} from './chart-data';
import { seriesColor, seriesDash } from './palette';
import { PoleTick } from './PoleTick';
import { bucketLabel } from './range';

export type ChartSeries = Readonly<{ key: string; name: string; colorIndex: number }>;

type Props = Readonly<{
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  by: BucketSize;
  low: string;
  high: string;
  height: number;
  /** Called with the bucket's index when a point (or its column) is clicked. */
  onPick(index: number): void;
  label: string;
}>;

type PointProps = Readonly<{ cx: number | null; cy: number | null; index: number | null }>;

function pointProps(p: Readonly<{ cx?: unknown; cy?: unknown; payload?: unknown }>): PointProps {
  const row = p.payload as ChartRow | undefined;
  return {
    cx: typeof p.cx === 'number' ? p.cx : null,
    cy: typeof p.cy === 'number' ? p.cy : null,
    index: row ? row.index : null,
  };
}

/** One bucket's own mean: faint, and a way in to the entries behind it. */
function Point({
  cx,
  cy,
  index,
  colorIndex,
  onPick,
  active = false,
}: PointProps & { colorIndex: number; onPick(index: number): void; active?: boolean }) {
  if (cx === null || cy === null || index === null) return <g />;
  return (
    <circle
      className={active ? 'trend-point trend-point--active' : 'trend-point'}
      cx={cx}
      cy={cy}
      r={active ? 5.5 : 3}
      fill={seriesColor(colorIndex)}
      onClick={(event) => {
        event.stopPropagation();
        onPick(index);
      }}
    />
  );
}

type TooltipEntry = Readonly<{ dataKey?: unknown; value?: unknown }>;

function TrendTooltip({
  active,
  payload,
  series,
  by,
}: {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  series: readonly ChartSeries[];
  by: BucketSize;
}) {
  const row = (payload?.[0] as { payload?: ChartRow } | undefined)?.payload;
  if (!active || !row) return null;
  return (
    <div className="trend-tooltip">
      <div className="trend-tooltip__title">{bucketLabel(row.start, by, true)}</div>
      <div className="trend-tooltip__entries">
        {row.entries === 1 ? '1 entry' : `${row.entries} entries`} · click to list
      </div>
      {series.map((s) => {
        const mean = row[s.key];
        const rolling = row[rollingKey(s.key)];
        const count = Number(row[countKey(s.key)] ?? 0);
        return (
          <div key={s.key} className="trend-tooltip__row">
            <span className="trend-swatch" style={{ background: seriesColor(s.colorIndex) }} />
            <span className="trend-tooltip__name">{s.name}</span>
            <span className="trend-tooltip__value">
              {typeof mean === 'number' ? `${mean.toFixed(1)} (${count} rated)` : 'not rated'}
              {typeof rolling === 'number' ? ` · avg ${rolling.toFixed(1)}` : ''}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/**
 * Dimensions over time: the rolling average as the line, each bucket's own mean as a faint
 * point. Buckets without ratings are gaps. The value axis is labelled with the poles.
 */
export function TrendChart({ rows, series, by, low, high, height, onPick, label }: Props) {
  const animated = animate(rows, prefersReducedMotion());
  const ticks = axisTicks(rows);
  return (
    <div className="trend-chart" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={rows as ChartRow[]}
          margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
          onClick={(state) => {
            const raw = state?.activeTooltipIndex;
            const index = typeof raw === 'number' || typeof raw === 'string' ? Number(raw) : NaN;
            if (raw !== '' && Number.isInteger(index) && index >= 0) onPick(index);
          }}
        >
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="start"
            ticks={ticks}
            tickFormatter={(start: string) => bucketLabel(start, by)}
            tick={{ fill: 'var(--text-3)', fontSize: 12 }}
            stroke="var(--border-strong)"
            interval={0}
            padding={{ left: 10, right: 10 }}
          />
          <YAxis
            domain={[1, 7]}
            ticks={[1, 4, 7]}
            width={128}
            padding={{ top: 18, bottom: 18 }}
            tick={<PoleTick low={low} high={high} />}
            stroke="var(--border-strong)"
            interval={0}
          />
          <Tooltip
            content={<TrendTooltip series={series} by={by} />}
            cursor={{ stroke: 'var(--border-strong)' }}
            isAnimationActive={false}
          />
          {series.map((s) => (
            <Line
              key={`${s.key}-points`}
              dataKey={s.key}
              name={`${s.name}, bucket mean`}
              stroke="none"
              dot={(p: DotItemDotProps) => (
                <Point key={p.index} {...pointProps(p)} colorIndex={s.colorIndex} onPick={onPick} />
              )}
              activeDot={(p: ActiveDotProps) => (
                <Point {...pointProps(p)} colorIndex={s.colorIndex} onPick={onPick} active />
              )}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {series.map((s) => (
            <Line
              key={`${s.key}-rolling`}
              dataKey={rollingKey(s.key)}
              name={`${s.name}, rolling average`}
              stroke={seriesColor(s.colorIndex)}
              strokeWidth={2.5}
              strokeDasharray={series.length > 1 ? seriesDash(s.colorIndex) : undefined}
              dot={false}
              activeDot={false}
              type="monotone"
              connectNulls={false}
              isAnimationActive={animated}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
