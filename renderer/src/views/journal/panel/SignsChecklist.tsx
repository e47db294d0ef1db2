import { SIGN_KINDS, type SignKind } from '../../../../../main/contract';
import { useCatalog } from '../../../catalog/catalog';

type Props = Readonly<{ selected: readonly string[]; onChange(keys: string[]): void }>;

const TITLES: Readonly<Record<SignKind, string>> = {
  warning: 'Drifting signs',
  healthy: 'Healthy signs',
};

/** The signs checklist: what showed up in this moment, warning and healthy, both as data. */
export function SignsChecklist({ selected, onChange }: Props) {
  const { signs } = useCatalog();
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...selected, key] : selected.filter((s) => s !== key));
  return (
    <div className="panel-section">
      <h3 className="panel-section__title">Signs you noticed</h3>
      {SIGN_KINDS.map((kind) => {
        const list = signs.filter(
          (s) => s.kind === kind && (!s.hidden || selected.includes(s.key)),
        );
        if (list.length === 0) return null;
        return (
          <fieldset key={kind} className="panel-group" data-kind={kind}>
            <legend className="panel-group__title panel-group__title--small">{TITLES[kind]}</legend>
            {list.map((sign) => (
              <label key={sign.key} className="check-row">
                <input
                  type="checkbox"
                  checked={selected.includes(sign.key)}
                  onChange={(e) => toggle(sign.key, e.target.checked)}
                />
                <span>{sign.label}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
