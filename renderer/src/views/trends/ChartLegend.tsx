import { MIN_TREND_POINTS } from '../../../../main/contract';
import { seriesColor, seriesDash } from './palette';

export type LegendItem = Readonly<{
  key: string;
  name: string;
  colorIndex: number;
  /** Too few rated buckets for a line: points only. */
  short: boolean;
}>;

type Props = Readonly<{
  items: readonly LegendItem[];
  hidden: ReadonlySet<string>;
  highlight: string | null;
  onToggle(key: string): void;
  onHighlight(key: string | null): void;
  onShowAll(): void;
}>;

/**
 * Which line is which, by colour and dash pattern, and the way to read nine of them: a box
 * shows or hides a line, the name highlights it (and fades the rest) until clicked again.
 */
export function ChartLegend({ items, hidden, highlight, onToggle, onHighlight, onShowAll }: Props) {
  return (
    <div className="trend-legend-wrap">
      <ul className="trend-legend" aria-label="Lines">
        {items.map((item) => {
          const shown = !hidden.has(item.key);
          return (
            <li
              key={item.key}
              className="trend-legend__item"
              data-hidden={shown ? undefined : true}
              data-highlighted={highlight === item.key || undefined}
            >
              <input
                type="checkbox"
                className="trend-legend__toggle"
                checked={shown}
                onChange={() => onToggle(item.key)}
                aria-label={`Show ${item.name}`}
              />
              <button
                type="button"
                className="trend-legend__name"
                aria-pressed={highlight === item.key}
                disabled={!shown}
                title={`Highlight ${item.name}`}
                onClick={() => onHighlight(highlight === item.key ? null : item.key)}
              >
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
              </button>
            </li>
          );
        })}
      </ul>
      {hidden.size > 0 || highlight !== null ? (
        <button type="button" className="button button--quiet" onClick={onShowAll}>
          Show all alike
        </button>
      ) : null}
    </div>
  );
}
