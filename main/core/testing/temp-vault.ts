import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KdfChoice } from '../vault/lifecycle';

/**
 * Argon2id far below the floor, so tests that open vaults hundreds of times stay quick. The
 * core refuses these parameters unless a caller says `allowBelowFloor`, which only tests do.
 */
export const TEST_KDF: KdfChoice = {
  mode: 'fixed',
  params: { id: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 },
  allowBelowFloor: true,
};

export async function makeTempDir(
  prefix = 'twofold-test-',
): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Compaction on the calling thread: tests that compact hundreds of times skip the worker. */
export const TEST_COMPACTION = {
  maxRecords: 2000,
  maxBytes: 16 * 1024 * 1024,
  inWorker: false,
} as const;
