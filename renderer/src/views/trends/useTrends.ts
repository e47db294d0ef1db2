import { useEffect, useState } from 'react';
import type {
  BucketSize,
  Dimension,
  EntrySummary,
  Relationship,
  RelationshipTrend,
  Sign,
  TrendComparison,
  TrendFilter,
  TrendSeries,
} from '../../../../main/contract';
import { call, messageOf } from '../../app/client';

export type Catalog = Readonly<{
  dimensions: readonly Dimension[];
  relationships: readonly Relationship[];
  signs: readonly Sign[];
}>;

/** Dimensions, relationships and signs: the names and poles the charts are labelled with. */
export function useCatalog(): { catalog: Catalog | null; error: string | null } {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([call('listDimensions'), call('listRelationships'), call('listSigns')])
      .then(([dimensions, relationships, signs]) => {
        if (live) setCatalog({ dimensions, relationships, signs });
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);
  return { catalog, error };
}

export type TrendData = Readonly<{
  series: TrendSeries;
  comparison: TrendComparison;
  byRelationship: readonly RelationshipTrend[];
}>;

/**
 * Everything the screen shows for one choice of range and filters. The relationship
 * comparison ignores the relationship filter: it is the view across all of them.
 */
export function useTrendData(
  filter: TrendFilter,
  by: BucketSize | undefined,
): { data: TrendData | null; loading: boolean; error: string | null } {
  const [data, setData] = useState<TrendData | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify([filter, by]);
  useEffect(() => {
    let live = true;
    const [f, b] = JSON.parse(key) as [TrendFilter, BucketSize | null];
    setLoading(true);
    const { relationshipIds: _ignored, ...acrossAll } = f;
    Promise.all([
      call('trends', b ? { filter: f, by: b } : { filter: f }),
      call('compareTrends', f),
      call('trendsByRelationship', acrossAll),
    ])
      .then(([series, comparison, byRelationship]) => {
        if (!live) return;
        setData({ series, comparison, byRelationship });
        setError(null);
      })
      .catch((e: unknown) => live && setError(messageOf(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key]);
  return { data, loading, error };
}

/** The entries behind one bucket, oldest first, or null until they have loaded. */
export function useBucketEntries(
  range: Readonly<{ from: string; to: string }> | null,
  relationshipId: string | null,
): { entries: readonly EntrySummary[] | null; error: string | null } {
  const [entries, setEntries] = useState<readonly EntrySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const from = range?.from;
  const to = range?.to;
  useEffect(() => {
    if (!from || !to) return;
    let live = true;
    setEntries(null);
    call('listEntries', relationshipId ? { from, to, relationshipId } : { from, to })
      .then((list) => {
        if (!live) return;
        // The journal lists newest first; here they read in the order they were written.
        setEntries([...list].reverse());
        setError(null);
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [from, to, relationshipId]);
  return { entries, error };
}
