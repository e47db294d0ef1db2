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
import { differenceInCalendarDays, getDaysInMonth, parseISO } from 'date-fns';
import { type BucketSize, type DateRange, meanWithCount } from '../../../../main/contract';
import {
  type ChartRow,
  animate,
  axisLabels,
  axisTicks,
  countKey,
  partialKey,
  prefersReducedMotion,
  rollingCountKey,
  rollingKey,
  showDots,
} from './chart-data';
import { seriesColor, seriesDash } from './palette';
import { PoleTick, SCALE_TICKS } from './PoleTick';
import { bucketLabel } from './range';

export type ChartSeries = Readonly<{ key: string; name: string; colorIndex: number }>;

type Props = Readonly<{
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  range: DateRange;
  by: BucketSize;
  /** The one series drawn in full while the others fade (Together); null: all alike. */
  highlight?: string | null;
  low: string;
  high: string;
  height: number;
  /** Called with the bucket's index when a point (or its column) is clicked. */
  onPick(index: number): void;
  label: string;
}>;

type PointProps = Readonly<{
  cx: number | null;
  cy: number | null;
  index: number | null;
  partial: boolean;
}>;

function pointProps(p: Readonly<{ cx?: unknown; cy?: unknown; payload?: unknown }>): PointProps {
  const row = p.payload as ChartRow | undefined;
  return {
    cx: typeof p.cx === 'number' ? p.cx : null,
    cy: typeof p.cy === 'number' ? p.cy : null,
    index: row ? row.index : null,
    partial: row?.partial ?? false,
  };
}

/** One bucket's own mean: faint (hollow when the range cuts the bucket short), and a way in to the entries behind it. */
function Point({
  cx,
  cy,
  index,
  partial,
  colorIndex,
  onPick,
  active = false,
}: PointProps & { colorIndex: number; onPick(index: number): void; active?: boolean }) {
  if (cx === null || cy === null || index === null) return <g />;
  return (
    <circle
      className={`trend-point${active ? ' trend-point--active' : ''}${partial ? ' trend-point--partial' : ''}`}
      cx={cx}
      cy={cy}
      r={active ? 5.5 : 3}
      fill={partial ? 'var(--surface)' : seriesColor(colorIndex)}
      stroke={partial ? seriesColor(colorIndex) : undefined}
      strokeWidth={partial ? 1.5 : undefined}
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
        {row.partial ? `${partialDays(row, by)} in the range · ` : ''}
        {row.entries === 1 ? '1 entry' : `${row.entries} entries`} · click to list
      </div>
      {series.map((s) => {
        const mean = row[s.key];
        const rolling = row[rollingKey(s.key)] ?? row[partialKey(s.key)];
        const count = Number(row[countKey(s.key)] ?? 0);
        const rollingCount = Number(row[rollingCountKey(s.key)] ?? 0);
        return (
          <div key={s.key} className="trend-tooltip__row">
            <span className="trend-swatch" style={{ background: seriesColor(s.colorIndex) }} />
            <span className="trend-tooltip__name">{s.name}</span>
            <span className="trend-tooltip__value">
              {meanWithCount({ mean: typeof mean === 'number' ? mean : null, count })}
              {typeof rolling === 'number'
                ? ` · line ${meanWithCount({ mean: rolling, count: rollingCount })}`
                : ''}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** "3 of its 7 days", for a bucket the range cuts short. */
function partialDays(row: ChartRow, by: BucketSize): string {
  const days = differenceInCalendarDays(parseISO(row.end), parseISO(row.start)) + 1;
  const whole = by === 'month' ? getDaysInMonth(parseISO(row.start)) : by === 'week' ? 7 : 1;
  return `${days} of its ${whole} days`;
}

/**
 * Dimensions over time: the rolling average as the line, each bucket's own mean as a faint
 * point. Buckets without ratings are gaps; a bucket the range cuts short is a hollow point with
 * a fainter segment. The value axis numbers the scale and names its poles.
 */
export function TrendChart({
  rows,
  series,
  range,
  by,
  highlight = null,
  low,
  high,
  height,
  onPick,
  label,
}: Props) {
  const animated = animate(rows, prefersReducedMotion());
  const dotted = showDots(rows);
  const ticks = axisTicks(rows);
  const labels = axisLabels(ticks, range, by);
  const faded = (key: string) => highlight !== null && highlight !== key;
  // Nine series of faint points are noise: together, only the highlighted one keeps its points.
  const pointsFor = (key: string) => series.length <= 3 || highlight === key;
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
            tickFormatter={(start: string) => labels.get(start) ?? bucketLabel(start, by)}
            tick={{ fill: 'var(--text-3)', fontSize: 12 }}
            stroke="var(--border-strong)"
            interval={0}
            padding={{ left: 10, right: 10 }}
          />
          <YAxis
            domain={[1, 7]}
            ticks={SCALE_TICKS}
            width={142}
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
              // Long series: the bucket means as a faint thin line, not thousands of dots.
              stroke={dotted || !pointsFor(s.key) ? 'none' : seriesColor(s.colorIndex)}
              strokeOpacity={0.3}
              strokeWidth={1}
              dot={
                dotted && pointsFor(s.key)
                  ? (p: DotItemDotProps) => (
                      <Point
                        key={p.index}
                        {...pointProps(p)}
                        colorIndex={s.colorIndex}
                        onPick={onPick}
                      />
                    )
                  : false
              }
              activeDot={
                faded(s.key)
                  ? false
                  : (p: ActiveDotProps) => (
                      <Point {...pointProps(p)} colorIndex={s.colorIndex} onPick={onPick} active />
                    )
              }
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {series.map((s) => (
            <Line
              key={`${s.key}-partial`}
              dataKey={partialKey(s.key)}
              name={`${s.name}, rolling average (partial ${by})`}
              stroke={seriesColor(s.colorIndex)}
              strokeOpacity={faded(s.key) ? 0.12 : 0.45}
              strokeWidth={2}
              strokeDasharray="3 3"
              dot={false}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {series.map((s) => (
            <Line
              key={`${s.key}-rolling`}
              className={faded(s.key) ? 'trend-line trend-line--faded' : 'trend-line'}
              dataKey={rollingKey(s.key)}
              name={`${s.name}, rolling average`}
              stroke={seriesColor(s.colorIndex)}
              strokeOpacity={faded(s.key) ? 0.15 : 1}
              strokeWidth={highlight === s.key ? 3.5 : 2.5}
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
