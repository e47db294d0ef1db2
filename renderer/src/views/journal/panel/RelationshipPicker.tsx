import { type FormEvent, useId, useState } from 'react';
import {
  RELATIONSHIP_KINDS,
  type Relationship,
  type RelationshipKind,
} from '../../../../../main/contract';
import { messageOf } from '../../../app/client';
import { KIND_LABELS, nextColor, useCatalog } from '../../../catalog/catalog';

type Props = Readonly<{ selected: readonly string[]; onChange(ids: string[]): void }>;

/** Who the entry is about: one or more people, and a quick way to add someone new. */
export function RelationshipPicker({ selected, onChange }: Props) {
  const { relationships, saveRelationship } = useCatalog();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RelationshipKind>('partner');
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const kindId = useId();
  const shown = relationships.filter((r) => !r.archived || selected.includes(r.id));

  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const relationship: Relationship = {
      id: crypto.randomUUID(),
      name: name.trim(),
      kind,
      color: nextColor(relationships),
      archived: false,
    };
    try {
      await saveRelationship(relationship);
      onChange([...selected, relationship.id]);
      setName('');
      setAdding(false);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <fieldset className="panel-group">
      <legend className="panel-group__title">Who was it about?</legend>
      {shown.length === 0 && !adding ? (
        <p className="panel-group__hint">Add the people you write about, then tap to link them.</p>
      ) : null}
      <div className="chips">
        {shown.map((r) => (
          <label key={r.id} className="chip-toggle" style={{ ['--chip' as string]: r.color }}>
            <input
              type="checkbox"
              checked={selected.includes(r.id)}
              onChange={(e) => toggle(r.id, e.target.checked)}
            />
            <span className="chip-toggle__dot" aria-hidden="true" />
            {r.name}
          </label>
        ))}
      </div>
      {adding ? (
        <form className="add-person" onSubmit={(e) => void add(e)}>
          <label className="visually-hidden" htmlFor={nameId}>
            Name
          </label>
          <input
            id={nameId}
            className="input input--small"
            placeholder="Name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoFocus
          />
          <label className="visually-hidden" htmlFor={kindId}>
            Kind of relationship
          </label>
          <select
            id={kindId}
            className="input input--small"
            value={kind}
            onChange={(e) => setKind(e.target.value as RelationshipKind)}
          >
            {RELATIONSHIP_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small">
            Add
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setAdding(false)}
          >
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setAdding(true)}>
          + Add someone
        </button>
      )}
      {error ? (
        <p className="message message--error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
