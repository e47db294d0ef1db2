import {
  type Dispatch,
  type ReactNode,
  type SetStateAction,
  createContext,
  useContext,
  useEffect,
  useState,
} from 'react';

// What a view was showing (a summary's ticks and notes, the trends range) outlives a visit to
// another view, but not the unlocked session: the memory lives in a component of the open
// journal, so locking unmounts it and drops every value with it. Nothing is stored anywhere.

type Memory = Map<string, unknown>;

const MemoryContext = createContext<Memory | null>(null);

/** Holds the views' memory for as long as the journal stays unlocked. */
export function ViewMemoryProvider({ children }: { children: ReactNode }) {
  const [memory] = useState<Memory>(() => new Map());
  useEffect(() => () => memory.clear(), [memory]);
  return <MemoryContext.Provider value={memory}>{children}</MemoryContext.Provider>;
}

/**
 * `useState` that a view gets back when it is shown again in the same unlocked session.
 * Without a provider (a component rendered on its own) it is plain state.
 */
export function useRemembered<T>(
  key: string,
  initial: T | (() => T),
): [T, Dispatch<SetStateAction<T>>] {
  const memory = useContext(MemoryContext);
  const [value, setValue] = useState<T>(() => {
    if (memory?.has(key)) return memory.get(key) as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  useEffect(() => {
    memory?.set(key, value);
  }, [memory, key, value]);
  return [value, setValue];
}

/** Whether a view has been shown before in this unlocked session (its memory is filled). */
export function useSeenBefore(key: string): boolean {
  const memory = useContext(MemoryContext);
  const [seen] = useState(() => memory?.has(key) ?? false);
  return seen;
}
