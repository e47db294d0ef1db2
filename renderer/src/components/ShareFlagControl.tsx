import { useId } from 'react';
import type { ShareFlag } from '../../../main/contract';
import './share-flag-control.css';

const CHOICES: ReadonlyArray<Readonly<{ value: ShareFlag; label: string; hint: string }>> = [
  { value: 'default', label: 'Choose later', hint: 'You decide when you make a summary.' },
  {
    value: 'bring',
    label: 'Bring to my next session',
    hint: 'Ticked for you in the next summary.',
  },
  { value: 'never', label: 'Never share', hint: 'Cannot be put into any summary.' },
];

type Props = Readonly<{ value: ShareFlag; onChange(next: ShareFlag): void }>;

/** Whether an entry goes to the therapist: flagged for the next session, or never. */
export function ShareFlagControl({ value, onChange }: Props) {
  const id = useId();
  const hint = CHOICES.find((c) => c.value === value)?.hint ?? '';
  return (
    <fieldset className="share-flag" aria-describedby={`${id}-hint`}>
      <legend className="share-flag__legend">Therapy summary</legend>
      <div className="share-flag__choices">
        {CHOICES.map((choice) => (
          <label key={choice.value} className="share-flag__choice" data-value={choice.value}>
            <input
              type="radio"
              name={`${id}-share`}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      <p className="share-flag__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </fieldset>
  );
}
