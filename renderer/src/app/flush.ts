// Whatever holds unsaved typing registers a flush here; lock and quit wait for all of them.

type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Resolves when everything typed is saved; rejects if something could not be. */
export async function flushAll(): Promise<void> {
  const results = await Promise.allSettled([...flushes].map((f) => f()));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
