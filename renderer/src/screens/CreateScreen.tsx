import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { call, messageOf } from '../app/client';
import { GateLayout } from '../components/GateLayout';
import { PassphraseField } from '../components/PassphraseField';
import { StrengthMeter } from '../components/StrengthMeter';
import { judge, loadStrengthChecker } from '../components/strength';

type Checker = Awaited<ReturnType<typeof loadStrengthChecker>>;

export function CreateScreen({ onCreated }: { onCreated(recoveryKey: string | null): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [withRecoveryKey, setWithRecoveryKey] = useState(true);
  const [checker, setChecker] = useState<Checker | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadStrengthChecker().then((c) => live && setChecker(() => c));
    return () => {
      live = false;
    };
  }, []);

  const strength = useMemo(() => judge(passphrase, checker), [passphrase, checker]);
  const mismatch = confirm.length > 0 && confirm !== passphrase;
  const ready = strength.acceptable && confirm === passphrase && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const { recoveryKey } = await call('createVault', { passphrase, withRecoveryKey });
      setPassphrase('');
      setConfirm('');
      onCreated(recoveryKey);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <GateLayout
      title="Start your private journal"
      intro={
        <>
          <p>
            Twofold keeps what you write on this computer, locked with a passphrase that only you
            know. There is no account and no cloud.
          </p>
          <p>Because nobody else holds a copy, nobody can reset the passphrase for you.</p>
        </>
      }
    >
      <form className="gate__form" onSubmit={submit} noValidate>
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoFocus
          autoComplete="new-password"
          describedBy="strength"
          disabled={busy}
        />
        <StrengthMeter strength={strength} id="strength" />
        <PassphraseField
          label="Type it again"
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          invalid={mismatch}
          describedBy={mismatch ? 'mismatch' : undefined}
          disabled={busy}
        />
        {mismatch ? (
          <p className="field__hint field__hint--error" id="mismatch" role="alert">
            The two passphrases are not the same yet.
          </p>
        ) : null}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={withRecoveryKey}
            onChange={(e) => setWithRecoveryKey(e.target.checked)}
            disabled={busy}
          />
          <span>
            <span className="checkbox__label">Also make a recovery key</span>
            <span className="field__hint checkbox__hint">
              A long code, shown once, that opens the journal if you forget the passphrase.
            </span>
          </span>
        </label>
        {error ? (
          <p className="message message--error" role="alert">
            {error}
          </p>
        ) : null}
        <button className="button button--primary button--wide" type="submit" disabled={!ready}>
          {busy ? 'Creating your journal…' : 'Create journal'}
        </button>
      </form>
    </GateLayout>
  );
}
