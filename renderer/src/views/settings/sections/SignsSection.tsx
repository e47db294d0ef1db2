import { type FormEvent, useEffect, useState } from 'react';
import { SIGN_KINDS, type Sign, type SignKind } from '../../../../../main/contract';
import { call, messageOf } from '../../../app/client';
import { keyFor } from './keys';
import { SectionStatus, type Status } from './SectionStatus';

const KIND_LABELS: Readonly<Record<SignKind, string>> = {
  warning: 'Drifting',
  healthy: 'Healthy',
};

/** Settings ▸ Signs: the checklist beside each entry, in your words. */
export function SignsSection() {
  const [signs, setSigns] = useState<Sign[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<SignKind>('warning');

  useEffect(() => {
    let live = true;
    call('listSigns')
      .then((list) => live && setSigns(list))
      .catch((e: unknown) => live && setStatus({ kind: 'error', text: messageOf(e) }));
    return () => {
      live = false;
    };
  }, []);

  const save = async (list: Sign[]) => {
    const previous = signs;
    setSigns(list);
    try {
      setSigns(await call('saveSigns', list));
      setStatus({ kind: 'saved', text: 'Saved' });
    } catch (e) {
      setSigns(previous);
      setStatus({ kind: 'error', text: messageOf(e) });
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return;
    const key = keyFor(
      label,
      signs.map((s) => s.key),
    );
    setLabel('');
    void save([...signs, { key, label: label.trim(), kind, hidden: false, builtin: false }]);
  };

  return (
    <section className="settings-section" aria-labelledby="signs-title">
      <header className="settings-section__header">
        <h2 className="settings-section__title" id="signs-title">
          Signs
        </h2>
        <SectionStatus status={status} />
      </header>
      <p className="settings-section__intro">
        Signs are small, concrete things you can tick when they happen. Untick one to stop seeing it
        beside your entries; entries that already have it keep it.
      </p>
      {SIGN_KINDS.map((k) => (
        <fieldset key={k} className="settings-block">
          <legend className="settings-block__title">{KIND_LABELS[k]} signs</legend>
          {signs
            .filter((s) => s.kind === k)
            .map((s) => (
              <label key={s.key} className="check-row">
                <input
                  type="checkbox"
                  checked={!s.hidden}
                  onChange={(e) =>
                    void save(
                      signs.map((x) => (x.key === s.key ? { ...x, hidden: !e.target.checked } : x)),
                    )
                  }
                />
                <span>{s.label}</span>
              </label>
            ))}
        </fieldset>
      ))}
      <form className="settings-block settings-add" onSubmit={add} aria-labelledby="add-sign">
        <h3 className="settings-block__title" id="add-sign">
          Add a sign
        </h3>
        <label className="settings-field">
          <span>What you noticed</span>
          <input
            className="input input--small"
            value={label}
            placeholder="e.g. checked my phone for their reply"
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <label className="settings-field">
          <span>Kind</span>
          <select
            className="input input--small"
            value={kind}
            onChange={(e) => setKind(e.target.value as SignKind)}
          >
            {SIGN_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          Add sign
        </button>
      </form>
    </section>
  );
}
