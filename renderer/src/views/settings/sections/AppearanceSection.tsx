import { useEffect, useState } from 'react';
import { TEXT_SIZES, THEMES, type Settings } from '../../../../../main/contract';
import { applyAppearance, type Appearance } from '../../../app/appearance';
import { call, messageOf } from '../../../app/client';
import { SectionStatus, type Status } from './SectionStatus';

const THEME_LABELS: Readonly<Record<Settings['theme'], string>> = {
  system: 'Match my computer',
  light: 'Light',
  dark: 'Dark',
};
const SIZE_LABELS: Readonly<Record<Settings['textSize'], string>> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};

/** Settings ▸ Appearance: light or dark, and how large the writing is. */
export function AppearanceSection() {
  const [value, setValue] = useState<Appearance | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    let live = true;
    call('getSettings')
      .then((s) => live && setValue({ theme: s.theme, textSize: s.textSize }))
      .catch((e: unknown) => live && setStatus({ kind: 'error', text: messageOf(e) }));
    return () => {
      live = false;
    };
  }, []);

  const choose = async (patch: Partial<Appearance>) => {
    if (!value) return;
    const next = { ...value, ...patch };
    setValue(next);
    applyAppearance(next);
    try {
      const saved = await call('saveSettings', patch);
      setStatus({ kind: 'saved', text: 'Saved' });
      applyAppearance(saved);
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    }
  };

  return (
    <section className="settings-section" aria-labelledby="appearance-title">
      <header className="settings-section__header">
        <h2 className="settings-section__title" id="appearance-title">
          Appearance
        </h2>
        <SectionStatus status={status} />
      </header>
      <div className="settings-block">
        <fieldset className="choice-group" disabled={!value}>
          <legend className="field__label">Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="choice">
              <input
                type="radio"
                name="theme"
                checked={value?.theme === theme}
                onChange={() => void choose({ theme })}
              />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group" disabled={!value}>
          <legend className="field__label">Text size</legend>
          {TEXT_SIZES.map((textSize) => (
            <label key={textSize} className="choice">
              <input
                type="radio"
                name="text-size"
                checked={value?.textSize === textSize}
                onChange={() => void choose({ textSize })}
              />
              {SIZE_LABELS[textSize]}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
