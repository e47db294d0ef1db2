import { useId, useState } from 'react';

type Props = Readonly<{
  label: string;
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}>;

/** A passphrase input with a show/hide toggle. Nothing typed here is ever stored by the page. */
export function PassphraseField(props: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const [visible, setVisible] = useState(false);
  const describedBy = [props.hint ? hintId : null, props.describedBy].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <div className="field__control">
        <input
          id={id}
          className="input input--with-action"
          type={visible ? 'text' : 'password'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          autoFocus={props.autoFocus}
          autoComplete={props.autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={props.invalid ? true : undefined}
          aria-describedby={describedBy || undefined}
          disabled={props.disabled}
        />
        <button
          type="button"
          className="button button--quiet field__action"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-label={
            visible ? `Hide ${props.label.toLowerCase()}` : `Show ${props.label.toLowerCase()}`
          }
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
