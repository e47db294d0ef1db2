import { type FormEvent, useEffect, useState } from 'react';
import { type BackupInfo, CURRENT_RESTORE_POINT } from '../../../main/contract';
import { ClientError, call, messageOf } from '../app/client';
import { GateLayout } from '../components/GateLayout';
import { PassphraseField } from '../components/PassphraseField';

function useRetryCountdown(retryAfterMs: number) {
  const [waitUntil, setWaitUntil] = useState(() =>
    retryAfterMs > 0 ? Date.now() + retryAfterMs : 0,
  );
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waitUntil, now]);

  return {
    waitSeconds: Math.max(0, Math.ceil((waitUntil - now) / 1000)),
    noteError(error: unknown) {
      if (error instanceof ClientError && error.retryAfterMs) {
        setWaitUntil(Date.now() + error.retryAfterMs);
        setNow(Date.now());
      }
    },
  };
}

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
  const [damaged, setDamaged] = useState<BackupInfo[] | null>(null);
  const { waitSeconds, noteError } = useRetryCountdown(retryAfterMs);

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
      if (e instanceof ClientError && e.code === 'DAMAGED') {
        // The journal's own files are not touched; what can be restored was just checked.
        setPassphrase('');
        setDamaged(await call('listBackups').catch(() => []));
        setBusy(false);
        return;
      }
      setBusy(false);
      setError(messageOf(e));
      noteError(e);
    }
  };

  if (damaged) {
    return <RestoreScreen points={damaged} onRestored={onUnlocked} />;
  }

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

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const shortDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function dateOf(point: BackupInfo, format = longDate): string {
  return format.format(new Date(point.createdAt));
}

function actionFor(point: BackupInfo): string {
  return point.id === CURRENT_RESTORE_POINT
    ? `Restore my journal as of ${dateOf(point, shortDate)}`
    : `Restore the backup from ${dateOf(point, shortDate)}`;
}

function explain(point: BackupInfo): string {
  return point.id === CURRENT_RESTORE_POINT
    ? 'Most of your journal is intact. Restoring keeps everything saved before the damage; only what came after it is lost.'
    : 'This is the newest backup that is intact. Entries and changes written after it was made will not be in it.';
}

/**
 * After damage: what happened in plain words, and the newest good restore point, restored with
 * the passphrase. The damaged files are kept aside by the core, never deleted.
 */
function RestoreScreen({ points, onRestored }: { points: BackupInfo[]; onRestored(): void }) {
  const [index, setIndex] = useState(0);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { waitSeconds, noteError } = useRetryCountdown(0);
  const point = points[index];

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (!point || !passphrase || busy || waitSeconds > 0) return;
    setBusy(true);
    setError(null);
    try {
      await call('restoreBackup', { passphrase, backupId: point.id });
      setPassphrase('');
      onRestored();
    } catch (e) {
      setBusy(false);
      noteError(e);
      if (e instanceof ClientError && e.code === 'DAMAGED' && index + 1 < points.length) {
        setIndex(index + 1);
        setError('That copy turned out to be damaged too. The next one below is older.');
      } else {
        setError(messageOf(e));
      }
    }
  };

  return (
    <GateLayout
      title="Your journal needs repair"
      intro={
        <>
          <p>
            Some of your journal&rsquo;s files are damaged, or were changed outside Twofold, so it
            did not open them. Nothing has been changed or deleted.
          </p>
          {point ? (
            <p>
              You can restore a copy that is intact. The damaged files are kept beside it, in case
              you need them later.
            </p>
          ) : null}
        </>
      }
    >
      {point ? (
        <form className="gate__form restore-form" onSubmit={restore} noValidate>
          <div className="restore-point">
            <p className="restore-point__when">{dateOf(point)}</p>
            <p className="restore-point__what">{explain(point)}</p>
            {points.length > 1 ? (
              <label className="restore-point__choose">
                <span>Restore from</span>
                <select
                  className="input"
                  value={point.id}
                  onChange={(e) => {
                    setIndex(points.findIndex((p) => p.id === e.target.value));
                    setError(null);
                  }}
                  disabled={busy}
                >
                  {points.map((p, i) => (
                    <option key={p.id} value={p.id}>
                      {i === 0 ? `${dateOf(p, shortDate)} (newest)` : dateOf(p, shortDate)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
          <PassphraseField
            label="Passphrase"
            hint="The same passphrase you use to open your journal."
            value={passphrase}
            onChange={(v) => {
              setPassphrase(v);
              setError(null);
            }}
            autoFocus
            autoComplete="current-password"
            invalid={error !== null}
            describedBy={error ? 'restore-error' : undefined}
            disabled={busy}
          />
          {error ? (
            <p className="message message--error" id="restore-error" role="alert">
              {error}
            </p>
          ) : null}
          <button
            className="button button--primary button--wide"
            type="submit"
            disabled={!passphrase || busy || waitSeconds > 0}
          >
            {busy
              ? 'Restoring…'
              : waitSeconds > 0
                ? `Try again in ${waitSeconds} s`
                : actionFor(point)}
          </button>
        </form>
      ) : (
        <p className="message message--info" role="status">
          Twofold found no intact backup in the journal&rsquo;s folder. If you made a backup file
          with <code>journal backup</code>, you can bring it back with{' '}
          <code>journal restore FILE</code>.
        </p>
      )}
    </GateLayout>
  );
}
