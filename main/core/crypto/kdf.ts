import { type Algorithm, hashRaw } from '@node-rs/argon2';
import { KEY_BYTES } from './aead';

// `Algorithm` is a const enum, which isolated modules cannot read: this is its Argon2id member.
const ARGON2ID = 2 as Algorithm;

/** Argon2id parameters as stored in the vault header. memoryKiB is in KiB, as Argon2 counts. */
export type Argon2Params = Readonly<{
  id: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}>;

/** Never go below this for a real journal (OWASP's strongest Argon2id profile and then some). */
export const ARGON2_FLOOR: Argon2Params = {
  id: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 4,
};

/** Bounds for parameters read back from a header, so a tampered file cannot exhaust the machine. */
const MAX_MEMORY_KIB = 4 * 1024 * 1024;
const MAX_ITERATIONS = 64;
const MAX_PARALLELISM = 16;

export const CALIBRATION_TARGET_MS = { low: 500, high: 1000 } as const;
const CALIBRATION_AIM_MS = 700;
const CALIBRATION_MAX_MEMORY_KIB = 256 * 1024;

export function isSaneArgon2(params: Argon2Params): boolean {
  return (
    params.id === 'argon2id' &&
    Number.isInteger(params.memoryKiB) &&
    Number.isInteger(params.iterations) &&
    Number.isInteger(params.parallelism) &&
    params.parallelism >= 1 &&
    params.parallelism <= MAX_PARALLELISM &&
    params.iterations >= 1 &&
    params.iterations <= MAX_ITERATIONS &&
    params.memoryKiB >= 8 * params.parallelism &&
    params.memoryKiB <= MAX_MEMORY_KIB
  );
}

export function meetsFloor(params: Argon2Params): boolean {
  return (
    params.memoryKiB >= ARGON2_FLOOR.memoryKiB &&
    params.iterations >= ARGON2_FLOOR.iterations &&
    params.parallelism >= ARGON2_FLOOR.parallelism
  );
}

/**
 * Derives a 256-bit key from a passphrase. Runs on libuv's thread pool, so the app's main
 * thread (and its window) stays responsive while it works.
 */
export async function deriveArgon2(
  passphrase: string,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Buffer> {
  const key = await hashRaw(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: KEY_BYTES,
    salt: Buffer.from(salt),
  });
  return Buffer.from(key);
}

async function timeOnce(params: Argon2Params): Promise<number> {
  const started = performance.now();
  await deriveArgon2('calibration', Buffer.alloc(16, 7), params);
  return performance.now() - started;
}

/**
 * Picks parameters that take 0.5–1 s on this machine, never below the floor. Memory grows first
 * (it is what makes guessing expensive on GPUs), then iterations.
 */
export async function calibrateArgon2(
  measure: (params: Argon2Params) => Promise<number> = timeOnce,
): Promise<Argon2Params> {
  let params = ARGON2_FLOOR;
  const floorMs = await measure(params);
  if (floorMs >= CALIBRATION_TARGET_MS.low) return params;
  const scale = CALIBRATION_AIM_MS / Math.max(floorMs, 1);
  const memoryKiB = Math.min(
    CALIBRATION_MAX_MEMORY_KIB,
    Math.floor((ARGON2_FLOOR.memoryKiB * scale) / 1024) * 1024,
  );
  const memoryScale = memoryKiB / ARGON2_FLOOR.memoryKiB;
  const iterations = Math.max(
    ARGON2_FLOOR.iterations,
    Math.min(MAX_ITERATIONS, Math.round((ARGON2_FLOOR.iterations * scale) / memoryScale)),
  );
  params = { ...ARGON2_FLOOR, memoryKiB: Math.max(memoryKiB, ARGON2_FLOOR.memoryKiB), iterations };
  return params;
}
