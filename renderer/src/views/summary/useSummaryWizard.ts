import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Dimension,
  EntrySummary,
  PageSize,
  Relationship,
  SummaryDocument,
  SummaryExport,
  SummaryFormat,
  SummaryRequest,
  SummarySectionKind,
  SummarySetup,
} from '../../../../main/contract';
import { SUMMARY_SECTIONS } from '../../../../main/contract';
import { call, messageOf } from '../../app/client';
import { useRemembered, useSeenBefore } from '../../app/view-memory';

// The wizard's state: what the person has chosen, the entries of the range, the preview main
// builds from those choices (a moment after they stop changing), and saving.

export type RangeMode = 'session' | 'month' | 'custom';
export type Pick = Readonly<{ excerpt: boolean }>;
export type SaveState =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'saving' }>
  | Readonly<{ kind: 'saved'; fileName: string }>
  | Readonly<{ kind: 'cancelled' }>
  | Readonly<{ kind: 'error'; message: string }>;

const PREVIEW_DELAY_MS = 250;

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00`);
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function useSummaryWizard() {
  const [setup, setSetup] = useState<SummarySetup | null>(null);
  const [dimensions, setDimensions] = useState<Dimension[]>([]);
  const [relationships, setRelationships] = useState<Relationship[]>([]);
  const [error, setError] = useState<string | null>(null);

  // The person's choices survive a visit to another view (not a lock): see view-memory.
  const returning = useSeenBefore('summary.from');
  const [rangeMode, setRangeMode] = useRemembered<RangeMode>('summary.rangeMode', 'session');
  const [from, setFrom] = useRemembered('summary.from', '');
  const [to, setTo] = useRemembered('summary.to', '');
  const [relationshipIds, setRelationshipIds] = useRemembered<string[]>(
    'summary.relationshipIds',
    [],
  );
  const [dimensionKeys, setDimensionKeys] = useRemembered<string[]>('summary.dimensionKeys', []);
  const [sections, setSections] = useRemembered<SummarySectionKind[]>('summary.sections', () => [
    ...SUMMARY_SECTIONS,
  ]);
  const [picks, setPicks] = useRemembered<Record<string, Pick>>('summary.picks', {});
  const [notes, setNotes] = useRemembered('summary.notes', '');
  const [name, setName] = useRemembered('summary.name', '');
  const [format, setFormat] = useRemembered<SummaryFormat>('summary.format', 'pdf');
  const [pageSize, setPageSize] = useRemembered<PageSize>('summary.pageSize', 'a4');

  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [preview, setPreview] = useState<SummaryDocument | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [exports, setExports] = useState<SummaryExport[]>([]);
  /** Entries the person has ticked or unticked themselves: their choice outlasts the flag. */
  const [touched] = useRemembered('summary.touched', () => new Set<string>());
  const firstLoad = useRef({ returning, rangeMode });

  useEffect(() => {
    let live = true;
    Promise.all([
      call('getSummarySetup'),
      call('listDimensions'),
      call('listRelationships'),
      call('listSummaryExports'),
    ])
      .then(([s, dims, rels, past]) => {
        if (!live) return;
        const visible = dims.filter((d) => !d.hidden);
        setSetup(s);
        setDimensions(visible);
        setRelationships(rels.filter((r) => !r.archived));
        setExports(past);
        const known = new Set(rels.map((r) => r.id));
        const knownDims = new Set(visible.map((d) => d.key));
        const back = firstLoad.current;
        if (back.returning) {
          // Back from another view: every choice stays, except that "since my last session"
          // follows a session recorded meanwhile.
          setRelationshipIds((ids) => ids.filter((id) => known.has(id)));
          setDimensionKeys((keys) => keys.filter((k) => knownDims.has(k)));
          if (back.rangeMode === 'session' && s.lastSession) {
            setFrom(s.from);
            setTo(s.to);
          }
          return;
        }
        setFrom(s.from);
        setTo(s.to);
        setRangeMode(s.lastSession ? 'session' : 'month');
        const c = s.choices;
        setDimensionKeys(
          c && c.dimensionKeys.length > 0
            ? c.dimensionKeys.filter((k) => knownDims.has(k))
            : visible.map((d) => d.key),
        );
        if (c) {
          setRelationshipIds(c.relationshipIds.filter((id) => known.has(id)));
          setSections(c.sections);
          setName(c.name);
          setFormat(c.format);
          setPageSize(c.pageSize);
        }
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);

  const chooseRange = useCallback(
    (mode: RangeMode) => {
      if (!setup) return;
      setRangeMode(mode);
      if (mode === 'session') {
        setFrom(setup.from);
        setTo(setup.to);
      } else if (mode === 'month') {
        setFrom(daysBefore(setup.to, 29));
        setTo(setup.to);
      }
    },
    [setup],
  );

  const rangeValid = from !== '' && to !== '' && from <= to;

  useEffect(() => {
    if (!rangeValid) return;
    let live = true;
    call('listEntries', { from, to })
      .then((list) => {
        if (!live) return;
        setEntries(list);
        setPicks((current) => {
          const next = { ...current };
          for (const entry of list) {
            if (entry.share === 'never') delete next[entry.id];
            else if (entry.share === 'bring' && !touched.has(entry.id)) {
              next[entry.id] = { excerpt: false };
            }
          }
          return next;
        });
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [from, to, rangeValid]);

  const inScope = useMemo(() => {
    if (!entries) return [];
    if (relationshipIds.length === 0) return entries;
    const chosen = new Set(relationshipIds);
    return entries.filter((e) => e.relationships.some((r) => chosen.has(r)));
  }, [entries, relationshipIds]);

  const request = useMemo<SummaryRequest | null>(() => {
    if (!rangeValid || dimensionKeys.length === 0) return null;
    return {
      from,
      to,
      relationshipIds,
      dimensionKeys,
      sections: SUMMARY_SECTIONS.filter((s) => sections.includes(s)),
      entries: inScope
        .filter((e) => e.share !== 'never' && picks[e.id])
        .map((e) => ({ id: e.id, excerpt: picks[e.id]!.excerpt })),
      notes,
      name,
      pageSize,
    };
  }, [
    from,
    to,
    rangeValid,
    relationshipIds,
    dimensionKeys,
    sections,
    inScope,
    picks,
    notes,
    name,
    pageSize,
  ]);

  useEffect(() => {
    if (!request) return;
    let live = true;
    const timer = setTimeout(() => {
      call('previewSummary', request)
        .then((doc) => {
          if (!live) return;
          setPreview(doc);
          setPreviewError(null);
        })
        .catch((e: unknown) => live && setPreviewError(messageOf(e)));
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [request]);

  const pick = useCallback((id: string, value: Pick | null) => {
    touched.add(id);
    setPicks((current) => {
      const next = { ...current };
      if (value) next[id] = value;
      else delete next[id];
      return next;
    });
  }, []);

  const saveFile = useCallback(async () => {
    if (!request) return;
    setSave({ kind: 'saving' });
    try {
      const result = await call('exportSummary', { request, format });
      setSave(
        result.saved && result.fileName
          ? { kind: 'saved', fileName: result.fileName }
          : { kind: 'cancelled' },
      );
      setExports(await call('listSummaryExports'));
    } catch (e) {
      setSave({ kind: 'error', message: messageOf(e) });
    }
  }, [request, format]);

  return {
    setup,
    dimensions,
    relationships,
    error,
    rangeMode,
    chooseRange,
    from,
    to,
    setFrom: (v: string) => {
      setRangeMode('custom');
      setFrom(v);
    },
    setTo: (v: string) => {
      setRangeMode('custom');
      setTo(v);
    },
    rangeValid,
    relationshipIds,
    setRelationshipIds,
    dimensionKeys,
    setDimensionKeys,
    sections,
    setSections,
    entries: inScope,
    entriesLoaded: entries !== null,
    picks,
    pick,
    notes,
    setNotes,
    name,
    setName,
    format,
    setFormat,
    pageSize,
    setPageSize,
    preview,
    previewError,
    save,
    saveFile,
    canSave: request !== null && save.kind !== 'saving',
    exports,
  };
}

export type SummaryWizard = ReturnType<typeof useSummaryWizard>;
