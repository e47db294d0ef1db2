import { useState } from 'react';
import {
  type Dimension,
  type Relationship,
  type RelationshipTrend,
  meanWithCount,
  ratingsCount,
} from '../../../../main/contract';

type Props = Readonly<{
  rows: readonly RelationshipTrend[];
  relationships: readonly Relationship[];
  dimensions: readonly Dimension[];
}>;

/** One dimension across relationships: where on the scale each one sits, and on how much. */
export function RelationshipComparison({ rows, relationships, dimensions }: Props) {
  const [key, setKey] = useState(dimensions[0]?.key ?? '');
  const dimension = dimensions.find((d) => d.key === key) ?? dimensions[0];
  if (!dimension) return null;
  const named = rows
    .map((r) => ({ row: r, relationship: relationships.find((x) => x.id === r.relationshipId) }))
    .filter((x) => x.relationship);
  return (
    <div className="trend-compare">
      <label className="trend-control">
        <span>Dimension</span>
        <select className="input" value={dimension.key} onChange={(e) => setKey(e.target.value)}>
          {dimensions.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {named.length === 0 ? (
        <p className="trend-muted">No entries in this range are about a relationship.</p>
      ) : (
        <div
          className="trend-compare__plot"
          role="list"
          aria-label={`${dimension.name} by relationship`}
        >
          <div className="trend-compare__poles" aria-hidden="true">
            <span>{dimension.lowLabel}</span>
            <span>{dimension.highLabel}</span>
          </div>
          {named.map(({ row, relationship }) => {
            const stat = row.scores[dimension.key];
            const mean = stat?.mean ?? null;
            return (
              <div
                key={row.relationshipId}
                className="trend-compare__row"
                role="listitem"
                aria-label={`${relationship!.name}: ${meanWithCount(stat ?? { mean, count: 0 })}`}
              >
                <span className="trend-compare__name">{relationship!.name}</span>
                <span className="trend-compare__track">
                  {mean !== null ? (
                    <span
                      className="trend-compare__dot"
                      style={{
                        left: `${((mean - 1) / 6) * 100}%`,
                        background: relationship!.color,
                      }}
                    />
                  ) : null}
                </span>
                <span className="trend-compare__value">
                  {mean === null ? (
                    'not rated'
                  ) : (
                    <>
                      {mean.toFixed(1)}
                      <span className="trend-muted"> · {ratingsCount(stat?.count ?? 0)}</span>
                    </>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
