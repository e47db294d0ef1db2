import type { Dimension, Scores } from '../../../main/contract';

/**
 * A tiny strip, one cell per dimension: taller and stronger the nearer to 7, an empty outline
 * where the entry was not rated. Its text equivalent is read out instead of the picture.
 */
export function ScoreStrip({
  scores,
  dimensions,
}: {
  scores: Scores;
  dimensions: readonly Dimension[];
}) {
  const rated = dimensions.filter((d) => scores[d.key] !== undefined);
  if (rated.length === 0) return null;
  return (
    <span className="score-strip">
      <span className="visually-hidden">
        {rated.map((d) => `${d.name} ${scores[d.key]}`).join(', ')}
      </span>
      <span className="score-strip__cells" aria-hidden="true">
        {dimensions.map((d) => {
          const value = scores[d.key];
          return (
            <span
              key={d.key}
              className="score-strip__cell"
              data-empty={value === undefined}
              style={value === undefined ? undefined : { ['--score' as string]: value }}
              title={value === undefined ? `${d.name}: not rated` : `${d.name}: ${value}`}
            />
          );
        })}
      </span>
    </span>
  );
}
