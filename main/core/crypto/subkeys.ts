import { createHmac, hkdfSync } from 'node:crypto';

/** Purposes the data key is split into, so no key is ever used for two jobs. */
export type KeyPurpose = 'snapshot' | 'log' | 'header-mac' | 'export';

export function deriveSubkey(
  dataKey: Uint8Array,
  purpose: KeyPurpose,
  vaultId: Uint8Array,
): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, vaultId, `twofold/v1/${purpose}`, 32));
}

export function hmac(key: Uint8Array, data: Uint8Array): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
