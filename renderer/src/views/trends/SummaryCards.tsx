import type { Dimension, TrendComparison } from '../../../../main/contract';
import { seriesColor } from './palette';
import { changeSentence, rated, signedChange } from './summary-wording';

type Props = Readonly<{
  comparison: TrendComparison;
  dimensions: readonly Dimension[];
  colorOf(key: string): number;
  since: string;
  /** False for "all": there is no earlier period to compare with. */
  comparable: boolean;
}>;

/** Per dimension: the average over the range, the change against the period before, and what it rests on. */
export function SummaryCards({ comparison, dimensions, colorOf, since, comparable }: Props) {
  return (
    <ul className="trend-cards" aria-label="Summary">
      {comparison.changes.map((change) => {
        const d = dimensions.find((x) => x.key === change.key);
        if (!d) return null;
        const mean = change.after.mean;
        const direction =
          change.change === null || Math.round(change.change * 10) === 0
            ? 'flat'
            : change.change > 0
              ? 'up'
              : 'down';
        const sentence = changeSentence(d.name, change, since, {
          low: d.lowLabel,
          high: d.highLabel,
        });
        return (
          <li key={d.key} className="trend-card" aria-label={sentence}>
            <div className="trend-card__name">
              <span className="trend-swatch" style={{ background: seriesColor(colorOf(d.key)) }} />
              {d.name}
            </div>
            <div className="trend-card__mean">
              {mean === null ? '–' : mean.toFixed(1)}
              <span className="trend-card__scale"> / 7</span>
            </div>
            {comparable && change.change !== null ? (
              <div className="trend-card__change" data-direction={direction}>
                <span aria-hidden="true">
                  {direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■'}
                </span>{' '}
                {d.name}: {signedChange(change.change)} {since}
              </div>
            ) : (
              <div className="trend-card__change" data-direction="none">
                {comparable
                  ? `Nothing to compare ${since.replace(/^since /, 'with ')}`
                  : 'All time'}
              </div>
            )}
            <div className="trend-card__basis">
              {rated(change.after.count)}
              {comparable ? ` (${change.before.count} before)` : ''}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
