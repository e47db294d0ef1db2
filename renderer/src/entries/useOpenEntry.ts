import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryInput, EntrySummary } from '../../../main/contract';
import { ClientError, call } from '../app/client';
import { registerFlush } from '../app/flush';
import { DraftSaver, type SaveState } from './draft-saver';
import { isBlank } from './blank';

export type OpenEntry = Readonly<{
  input: EntryInput;
  /** Not yet in the vault (a new entry nobody has typed in). */
  isNew: boolean;
  saveState: SaveState;
  /** Why the last save failed, until one succeeds; null when all is saved. */
  saveError: unknown;
  change(patch: Partial<EntryInput>): void;
  flush(): Promise<void>;
}>;

/**
 * The entry being written: its newest content, and the autosave that keeps it durable. Lock,
 * quit and switching entries all flush it first.
 */
export function useOpenEntry(
  initial: EntryInput,
  initiallyNew: boolean,
  onSaved: (s: EntrySummary) => void,
): OpenEntry {
  const [input, setInput] = useState(initial);
  const [isNew, setIsNew] = useState(initiallyNew);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const latest = useRef(input);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const saverRef = useRef<DraftSaver | null>(null);

  useEffect(() => {
    const saver = new DraftSaver({
      save: (i) => call('saveEntry', i),
      // Saving a refused version again is refused again: it waits for the next change.
      canRetry: (error) => !(error instanceof ClientError && error.code === 'INVALID_REQUEST'),
      onState: (state, error) => {
        setSaveState(state);
        // The reason stays until a save succeeds, not only between two attempts.
        if (state === 'error' || state === 'failed') setSaveError(error ?? null);
      },
      onSaved: (summary) => {
        setIsNew(false);
        setSaveError(null);
        onSavedRef.current(summary);
      },
    });
    saverRef.current = saver;
    const unregister = registerFlush(() => saver.flush());
    return () => {
      unregister();
      if (saverRef.current === saver) saverRef.current = null;
      void saver.dispose().catch(() => undefined);
    };
  }, []);

  const change = useCallback(
    (patch: Partial<EntryInput>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setInput(next);
      const saver = saverRef.current;
      if (!saver || (isNew && isBlank(next) && !saver.hasUnsavedChanges)) return;
      saver.update(next);
    },
    [isNew],
  );

  const flush = useCallback(() => saverRef.current?.flush() ?? Promise.resolve(), []);

  return { input, isNew, saveState, saveError, change, flush };
}
