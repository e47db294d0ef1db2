import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  SEAL_OVERHEAD,
  SLICE_BYTES,
  open,
  openInSlices,
  seal,
  sealInSlices,
} from './aead';

const key = randomBytes(32);
const aad = Buffer.from('header bytes');

describe('AES-256-GCM', () => {
  it('opens what it sealed, with a fresh nonce every time', () => {
    const message = Buffer.from('I said what I needed, plainly and kindly.');
    const a = seal(key, message, aad);
    const b = seal(key, message, aad);
    expect(a.length).toBe(message.length + SEAL_OVERHEAD);
    expect(a.subarray(0, 12).equals(b.subarray(0, 12))).toBe(false);
    expect(open(key, a, aad).equals(message)).toBe(true);
  });

  it('refuses any flipped bit, a different key, other associated data, or a cut', () => {
    const sealed = seal(key, Buffer.from('private words'), aad);
    for (let i = 0; i < sealed.length; i += 1) {
      const flipped = Buffer.from(sealed);
      flipped[i]! ^= 1 << (i % 8);
      expect(() => open(key, flipped, aad)).toThrow(AuthenticationError);
    }
    expect(() => open(randomBytes(32), sealed, aad)).toThrow(AuthenticationError);
    expect(() => open(key, sealed, Buffer.from('other header'))).toThrow(AuthenticationError);
    expect(() => open(key, sealed.subarray(0, sealed.length - 1), aad)).toThrow(
      AuthenticationError,
    );
    expect(() => open(key, sealed.subarray(0, 10), aad)).toThrow(AuthenticationError);
  });

  it('seals and opens large buffers in slices, in the same format', async () => {
    const big = randomBytes(SLICE_BYTES * 2 + 12345);
    const prefix = Buffer.from('PREFIX');
    const sliced = await sealInSlices(key, big, aad, prefix);
    expect(sliced.subarray(0, prefix.length).equals(prefix)).toBe(true);
    const body = sliced.subarray(prefix.length);
    expect(open(key, body, aad).equals(big)).toBe(true);
    expect((await openInSlices(key, seal(key, big, aad), aad)).equals(big)).toBe(true);
    const damaged = Buffer.from(body);
    damaged[SLICE_BYTES + 100]! ^= 0x40;
    await expect(openInSlices(key, damaged, aad)).rejects.toBeInstanceOf(AuthenticationError);
  });
});
