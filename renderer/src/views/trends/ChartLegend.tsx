import { MIN_TREND_POINTS } from '../../../../main/contract';
import { seriesColor, seriesDash } from './palette';

type Item = Readonly<{ key: string; name: string; colorIndex: number; short: boolean }>;

/** Which line is which, by colour and dash pattern; and which have too few points for a line. */
export function ChartLegend({ items }: { items: readonly Item[] }) {
  return (
    <ul className="trend-legend" aria-label="Lines">
      {items.map((item) => (
        <li key={item.key} className="trend-legend__item">
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="27"
              y2="5"
              stroke={seriesColor(item.colorIndex)}
              strokeWidth="2.5"
              strokeDasharray={seriesDash(item.colorIndex)}
            />
          </svg>
          {item.name}
          {item.short ? (
            <span className="trend-muted"> (points only: fewer than {MIN_TREND_POINTS})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
