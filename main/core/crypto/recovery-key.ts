import { createHash, randomBytes } from 'node:crypto';

// A recovery key is 32 random bytes written in Crockford base32 (no I, L, O, U: nothing to
// misread on paper), in groups of five, with two check characters so a typo is caught before
// it is mistaken for a wrong key.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 32;
const GROUP = 5;

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string, byteLength: number): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  if (out.length < byteLength) return null;
  return Buffer.from(out.slice(0, byteLength));
}

function checkChars(bytes: Uint8Array): string {
  const digest = createHash('sha256').update('twofold-recovery').update(bytes).digest();
  return toBase32(digest.subarray(0, 2)).slice(0, 2);
}

export function generateRecoveryKey(): { bytes: Buffer; text: string } {
  const bytes = randomBytes(KEY_BYTES);
  return { bytes, text: formatRecoveryKey(bytes) };
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  const body = toBase32(bytes) + checkChars(bytes);
  const groups: string[] = [];
  for (let i = 0; i < body.length; i += GROUP) groups.push(body.slice(i, i + GROUP));
  return groups.join('-');
}

/** Reads a typed-in key: case, spaces and dashes do not matter; O/I/L read as 0/1/1. */
export function parseRecoveryKey(text: string): Buffer | null {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const bodyLength = Math.ceil((KEY_BYTES * 8) / 5);
  if (cleaned.length !== bodyLength + 2) return null;
  const bytes = fromBase32(cleaned.slice(0, bodyLength), KEY_BYTES);
  if (!bytes) return null;
  return checkChars(bytes) === cleaned.slice(bodyLength) ? bytes : null;
}
