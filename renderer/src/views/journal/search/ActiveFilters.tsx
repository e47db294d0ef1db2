import type { Dimension, Relationship, Sign } from '../../../../../main/contract';
import { formatDate } from '../../../format/dates';
import type { SearchFilters } from './useSearch';
import './search.css';

type Props = Readonly<{
  filters: SearchFilters;
  relationships: readonly Relationship[];
  dimensions: readonly Dimension[];
  signs: readonly Sign[];
  onChange(filters: SearchFilters): void;
}>;

type Chip = Readonly<{ key: keyof SearchFilters; label: string }>;

/** Each filter that is on, in words, as the person would say it. */
export function filterChips(
  filters: SearchFilters,
  catalog: Pick<Props, 'relationships' | 'dimensions' | 'signs'>,
): Chip[] {
  const chips: Chip[] = [];
  if (filters.from) chips.push({ key: 'from', label: `From ${formatDate(filters.from)}` });
  if (filters.to) chips.push({ key: 'to', label: `To ${formatDate(filters.to)}` });
  if (filters.relationshipId) {
    const who = catalog.relationships.find((r) => r.id === filters.relationshipId);
    chips.push({ key: 'relationshipId', label: `About ${who?.name ?? 'someone'}` });
  }
  if (filters.sign) {
    const sign = catalog.signs.find((s) => s.key === filters.sign);
    chips.push({ key: 'sign', label: `Sign: ${sign?.label ?? filters.sign}` });
  }
  if (filters.dimension) {
    const { key, min, max } = filters.dimension;
    const name = catalog.dimensions.find((d) => d.key === key)?.name ?? key;
    chips.push({ key: 'dimension', label: `${name} ${min === max ? min : `${min}–${max}`}` });
  }
  return chips;
}

/**
 * The filters that are on, shown while their panel is closed: each can be taken off on its
 * own, or all at once. Without this a narrowed search looks like a journal with few entries.
 */
export function ActiveFilters({ filters, onChange, ...catalog }: Props) {
  const chips = filterChips(filters, catalog);
  if (chips.length === 0) return null;
  const remove = (key: keyof SearchFilters) => {
    const next = { ...filters };
    delete next[key];
    onChange(next);
  };
  return (
    <div className="active-filters" role="group" aria-label="Filters on">
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          className="active-filter"
          aria-label={`Remove filter: ${chip.label}`}
          title="Remove this filter"
          onClick={() => remove(chip.key)}
        >
          <span className="active-filter__label">{chip.label}</span>
          <span className="active-filter__x" aria-hidden="true">
            ×
          </span>
        </button>
      ))}
      {chips.length > 1 ? (
        <button type="button" className="link-button" onClick={() => onChange({})}>
          Clear all
        </button>
      ) : null}
    </div>
  );
}
