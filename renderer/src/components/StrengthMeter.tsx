import type { Strength } from './strength';

export function StrengthMeter({ strength, id }: { strength: Strength; id: string }) {
  return (
    <div className="strength" id={id} aria-live="polite">
      <div
        className="strength__bar"
        role="meter"
        aria-label="Passphrase strength"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength.score}
        aria-valuetext={strength.label || 'Empty'}
        data-score={strength.score}
      >
        {[0, 1, 2, 3].map((i) => (
          <span
            key={i}
            className="strength__segment"
            data-on={strength.label && i < Math.max(1, strength.score) ? 'true' : 'false'}
          />
        ))}
      </div>
      <p className="strength__text">
        {strength.label ? <strong>{strength.label}. </strong> : null}
        {strength.advice}
      </p>
    </div>
  );
}
