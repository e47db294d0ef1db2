import { useId, useState } from 'react';
import type { Dimension } from '../../../../../main/contract';

type Props = Readonly<{
  dimension: Dimension;
  /** The score, or undefined when the entry is not rated on this dimension. */
  value: number | undefined;
  onChange(value: number | undefined): void;
  onInsertPrompt(prompt: string): void;
}>;

const POINTS = [1, 2, 3, 4, 5, 6, 7] as const;

function pointLabel(dimension: Dimension, point: number): string {
  if (point === 1) return `1, ${dimension.lowLabel}`;
  if (point === 7) return `7, ${dimension.highLabel}`;
  if (point === 4) return '4, mixed';
  return String(point);
}

/**
 * One dimension, 1 to 7, as native radio buttons (arrow keys move between them). No radio is
 * checked until the person chooses: "not rated" is a state of its own, never a 4 or a 0.
 */
export function DimensionControl({ dimension, value, onChange, onInsertPrompt }: Props) {
  const name = useId();
  const [showPrompts, setShowPrompts] = useState(false);
  const promptsId = `${name}-prompts`;
  return (
    <fieldset className="dim" data-rated={value !== undefined}>
      <legend className="dim__name">{dimension.name}</legend>
      <div className="dim__scale">
        {POINTS.map((point) => (
          <label key={point} className="dim__point" title={pointLabel(dimension, point)}>
            <input
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
              aria-label={`${dimension.name}: ${pointLabel(dimension, point)}`}
            />
            <span aria-hidden="true">{point}</span>
          </label>
        ))}
      </div>
      <div className="dim__poles" aria-hidden="true">
        <span>{dimension.lowLabel}</span>
        <span>{dimension.highLabel}</span>
      </div>
      <div className="dim__foot">
        <span className="dim__state">
          {value === undefined ? 'Not rated' : `Rated ${value} of 7`}
        </span>
        {value !== undefined ? (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(undefined)}
            aria-label={`Clear the ${dimension.name} rating`}
          >
            Clear
          </button>
        ) : null}
        {dimension.prompts.length > 0 ? (
          <button
            type="button"
            className="link-button"
            aria-expanded={showPrompts}
            aria-controls={promptsId}
            onClick={() => setShowPrompts((s) => !s)}
            aria-label={`Prompts for ${dimension.name}`}
          >
            Prompts
          </button>
        ) : null}
      </div>
      {showPrompts ? (
        <ul className="dim__prompts" id={promptsId}>
          {dimension.prompts.map((prompt) => (
            <li key={prompt}>
              <button
                type="button"
                className="prompt"
                onClick={() => onInsertPrompt(prompt)}
                title="Add this question to your entry"
              >
                <span className="visually-hidden">Insert prompt: </span>
                {prompt}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
