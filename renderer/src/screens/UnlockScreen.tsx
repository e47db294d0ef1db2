import { type FormEvent, useEffect, useState } from 'react';
import { ClientError, call, messageOf } from '../app/client';
import { GateLayout } from '../components/GateLayout';
import { PassphraseField } from '../components/PassphraseField';

export function UnlockScreen({
  onUnlocked,
  retryAfterMs,
}: {
  onUnlocked(): void;
  retryAfterMs: number;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(() =>
    retryAfterMs > 0 ? Date.now() + retryAfterMs : 0,
  );
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waitUntil, now]);

  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || busy || waitSeconds > 0) return;
    setBusy(true);
    setError(null);
    try {
      await call('unlock', { passphrase });
      setPassphrase('');
      onUnlocked();
    } catch (e) {
      setBusy(false);
      setError(messageOf(e));
      if (e instanceof ClientError && e.retryAfterMs) {
        setWaitUntil(Date.now() + e.retryAfterMs);
        setNow(Date.now());
      }
    }
  };

  return (
    <GateLayout
      title="Welcome back"
      intro={<p>Your journal is locked. Enter your passphrase to open it.</p>}
    >
      <form className="gate__form" onSubmit={submit} noValidate>
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={(v) => {
            setPassphrase(v);
            setError(null);
          }}
          autoFocus
          autoComplete="current-password"
          invalid={error !== null}
          describedBy={error ? 'unlock-error' : undefined}
          disabled={busy}
        />
        {error ? (
          <p className="message message--error" id="unlock-error" role="alert">
            {error}
          </p>
        ) : null}
        <button
          className="button button--primary button--wide"
          type="submit"
          disabled={!passphrase || busy || waitSeconds > 0}
        >
          {busy ? 'Unlocking…' : waitSeconds > 0 ? `Try again in ${waitSeconds} s` : 'Unlock'}
        </button>
      </form>
    </GateLayout>
  );
}
