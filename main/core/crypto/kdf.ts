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
/** Aim low in the window: a timing taken once varies from run to run by a fair margin. */
const CALIBRATION_AIM_MS = 600;
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

/** Cost grows about linearly with memory x iterations: what it would take to land on `aimMs`. */
function scaledTo(from: Argon2Params, measuredMs: number, aimMs: number): Argon2Params {
  const scale = aimMs / Math.max(measuredMs, 1);
  const work = from.memoryKiB * from.iterations * scale;
  // Memory first (it is what makes guessing expensive on GPUs), then iterations.
  const memoryKiB = Math.max(
    ARGON2_FLOOR.memoryKiB,
    Math.min(CALIBRATION_MAX_MEMORY_KIB, Math.floor(work / ARGON2_FLOOR.iterations / 1024) * 1024),
  );
  const iterations = Math.max(
    ARGON2_FLOOR.iterations,
    Math.min(MAX_ITERATIONS, Math.round(work / memoryKiB)),
  );
  return { ...ARGON2_FLOOR, memoryKiB, iterations };
}

function withinTarget(ms: number): boolean {
  return ms >= CALIBRATION_TARGET_MS.low && ms <= CALIBRATION_TARGET_MS.high;
}

/** The middle of three timings: one lucky or unlucky moment does not decide. */
async function typical(
  measure: (params: Argon2Params) => Promise<number>,
  params: Argon2Params,
  runs: number,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await measure(params));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * Picks parameters that take 0.5-1 s on this machine, never below the floor: timings at the
 * floor predict the cost, the prediction is timed in turn (the slower of two runs, so a quiet
 * moment does not push the cost past a second), and a miss is corrected once. `measure` is
 * injectable so tests can pin time.
 */
export async function calibrateArgon2(
  measure: (params: Argon2Params) => Promise<number> = timeOnce,
): Promise<Argon2Params> {
  const floorMs = await typical(measure, ARGON2_FLOOR, 3);
  if (floorMs >= CALIBRATION_TARGET_MS.low) return ARGON2_FLOOR;
  const guess = scaledTo(ARGON2_FLOOR, floorMs, CALIBRATION_AIM_MS);
  const guessMs = Math.max(await measure(guess), await measure(guess));
  if (withinTarget(guessMs)) return guess;
  return scaledTo(guess, guessMs, CALIBRATION_AIM_MS);
}
