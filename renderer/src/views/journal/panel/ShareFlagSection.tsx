import { useId } from 'react';
import type { ShareFlag } from '../../../../../main/contract';
import type { EntryPanelExtraProps } from './slots';

const CHOICES: ReadonlyArray<Readonly<{ value: ShareFlag; label: string; hint: string }>> = [
  { value: 'default', label: 'Decide later', hint: 'You choose when you make a summary.' },
  {
    value: 'bring',
    label: 'Bring to my next session',
    hint: 'Ticked for you in the next summary; you can still untick it.',
  },
  {
    value: 'never',
    label: 'Never share',
    hint: 'Cannot be put into any summary. Its ratings still count in the numbers.',
  },
];

/** The entry panel's say in the therapist summary: flagged for the next session, or never. */
export function ShareFlagSection({ input, change }: EntryPanelExtraProps) {
  const id = useId();
  const hint = CHOICES.find((c) => c.value === input.share)?.hint ?? '';
  return (
    <fieldset className="panel-group" aria-describedby={`${id}-hint`}>
      <legend className="panel-group__title">Therapy summary</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="check-row">
          <input
            type="radio"
            name={`${id}-share`}
            value={choice.value}
            checked={input.share === choice.value}
            onChange={() => change({ share: choice.value })}
          />
          <span>{choice.label}</span>
        </label>
      ))}
      <p className="panel-group__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </fieldset>
  );
}
