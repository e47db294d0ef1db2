import { useId } from 'react';
import { SCORE_MIN_MAX } from './score-range';
import type { SearchFilters } from './useSearch';
import { useCatalog } from '../../../catalog/catalog';
import { RelationshipSelect } from '../../../components/RelationshipSelect';

type Props = Readonly<{ filters: SearchFilters; onChange(filters: SearchFilters): void }>;

function without<K extends keyof SearchFilters>(filters: SearchFilters, key: K): SearchFilters {
  const next = { ...filters };
  delete next[key];
  return next;
}

/** Narrow a search by dates, a person, a dimension's score range or a sign. */
export function SearchFiltersForm({ filters, onChange }: Props) {
  const { relationships, dimensions, signs } = useCatalog();
  const id = useId();
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K] | undefined) =>
    onChange(
      value === undefined || value === '' ? without(filters, key) : { ...filters, [key]: value },
    );
  const dim = filters.dimension;
  return (
    <div className="filters" role="group" aria-label="Search filters">
      <div className="filters__row">
        <label className="filters__field">
          <span>From</span>
          <input
            type="date"
            className="input input--small"
            value={filters.from ?? ''}
            onChange={(e) => set('from', e.target.value || undefined)}
          />
        </label>
        <label className="filters__field">
          <span>To</span>
          <input
            type="date"
            className="input input--small"
            value={filters.to ?? ''}
            onChange={(e) => set('to', e.target.value || undefined)}
          />
        </label>
      </div>
      <label className="filters__field">
        <span>Person</span>
        <RelationshipSelect
          className="input input--small"
          relationships={relationships}
          value={filters.relationshipId ?? ''}
          anyLabel="Anyone"
          onChange={(id) => set('relationshipId', id || undefined)}
        />
      </label>
      <label className="filters__field">
        <span>Sign</span>
        <select
          className="input input--small"
          value={filters.sign ?? ''}
          onChange={(e) => set('sign', e.target.value || undefined)}
        >
          <option value="">Any</option>
          {signs.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <div className="filters__row">
        <label className="filters__field filters__field--grow">
          <span>Dimension</span>
          <select
            className="input input--small"
            value={dim?.key ?? ''}
            onChange={(e) =>
              set(
                'dimension',
                e.target.value
                  ? { key: e.target.value, min: dim?.min ?? 1, max: dim?.max ?? 7 }
                  : undefined,
              )
            }
          >
            <option value="">Any</option>
            {dimensions.map((d) => (
              <option key={d.key} value={d.key}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        {dim ? (
          <>
            <label className="filters__field">
              <span id={`${id}-min`}>Min</span>
              <select
                className="input input--small"
                aria-labelledby={`${id}-min`}
                value={dim.min}
                onChange={(e) =>
                  set('dimension', { ...dim, min: Math.min(Number(e.target.value), dim.max) })
                }
              >
                {SCORE_MIN_MAX.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
            <label className="filters__field">
              <span id={`${id}-max`}>Max</span>
              <select
                className="input input--small"
                aria-labelledby={`${id}-max`}
                value={dim.max}
                onChange={(e) =>
                  set('dimension', { ...dim, max: Math.max(Number(e.target.value), dim.min) })
                }
              >
                {SCORE_MIN_MAX.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
          </>
        ) : null}
      </div>
      <button type="button" className="link-button" onClick={() => onChange({})}>
        Clear filters
      </button>
    </div>
  );
}
