import type { EntryInput } from '../../../../../main/contract';
import { useCatalog } from '../../../catalog/catalog';
import { DimensionControl } from './DimensionControl';
import { EntryDateField } from './EntryDateField';
import { RelationshipPicker } from './RelationshipPicker';
import { SignsChecklist } from './SignsChecklist';
import { ENTRY_PANEL_EXTRAS } from './slots';

type Props = Readonly<{
  input: EntryInput;
  change(patch: Partial<EntryInput>): void;
  onInsertPrompt(prompt: string): void;
}>;

/** Beside the editor: the day, who it was about, the dimensions and the signs. */
export function EntrySidePanel({ input, change, onInsertPrompt }: Props) {
  const { dimensions } = useCatalog();
  const visible = dimensions.filter((d) => !d.hidden || input.scores[d.key] !== undefined);
  const setScore = (key: string, value: number | undefined) => {
    const next: Record<string, number> = { ...input.scores };
    if (value === undefined) delete next[key];
    else next[key] = value;
    change({ scores: next });
  };
  const rated = visible.filter((d) => input.scores[d.key] !== undefined).length;
  return (
    <aside className="entry-panel" aria-label="About this entry">
      <EntryDateField date={input.date} onChange={(date) => change({ date })} />
      <RelationshipPicker
        selected={input.relationships}
        onChange={(relationships) => change({ relationships })}
      />
      <div className="panel-section">
        <h3 className="panel-section__title">
          How did you show up?{' '}
          <span className="panel-section__count">
            {rated} of {visible.length} rated
          </span>
        </h3>
        <p className="panel-group__hint">
          1 is losing yourself in them, 7 is leaning on each other while you both stay whole. Leave
          any that didn’t come up.
        </p>
        {visible.map((dimension) => (
          <DimensionControl
            key={dimension.key}
            dimension={dimension}
            value={input.scores[dimension.key]}
            onChange={(value) => setScore(dimension.key, value)}
            onInsertPrompt={onInsertPrompt}
          />
        ))}
      </div>
      <SignsChecklist selected={input.signs} onChange={(signs) => change({ signs })} />
      {ENTRY_PANEL_EXTRAS.map((Extra, i) => (
        <Extra key={i} input={input} change={change} />
      ))}
    </aside>
  );
}
