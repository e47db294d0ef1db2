import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { call, messageOf } from '../../../app/client';
import { shortcutLabel } from '../../../app/commands';
import { PassphraseField } from '../../../components/PassphraseField';
import { StrengthMeter } from '../../../components/StrengthMeter';
import { judge, loadStrengthChecker } from '../../../components/strength';
import './security-section.css';

/** The auto-lock choices offered; a value set elsewhere (the command line) is shown as well. */
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30, 60, 0] as const;

export function autoLockLabel(minutes: number): string {
  if (minutes === 0) return 'Never (only when I lock it)';
  if (minutes === 60) return 'After 1 hour';
  return `After ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Settings ▸ Privacy and security: when the journal locks itself, and its passphrase. */
export function SecuritySection() {
  return (
    <section className="settings-section security" aria-labelledby="security-title">
      <header className="settings-section__header">
        <h2 className="settings-section__title" id="security-title">
          Privacy and security
        </h2>
      </header>
      <p className="settings-section__intro">
        Everything you write is encrypted on this computer. When the journal locks, Twofold forgets
        the key and clears the screen until your passphrase opens it again.
      </p>
      <AutoLockSetting />
      <ChangePassphrase />
    </section>
  );
}

function AutoLockSetting() {
  const id = useId();
  const [minutes, setMinutes] = useState<number | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    call('getSettings')
      .then((settings) => live && setMinutes(settings.autoLockMinutes))
      .catch((e: unknown) => live && setStatus({ kind: 'error', text: messageOf(e) }));
    return () => {
      live = false;
    };
  }, []);

  const choose = async (next: number) => {
    const previous = minutes;
    setMinutes(next);
    setStatus(null);
    try {
      const saved = await call('saveSettings', { autoLockMinutes: next });
      setMinutes(saved.autoLockMinutes);
      setStatus({ kind: 'saved', text: 'Saved' });
    } catch (e) {
      setMinutes(previous);
      setStatus({ kind: 'error', text: messageOf(e) });
    }
  };

  const choices: number[] = [...AUTO_LOCK_CHOICES];
  if (minutes !== null && !choices.includes(minutes)) choices.unshift(minutes);

  return (
    <div className="settings-block">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Lock automatically
        </label>
        <div className="security__row">
          <select
            id={id}
            className="input security__select"
            value={minutes ?? ''}
            disabled={minutes === null}
            aria-describedby={`${id}-hint`}
            onChange={(event) => void choose(Number(event.target.value))}
          >
            {minutes === null ? <option value="">Loading…</option> : null}
            {choices.map((value) => (
              <option key={value} value={value}>
                {autoLockLabel(value)}
              </option>
            ))}
          </select>
          {status ? (
            <span
              className={`settings-status settings-status--${status.kind}`}
              role={status.kind === 'error' ? 'alert' : 'status'}
            >
              {status.text}
            </span>
          ) : null}
        </div>
        <p className="field__hint" id={`${id}-hint`}>
          Counted from the last time you typed, clicked or scrolled in Twofold. It also locks when
          your computer sleeps or its screen locks, and whenever you press{' '}
          <kbd>{shortcutLabel('l')}</kbd> or choose Lock.
        </p>
      </div>
    </div>
  );
}

type Checker = Awaited<ReturnType<typeof loadStrengthChecker>>;

function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [checker, setChecker] = useState<Checker | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    let live = true;
    void loadStrengthChecker().then((c) => live && setChecker(() => c));
    return () => {
      live = false;
    };
  }, []);

  const strength = useMemo(() => judge(next, checker), [next, checker]);
  const mismatch = confirm.length > 0 && confirm !== next;
  const same = next.length > 0 && next === current;
  const ready = current.length > 0 && strength.acceptable && confirm === next && !same && !busy;

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setError(null);
    setDone(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await call('changePassphrase', { current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="settings-block security__form" onSubmit={submit} noValidate>
      <div>
        <h3 className="security__subtitle">Change passphrase</h3>
        <p className="field__hint">
          Your entries stay exactly as they are; only the lock changes. A recovery key you made
          keeps working. Nobody, Twofold included, can reset the new passphrase for you. The key
          inside stays the same: a copy of this journal made before the change (a backup file, a
          synced or copied folder) still opens with the old passphrase, and whoever has one and
          knows the old passphrase can read what you write later too. If that could be someone,
          start a new journal and import an export of this one.
        </p>
      </div>
      <PassphraseField
        label="Current passphrase"
        value={current}
        onChange={edit(setCurrent)}
        autoComplete="current-password"
        disabled={busy}
      />
      <PassphraseField
        label="New passphrase"
        value={next}
        onChange={edit(setNext)}
        autoComplete="new-password"
        describedBy="new-passphrase-strength"
        invalid={same}
        disabled={busy}
      />
      <StrengthMeter strength={strength} id="new-passphrase-strength" />
      {same ? (
        <p className="field__hint field__hint--error" role="alert">
          The new passphrase is the same as the current one.
        </p>
      ) : null}
      <PassphraseField
        label="Type the new one again"
        value={confirm}
        onChange={edit(setConfirm)}
        autoComplete="new-password"
        invalid={mismatch}
        describedBy={mismatch ? 'new-passphrase-mismatch' : undefined}
        disabled={busy}
      />
      {mismatch ? (
        <p className="field__hint field__hint--error" id="new-passphrase-mismatch" role="alert">
          The two new passphrases are not the same yet.
        </p>
      ) : null}
      {error ? (
        <p className="message message--error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p className="message message--info" role="status">
          Your passphrase is changed. Use the new one the next time you unlock.
        </p>
      ) : null}
      <div>
        <button className="button button--primary" type="submit" disabled={!ready}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  );
}
