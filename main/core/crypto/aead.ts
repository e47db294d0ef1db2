import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { yieldToEventLoop } from '../slices';

// AES-256-GCM with a fresh random 96-bit nonce per message. Electron's BoringSSL has no
// ChaCha20-Poly1305, so this is the one AEAD the app and the command line can both rely on.

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const SEAL_OVERHEAD = NONCE_BYTES + TAG_BYTES;

export class AuthenticationError extends Error {
  constructor() {
    super('authentication failed');
    this.name = 'AuthenticationError';
  }
}

/** Encrypts and authenticates: returns nonce || ciphertext || tag. */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  const final = cipher.final();
  return Buffer.concat([nonce, body, final, cipher.getAuthTag()]);
}

/** Checks and decrypts what `seal` produced; throws AuthenticationError on any change. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Buffer {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key');
  if (sealed.length < SEAL_OVERHEAD) throw new AuthenticationError();
  const nonce = sealed.subarray(0, NONCE_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new AuthenticationError();
  }
}

/** How much AES-GCM work runs between two turns of the event loop (about 4 ms of work). */
export const SLICE_BYTES = 4 * 1024 * 1024;

/**
 * `seal` for large buffers (a 20-year snapshot): the same bytes, made in slices that yield,
 * after `prefix` (e.g. a file header) in one buffer of its own.
 */
export async function sealInSlices(
  key: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  prefix: Uint8Array = new Uint8Array(0),
): Promise<Buffer> {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const out = Buffer.allocUnsafeSlow(prefix.length + SEAL_OVERHEAD + plaintext.length);
  out.set(prefix, 0);
  nonce.copy(out, prefix.length);
  let at = prefix.length + NONCE_BYTES;
  for (let offset = 0; offset < plaintext.length; offset += SLICE_BYTES) {
    if (offset > 0) await yieldToEventLoop();
    const part = cipher.update(plaintext.subarray(offset, offset + SLICE_BYTES));
    part.copy(out, at);
    at += part.length;
  }
  at += cipher.final().copy(out, at);
  cipher.getAuthTag().copy(out, at);
  return out;
}

/**
 * `open` for large buffers. Nothing decrypted is returned unless the tag checks out, so a
 * damaged file never yields a single plaintext byte.
 */
export async function openInSlices(
  key: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Promise<Buffer> {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key');
  if (sealed.length < SEAL_OVERHEAD) throw new AuthenticationError();
  const nonce = sealed.subarray(0, NONCE_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const out = Buffer.allocUnsafeSlow(body.length);
  let at = 0;
  for (let offset = 0; offset < body.length; offset += SLICE_BYTES) {
    if (offset > 0) await yieldToEventLoop();
    at += decipher.update(body.subarray(offset, offset + SLICE_BYTES)).copy(out, at);
  }
  try {
    decipher.final();
  } catch {
    out.fill(0);
    throw new AuthenticationError();
  }
  return out.subarray(0, at);
}
