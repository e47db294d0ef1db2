import { type FormEvent, useEffect, useState } from 'react';
import {
  RELATIONSHIP_KINDS,
  type Relationship,
  type RelationshipKind,
} from '../../../../../main/contract';
import { call, messageOf } from '../../../app/client';
import { KIND_LABELS, RELATIONSHIP_COLORS, nextColor } from '../../../catalog/catalog';
import { SectionStatus, type Status } from './SectionStatus';

/** Settings ▸ People: rename, recolour, archive, and add the people you write about. */
export function RelationshipsSection() {
  const [people, setPeople] = useState<Relationship[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RelationshipKind>('partner');

  useEffect(() => {
    let live = true;
    call('listRelationships')
      .then((list) => live && setPeople(list))
      .catch((e: unknown) => live && setStatus({ kind: 'error', text: messageOf(e) }));
    return () => {
      live = false;
    };
  }, []);

  const save = async (person: Relationship) => {
    try {
      const saved = await call('saveRelationship', person);
      setPeople((list) =>
        list.some((p) => p.id === saved.id)
          ? list.map((p) => (p.id === saved.id ? saved : p))
          : [...list, saved],
      );
      setStatus({ kind: 'saved', text: 'Saved' });
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    }
  };

  const editLocal = (id: string, patch: Partial<Relationship>) =>
    setPeople((list) => list.map((p) => (p.id === id ? { ...p, ...patch } : p)));

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void save({
      id: crypto.randomUUID(),
      name: name.trim(),
      kind,
      color: nextColor(people),
      archived: false,
    });
    setName('');
  };

  return (
    <section className="settings-section" aria-labelledby="people-title">
      <header className="settings-section__header">
        <h2 className="settings-section__title" id="people-title">
          People
        </h2>
        <SectionStatus status={status} />
      </header>
      <p className="settings-section__intro">
        The people and groups your entries are about. Archiving someone hides them from the pickers
        but keeps every entry about them.
      </p>
      {people.length === 0 ? (
        <p className="settings-section__empty">
          Nobody yet. Add a partner, a family member, a friend or a colleague below, or straight
          from an entry.
        </p>
      ) : (
        <ul className="settings-list">
          {people.map((p) => (
            <li key={p.id} className="settings-item settings-item--row" data-hidden={p.archived}>
              <label className="settings-field settings-field--wide">
                <span>Name</span>
                <input
                  className="input input--small"
                  value={p.name}
                  onChange={(e) => editLocal(p.id, { name: e.target.value })}
                  onBlur={() => p.name.trim() && void save(p)}
                />
              </label>
              <label className="settings-field">
                <span>Kind</span>
                <select
                  className="input input--small"
                  value={p.kind}
                  onChange={(e) => void save({ ...p, kind: e.target.value as RelationshipKind })}
                >
                  {RELATIONSHIP_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="settings-field">
                <span>Colour</span>
                <select
                  className="input input--small swatch-select"
                  value={p.color}
                  style={{ ['--chip' as string]: p.color }}
                  onChange={(e) => void save({ ...p, color: e.target.value })}
                >
                  {[...new Set([p.color, ...RELATIONSHIP_COLORS])].map((c, i) => (
                    <option key={c} value={c}>
                      {COLOR_NAMES[RELATIONSHIP_COLORS.indexOf(c as never)] ?? `Colour ${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
              <label className="check-row settings-item__archive">
                <input
                  type="checkbox"
                  checked={p.archived}
                  onChange={(e) => void save({ ...p, archived: e.target.checked })}
                />
                <span>Archived</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <form className="settings-block settings-add" onSubmit={add} aria-labelledby="add-person">
        <h3 className="settings-block__title" id="add-person">
          Add someone
        </h3>
        <label className="settings-field">
          <span>Name</span>
          <input
            className="input input--small"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="settings-field">
          <span>Kind</span>
          <select
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
        </label>
        <button type="submit" className="button">
          Add person
        </button>
      </form>
    </section>
  );
}

const COLOR_NAMES = ['Rose', 'Amber', 'Ochre', 'Green', 'Teal', 'Blue', 'Violet', 'Plum'];
