import { randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import {
  ARGON2_FLOOR,
  type Argon2Params,
  CALIBRATION_TARGET_MS,
  calibrateArgon2,
  deriveArgon2,
  meetsFloor,
} from './kdf';

// The key derivation is checked three ways: a published vector (the Argon2 reference
// implementation's own test of Argon2id v1.3), the same inputs through a second, independent
// implementation (hash-wasm, WebAssembly), and our parameters on random inputs through both.

async function secondOpinion(
  passphrase: string,
  salt: Uint8Array,
  params: Omit<Argon2Params, 'id'>,
): Promise<string> {
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'hex',
  });
}

describe('Argon2id', () => {
  it('matches the reference implementation test vector', async () => {
    const params: Argon2Params = {
      id: 'argon2id',
      memoryKiB: 65536,
      iterations: 2,
      parallelism: 1,
    };
    const expected = '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7';
    const key = await deriveArgon2('password', Buffer.from('somesalt'), params);
    expect(key.toString('hex')).toBe(expected);
    expect(await secondOpinion('password', Buffer.from('somesalt'), params)).toBe(expected);
  });

  it('agrees with hash-wasm at the floor, for random salts and non-ASCII passphrases', async () => {
    for (const passphrase of ['correct horse battery staple', 'café für Jörg – 日本語 🌿']) {
      const salt = randomBytes(16);
      const ours = await deriveArgon2(passphrase, salt, ARGON2_FLOOR);
      expect(ours.toString('hex')).toBe(await secondOpinion(passphrase, salt, ARGON2_FLOOR));
    }
  });

  it('reads a passphrase the same however its accents were typed (NFC)', async () => {
    const salt = randomBytes(16);
    const params: Argon2Params = { id: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 };
    const composed = await deriveArgon2('caf\u00e9', salt, params);
    const decomposed = await deriveArgon2('cafe\u0301', salt, params);
    expect(decomposed.equals(composed)).toBe(true);
  });
});

/** A machine where a derivation costs `msPerUnit` for each MiB x iteration, plus noise. */
function machine(msPerUnit: number, noise: (call: number) => number = () => 1) {
  const calls: Argon2Params[] = [];
  const predicted = (p: Argon2Params) => (p.memoryKiB / 1024) * p.iterations * msPerUnit;
  const measure = async (p: Argon2Params) => {
    calls.push(p);
    return predicted(p) * noise(calls.length);
  };
  return { measure, calls, predicted };
}

describe('calibration', () => {
  it('stays at the floor on a slow machine', async () => {
    const slow = machine(4); // the floor (64 MiB x 3) takes 768 ms
    expect(await calibrateArgon2(slow.measure)).toEqual(ARGON2_FLOOR);
    expect(slow.calls).toEqual([ARGON2_FLOOR, ARGON2_FLOOR, ARGON2_FLOOR]);
  });

  it('raises memory first, then iterations, to land in 0.5–1 s on a fast machine', async () => {
    for (const msPerUnit of [0.05, 0.2, 0.5, 1, 2]) {
      const fast = machine(msPerUnit);
      const params = await calibrateArgon2(fast.measure);
      expect(meetsFloor(params)).toBe(true);
      expect(params.memoryKiB).toBeLessThanOrEqual(256 * 1024);
      expect(params.parallelism).toBe(ARGON2_FLOOR.parallelism);
      const ms = fast.predicted(params);
      expect(ms, `${msPerUnit} ms per MiB-iteration`).toBeGreaterThanOrEqual(
        CALIBRATION_TARGET_MS.low,
      );
      expect(ms).toBeLessThanOrEqual(CALIBRATION_TARGET_MS.high);
    }
  });

  it('is not thrown off by one lucky timing, and corrects a guess that two threw off', async () => {
    const once = machine(0.5, (call) => (call === 1 ? 1 / 3 : 1));
    const steady = await calibrateArgon2(once.measure);
    expect(once.predicted(steady)).toBeGreaterThanOrEqual(CALIBRATION_TARGET_MS.low);
    expect(once.predicted(steady)).toBeLessThanOrEqual(CALIBRATION_TARGET_MS.high);
    // Every floor run measured at a third of its real cost (a quiet moment): the guess runs
    // long, and is scaled back.
    const noisy = machine(0.5, (call) => (call <= 3 ? 1 / 3 : 1));
    const params = await calibrateArgon2(noisy.measure);
    expect(noisy.calls).toHaveLength(5);
    const ms = noisy.predicted(params);
    expect(ms).toBeGreaterThanOrEqual(CALIBRATION_TARGET_MS.low);
    expect(ms).toBeLessThanOrEqual(CALIBRATION_TARGET_MS.high);
  });

  it('never goes below the floor, however fast or strange the timings', async () => {
    for (const reading of [0, 0.001, 1, 499, 5000, Number.POSITIVE_INFINITY]) {
      const params = await calibrateArgon2(async () => reading);
      expect(meetsFloor(params), `reading ${reading}`).toBe(true);
    }
  });
});
