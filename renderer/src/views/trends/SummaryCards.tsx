import type { CSSProperties } from 'react';
import {
  type Dimension,
  type TrendComparison,
  hasDirection,
  ratingsCount,
} from '../../../../main/contract';
import { seriesColor } from './palette';
import { cardLabel, changeBasis, changeSentence } from './summary-wording';

/**
 * Columns for `count` cards on a wide screen: up to five, as many as leave no hole in the last
 * row, else the fewest empty places (nine as 3 × 3, eight as 4 × 2, seven as 4 + 3).
 */
export function cardColumns(count: number): number {
  if (count <= 5) return Math.max(1, count);
  const empty = (columns: number) => Math.ceil(count / columns) * columns - count;
  return [5, 4, 3].reduce((best, c) => (empty(c) < empty(best) ? c : best));
}

type Props = Readonly<{
  comparison: TrendComparison;
  dimensions: readonly Dimension[];
  colorOf(key: string): number;
  since: string;
  /** False for "all": there is no earlier period to compare with. */
  comparable: boolean;
}>;

/**
 * Per dimension: the average over the range with the ratings it rests on, and the change
 * against the period before as the one comparison judged it. An arrow only for a verdict of
 * higher or lower.
 */
export function SummaryCards({ comparison, dimensions, colorOf, since, comparable }: Props) {
  return (
    <div className="trend-cards-wrap">
      <ul
        className="trend-cards"
        aria-label="Summary"
        style={{ '--columns': cardColumns(dimensions.length) } as CSSProperties}
      >
        {comparison.changes.map((change) => {
          const d = dimensions.find((x) => x.key === change.key);
          if (!d) return null;
          const poles = { low: d.lowLabel, high: d.highLabel };
          const direction = comparable && hasDirection(change.verdict) ? change.verdict : 'none';
          return (
            <li
              key={d.key}
              className="trend-card"
              aria-label={cardLabel(d.name, change, comparable ? since : null, poles)}
            >
              <div className="trend-card__name">
                <span
                  className="trend-swatch"
                  style={{ background: seriesColor(colorOf(d.key)) }}
                />
                {d.name}
              </div>
              <div className="trend-card__mean">
                {change.after.mean === null ? '–' : change.after.mean.toFixed(1)}
                <span className="trend-card__scale"> / 7 · {ratingsCount(change.after.count)}</span>
              </div>
              {comparable ? (
                <>
                  <div className="trend-card__change" data-direction={direction}>
                    {direction === 'none' ? null : (
                      <span aria-hidden="true">{direction === 'higher' ? '▲ ' : '▼ '}</span>
                    )}
                    {changeSentence(change, since, poles)}
                  </div>
                  {change.after.count > 0 ? (
                    <div className="trend-card__basis">{changeBasis(change)}</div>
                  ) : null}
                </>
              ) : (
                <div className="trend-card__change" data-direction="none">
                  All time
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
