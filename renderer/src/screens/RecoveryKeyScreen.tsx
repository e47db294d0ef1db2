import { useState } from 'react';
import { GateLayout } from '../components/GateLayout';

/** Shown once, right after creation. The key is never stored anywhere Twofold can show it again. */
export function RecoveryKeyScreen({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone(): void;
}) {
  const [stored, setStored] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <GateLayout
      title="Your recovery key"
      intro={
        <p>
          If you ever forget your passphrase, this key is the only other way in. Write it on paper
          or keep it in a password manager. Twofold will not show it again.
        </p>
      }
    >
      <div className="recovery">
        <code className="recovery__key" aria-label="Recovery key">
          {recoveryKey}
        </code>
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        <span className="checkbox__label">I have put my recovery key somewhere safe</span>
      </label>
      <button
        className="button button--primary button--wide"
        type="button"
        disabled={!stored}
        onClick={onDone}
      >
        Open my journal
      </button>
    </GateLayout>
  );
}
