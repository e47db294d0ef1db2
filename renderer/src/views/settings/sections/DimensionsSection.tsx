import { type FormEvent, useEffect, useState } from 'react';
import type { Dimension } from '../../../../../main/contract';
import { call, messageOf } from '../../../app/client';
import { keyFor, move } from './keys';
import { SectionStatus, type Status } from './SectionStatus';

/** Settings ▸ Dimensions: rename, reorder, hide, and add your own with its two ends. */
export function DimensionsSection() {
  const [saved, setSaved] = useState<readonly Dimension[] | null>(null);
  const [draft, setDraft] = useState<Dimension[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [adding, setAdding] = useState({ name: '', lowLabel: '', highLabel: '' });

  useEffect(() => {
    let live = true;
    call('listDimensions')
      .then((list) => {
        if (!live) return;
        setSaved(list);
        setDraft(list);
      })
      .catch((e: unknown) => live && setStatus({ kind: 'error', text: messageOf(e) }));
    return () => {
      live = false;
    };
  }, []);

  const edit = (index: number, patch: Partial<Dimension>) => {
    setDraft((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
    setStatus(null);
  };

  const save = async (list: Dimension[]) => {
    if (list.some((d) => !d.name.trim() || !d.lowLabel.trim() || !d.highLabel.trim())) {
      setStatus({ kind: 'error', text: 'Every dimension needs a name and both ends.' });
      return;
    }
    try {
      const result = await call('saveDimensions', list);
      setSaved(result);
      setDraft(result);
      setStatus({ kind: 'saved', text: 'Saved' });
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = adding.name.trim();
    if (!name || !adding.lowLabel.trim() || !adding.highLabel.trim()) {
      setStatus({ kind: 'error', text: 'A new dimension needs a name and both ends.' });
      return;
    }
    const dimension: Dimension = {
      key: keyFor(
        name,
        draft.map((d) => d.key),
      ),
      name,
      lowLabel: adding.lowLabel.trim(),
      highLabel: adding.highLabel.trim(),
      hidden: false,
      builtin: false,
      prompts: [],
    };
    setAdding({ name: '', lowLabel: '', highLabel: '' });
    void save([...draft, dimension]);
  };

  const changed = JSON.stringify(saved) !== JSON.stringify(draft);

  return (
    <section className="settings-section" aria-labelledby="dimensions-title">
      <header className="settings-section__header">
        <h2 className="settings-section__title" id="dimensions-title">
          Dimensions
        </h2>
        <SectionStatus status={status} />
      </header>
      <p className="settings-section__intro">
        Each entry can be rated from 1 to 7 on these. Rename them in your own words, put the ones
        that matter most first, hide the ones that don’t fit your life, or add one of your own.
        Hiding keeps past ratings; they just stop asking.
      </p>
      <ol className="settings-list">
        {draft.map((d, index) => (
          <li key={d.key} className="settings-item" data-hidden={d.hidden}>
            <div className="settings-item__fields">
              <label className="settings-field settings-field--wide">
                <span>Name</span>
                <input
                  className="input input--small"
                  value={d.name}
                  onChange={(e) => edit(index, { name: e.target.value })}
                />
              </label>
              <label className="settings-field">
                <span>1 means</span>
                <input
                  className="input input--small"
                  value={d.lowLabel}
                  aria-label={`${d.name}: what 1 means`}
                  onChange={(e) => edit(index, { lowLabel: e.target.value })}
                />
              </label>
              <label className="settings-field">
                <span>7 means</span>
                <input
                  className="input input--small"
                  value={d.highLabel}
                  aria-label={`${d.name}: what 7 means`}
                  onChange={(e) => edit(index, { highLabel: e.target.value })}
                />
              </label>
            </div>
            <div className="settings-item__actions">
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={!d.hidden}
                  onChange={(e) => edit(index, { hidden: !e.target.checked })}
                  aria-label={`Show ${d.name}`}
                />
                <span aria-hidden="true">Show</span>
              </label>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Move ${d.name} up`}
                disabled={index === 0}
                onClick={() => setDraft((list) => move(list, index, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Move ${d.name} down`}
                disabled={index === draft.length - 1}
                onClick={() => setDraft((list) => move(list, index, 1))}
              >
                ↓
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="settings-section__row">
        <button
          type="button"
          className="button button--primary"
          disabled={!changed}
          onClick={() => void save(draft)}
        >
          Save dimensions
        </button>
        {changed ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setDraft([...(saved ?? [])])}
          >
            Undo changes
          </button>
        ) : null}
      </div>
      <form className="settings-block settings-add" onSubmit={add} aria-labelledby="add-dimension">
        <h3 className="settings-block__title" id="add-dimension">
          Add a dimension
        </h3>
        <label className="settings-field">
          <span>Name</span>
          <input
            className="input input--small"
            value={adding.name}
            placeholder="e.g. Sleep"
            onChange={(e) => setAdding({ ...adding, name: e.target.value })}
          />
        </label>
        <label className="settings-field">
          <span>What 1 means</span>
          <input
            className="input input--small"
            value={adding.lowLabel}
            placeholder="e.g. Barely slept"
            onChange={(e) => setAdding({ ...adding, lowLabel: e.target.value })}
          />
        </label>
        <label className="settings-field">
          <span>What 7 means</span>
          <input
            className="input input--small"
            value={adding.highLabel}
            placeholder="e.g. Woke up rested"
            onChange={(e) => setAdding({ ...adding, highLabel: e.target.value })}
          />
        </label>
        <button type="submit" className="button">
          Add dimension
        </button>
      </form>
    </section>
  );
}
