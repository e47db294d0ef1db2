import type { BucketSize, Relationship } from '../../../../main/contract';
import { RelationshipSelect } from '../../components/RelationshipSelect';
import { BUCKET_LABELS, PRESETS, PRESET_LABELS, type Preset } from './range';

export type Layout = 'multiples' | 'overlaid';

export type Choice = Readonly<{
  preset: Preset;
  custom: Readonly<{ from: string; to: string }>;
  bucket: BucketSize | 'auto';
  relationshipId: string;
  layout: Layout;
}>;

type Props = Readonly<{
  choice: Choice;
  /** The bucket size the journal picked for "auto". */
  autoBucket: BucketSize | null;
  relationships: readonly Relationship[];
  onChange(next: Choice): void;
}>;

/** Range presets and custom dates, bucket size, relationship, and how the charts are laid out. */
export function TrendControls({ choice, autoBucket, relationships, onChange }: Props) {
  const set = (patch: Partial<Choice>) => onChange({ ...choice, ...patch });
  return (
    <div className="trend-controls">
      <div className="trend-segments" role="radiogroup" aria-label="Range">
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={choice.preset === p}
            className="trend-segment"
            onClick={() => set({ preset: p })}
          >
            {PRESET_LABELS[p]}
          </button>
        ))}
      </div>
      {choice.preset === 'custom' ? (
        <div className="trend-custom">
          <label className="trend-control">
            <span>From</span>
            <input
              className="input"
              type="date"
              value={choice.custom.from}
              max={choice.custom.to}
              onChange={(e) =>
                e.target.value && set({ custom: { ...choice.custom, from: e.target.value } })
              }
            />
          </label>
          <label className="trend-control">
            <span>To</span>
            <input
              className="input"
              type="date"
              value={choice.custom.to}
              min={choice.custom.from}
              onChange={(e) =>
                e.target.value && set({ custom: { ...choice.custom, to: e.target.value } })
              }
            />
          </label>
        </div>
      ) : null}
      <label className="trend-control">
        <span>Group by</span>
        <select
          className="input"
          value={choice.bucket}
          onChange={(e) => set({ bucket: e.target.value as Choice['bucket'] })}
        >
          <option value="auto">
            Auto{autoBucket ? ` (${BUCKET_LABELS[autoBucket].toLowerCase()})` : ''}
          </option>
          <option value="day">Days</option>
          <option value="week">Weeks</option>
          <option value="month">Months</option>
        </select>
      </label>
      <label className="trend-control">
        <span>Relationship</span>
        <RelationshipSelect
          className="input"
          relationships={relationships}
          value={choice.relationshipId}
          anyLabel="Everyone"
          onChange={(relationshipId) => set({ relationshipId })}
        />
      </label>
      <div className="trend-segments" role="radiogroup" aria-label="Layout">
        {(['multiples', 'overlaid'] as const).map((l) => (
          <button
            key={l}
            type="button"
            role="radio"
            aria-checked={choice.layout === l}
            className="trend-segment"
            onClick={() => set({ layout: l })}
          >
            {l === 'multiples' ? 'One chart each' : 'Together'}
          </button>
        ))}
      </div>
    </div>
  );
}
