import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Dimension, Relationship, Sign } from '../../../main/contract';
import { call, messageOf } from '../app/client';

export type Catalog = Readonly<{
  dimensions: readonly Dimension[];
  signs: readonly Sign[];
  relationships: readonly Relationship[];
  error: string | null;
  saveRelationship(relationship: Relationship): Promise<Relationship>;
  reload(): Promise<void>;
}>;

const EMPTY: Catalog = {
  dimensions: [],
  signs: [],
  relationships: [],
  error: null,
  saveRelationship: (r) => Promise.resolve(r),
  reload: () => Promise.resolve(),
};

const CatalogContext = createContext<Catalog>(EMPTY);

/** The journal's own lists (dimensions, signs, people), loaded once per view and shared. */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const [dimensions, setDimensions] = useState<readonly Dimension[]>([]);
  const [signs, setSigns] = useState<readonly Sign[]>([]);
  const [relationships, setRelationships] = useState<readonly Relationship[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [d, s, r] = await Promise.all([
        call('listDimensions'),
        call('listSigns'),
        call('listRelationships'),
      ]);
      setDimensions(d);
      setSigns(s);
      setRelationships(r);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const saveRelationship = useCallback(async (relationship: Relationship) => {
    const saved = await call('saveRelationship', relationship);
    setRelationships((list) => {
      const at = list.findIndex((r) => r.id === saved.id);
      if (at < 0) return [...list, saved];
      const next = list.slice();
      next[at] = saved;
      return next;
    });
    return saved;
  }, []);

  const value = useMemo<Catalog>(
    () => ({ dimensions, signs, relationships, error, saveRelationship, reload }),
    [dimensions, signs, relationships, error, saveRelationship, reload],
  );
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

export function useCatalog(): Catalog {
  return useContext(CatalogContext);
}

/** Colours offered for people: readable as small dots on both the light and dark page. */
export const RELATIONSHIP_COLORS = [
  '#c0605a',
  '#d08a3c',
  '#b39a2e',
  '#5f9a5a',
  '#3f8f8a',
  '#4a7fbf',
  '#7c68c4',
  '#b0609e',
] as const;

export function nextColor(existing: readonly Relationship[]): string {
  return RELATIONSHIP_COLORS[existing.length % RELATIONSHIP_COLORS.length] ?? '#4a7fbf';
}

export const KIND_LABELS: Readonly<Record<Relationship['kind'], string>> = {
  partner: 'Partner',
  family: 'Family',
  friend: 'Friend',
  work: 'Work',
  other: 'Other',
};
