import type { Relationship } from '../../../main/contract';

type Props = Readonly<{
  relationships: readonly Relationship[];
  /** The chosen relationship's id, or '' for nobody in particular. */
  value: string;
  /** What '' is called here: "Everyone", "Anyone". */
  anyLabel: string;
  className: string;
  onChange(id: string): void;
}>;

/** A choice of one relationship, or none: the filters of the timeline, search and trends. */
export function RelationshipSelect({ relationships, value, anyLabel, className, onChange }: Props) {
  return (
    <select className={className} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{anyLabel}</option>
      {relationships.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </select>
  );
}
