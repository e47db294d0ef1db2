import { useEffect, useId, useState } from 'react';
import { CALENDAR_YEARS, isCalendarDate } from '../../../../../main/contract';

type Props = Readonly<{ date: string; onChange(date: string): void }>;

/** Why a date the person typed cannot be the entry's day, in one sentence. */
export function dateProblem(value: string): string | null {
  if (isCalendarDate(value)) return null;
  const year = /^(\d{4,})-/.exec(value)?.[1];
  if (year && (Number(year) < CALENDAR_YEARS.min || Number(year) > CALENDAR_YEARS.max)) {
    return `The year ${year} looks mistyped: Twofold keeps days from ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max}. The entry keeps its earlier day until this is fixed.`;
  }
  return 'Enter the whole day (month, day and year). The entry keeps its earlier day until then.';
}

/**
 * The day the entry is about. Only a real date in the journal's range reaches the entry, so a
 * slip like 12/12/0026 is refused here, with the reason, instead of failing every save.
 */
export function EntryDateField({ date, onChange }: Props) {
  const id = useId();
  const [typed, setTyped] = useState(date);
  // The date field changes value at every digit (0002, 0020, 0202, 2026): the reason is shown
  // once the person leaves the field or presses Enter, not for each digit on the way.
  const [checked, setChecked] = useState(false);
  useEffect(() => setTyped(date), [date]);
  const problem = checked ? dateProblem(typed) : null;
  return (
    <div className="panel-section">
      <label className="panel-section__title" htmlFor={`${id}-date`}>
        The day it was about
      </label>
      <input
        id={`${id}-date`}
        type="date"
        className="input input--small"
        value={typed}
        min={`${CALENDAR_YEARS.min}-01-01`}
        max={`${CALENDAR_YEARS.max}-12-31`}
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          const value = e.target.value;
          setTyped(value);
          if (dateProblem(value) === null) {
            setChecked(false);
            if (value !== date) onChange(value);
          }
        }}
        onBlur={() => setChecked(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setChecked(true);
        }}
      />
      {problem ? (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
