import { createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AuthenticationError, open, seal } from '../crypto/aead';
import { type Argon2Params, deriveArgon2, isSaneArgon2 } from '../crypto/kdf';
import { deriveSubkey, hmac } from '../crypto/subkeys';
import { JournalError, damaged, wrongPassphrase } from '../errors';

// The vault header (`vault.json`) holds everything needed to get from a passphrase or a
// recovery key to the data key, and nothing else. It is authenticated twice: a SHA-256
// checksum tells accidental damage apart from a wrong passphrase before any key is derived,
// and an HMAC under the data key proves that no field (KDF parameters, salts, slots) was
// swapped. Changing the passphrase rewrites this file only; the journal's data is untouched.

export const HEADER_FORMAT = 'twofold-vault';
export const HEADER_VERSION = 1;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const argon2Schema = z.object({
  id: z.literal('argon2id'),
  memoryKiB: z.number().int(),
  iterations: z.number().int(),
  parallelism: z.number().int(),
});

const passphraseSlotSchema = z.object({
  type: z.literal('passphrase'),
  kdf: argon2Schema,
  salt: b64,
  wrapped: b64,
});

const recoverySlotSchema = z.object({
  type: z.literal('recovery'),
  salt: b64,
  wrapped: b64,
});

const slotSchema = z.discriminatedUnion('type', [passphraseSlotSchema, recoverySlotSchema]);

const headerSchema = z.object({
  format: z.literal(HEADER_FORMAT),
  version: z.number().int(),
  vaultId: b64,
  createdAt: z.string(),
  slots: z.array(slotSchema).min(1).max(4),
  mac: b64,
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type VaultHeader = Readonly<z.infer<typeof headerSchema>>;

/** The header with fields in a fixed order: the exact bytes that the MAC and checksum cover. */
function canonicalSlot(slot: Slot): Slot {
  return slot.type === 'passphrase'
    ? {
        type: 'passphrase',
        kdf: {
          id: slot.kdf.id,
          memoryKiB: slot.kdf.memoryKiB,
          iterations: slot.kdf.iterations,
          parallelism: slot.kdf.parallelism,
        },
        salt: slot.salt,
        wrapped: slot.wrapped,
      }
    : { type: 'recovery', salt: slot.salt, wrapped: slot.wrapped };
}

function macInput(h: Omit<VaultHeader, 'mac' | 'checksum'>): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: h.format,
      version: h.version,
      vaultId: h.vaultId,
      createdAt: h.createdAt,
      slots: h.slots.map(canonicalSlot),
    }),
  );
}

function checksumOf(h: Omit<VaultHeader, 'checksum'>): string {
  const bytes = Buffer.concat([macInput(h), Buffer.from(h.mac)]);
  return createHash('sha256').update(bytes).digest('hex');
}

function slotAad(
  vaultId: string,
  slot: Pick<Slot, 'type' | 'salt'> & { kdf?: Argon2Params },
): Buffer {
  return Buffer.from(
    JSON.stringify(['twofold/v1/slot', vaultId, slot.type, slot.salt, slot.kdf ?? null]),
  );
}

function recoveryKek(recoveryKey: Uint8Array, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'twofold/v1/recovery-slot', 32));
}

export async function makePassphraseSlot(
  vaultId: string,
  dataKey: Uint8Array,
  passphrase: string,
  kdf: Argon2Params,
): Promise<PassphraseSlot> {
  const salt = randomBytes(16).toString('base64');
  const kek = await deriveArgon2(passphrase, Buffer.from(salt, 'base64'), kdf);
  const wrapped = seal(kek, dataKey, slotAad(vaultId, { type: 'passphrase', salt, kdf }));
  kek.fill(0);
  return { type: 'passphrase', kdf: { ...kdf }, salt, wrapped: wrapped.toString('base64') };
}

export function makeRecoverySlot(
  vaultId: string,
  dataKey: Uint8Array,
  recoveryKey: Uint8Array,
): RecoverySlot {
  const salt = randomBytes(16).toString('base64');
  const kek = recoveryKek(recoveryKey, Buffer.from(salt, 'base64'));
  const wrapped = seal(kek, dataKey, slotAad(vaultId, { type: 'recovery', salt }));
  kek.fill(0);
  return { type: 'recovery', salt, wrapped: wrapped.toString('base64') };
}

export function buildHeader(
  dataKey: Uint8Array,
  fields: Omit<VaultHeader, 'mac' | 'checksum' | 'format' | 'version'>,
): VaultHeader {
  const base = { format: HEADER_FORMAT, version: HEADER_VERSION, ...fields } as const;
  const macKey = deriveSubkey(dataKey, 'header-mac', Buffer.from(base.vaultId, 'base64'));
  const mac = hmac(macKey, macInput(base)).toString('base64');
  const withMac = { ...base, mac };
  return { ...withMac, checksum: checksumOf(withMac) };
}

export function serializeHeader(header: VaultHeader): Buffer {
  return Buffer.from(JSON.stringify(header, null, 2) + '\n');
}

/** Reads the header file, telling damage, a newer format and a foreign file apart. */
export function parseHeader(bytes: Buffer): VaultHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw damaged('the key file is not readable', error);
  }
  const version = (raw as { version?: unknown } | null)?.version;
  const format = (raw as { format?: unknown } | null)?.format;
  if (format === HEADER_FORMAT && typeof version === 'number' && version > HEADER_VERSION) {
    throw new JournalError(
      'UNSUPPORTED_VERSION',
      'This journal was made by a newer version of Twofold. Update Twofold to open it.',
    );
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw damaged('the key file is incomplete');
  const header = parsed.data;
  if (header.version !== HEADER_VERSION) throw damaged('the key file has an unknown version');
  if (checksumOf(header) !== header.checksum) throw damaged('the key file fails its checksum');
  for (const slot of header.slots) {
    if (slot.type === 'passphrase' && !isSaneArgon2(slot.kdf)) {
      throw damaged('the key file has impossible key-derivation settings');
    }
  }
  return header;
}

function verifyMac(header: VaultHeader, dataKey: Uint8Array): void {
  const macKey = deriveSubkey(dataKey, 'header-mac', Buffer.from(header.vaultId, 'base64'));
  const expected = hmac(macKey, macInput(header));
  const actual = Buffer.from(header.mac, 'base64');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw damaged('the key file was altered');
  }
}

export async function unwrapWithPassphrase(
  header: VaultHeader,
  passphrase: string,
): Promise<Buffer> {
  const slot = header.slots.find((s): s is PassphraseSlot => s.type === 'passphrase');
  if (!slot) throw damaged('the key file has no passphrase slot');
  const kek = await deriveArgon2(passphrase, Buffer.from(slot.salt, 'base64'), slot.kdf);
  try {
    const dataKey = open(kek, Buffer.from(slot.wrapped, 'base64'), slotAad(header.vaultId, slot));
    verifyMac(header, dataKey);
    return dataKey;
  } catch (error) {
    if (error instanceof AuthenticationError) throw wrongPassphrase();
    throw error;
  } finally {
    kek.fill(0);
  }
}

export function unwrapWithRecoveryKey(header: VaultHeader, recoveryKey: Uint8Array): Buffer {
  const slot = header.slots.find((s): s is RecoverySlot => s.type === 'recovery');
  if (!slot) {
    throw new JournalError(
      'WRONG_RECOVERY_KEY',
      'This journal was created without a recovery key.',
    );
  }
  const kek = recoveryKek(recoveryKey, Buffer.from(slot.salt, 'base64'));
  try {
    const dataKey = open(kek, Buffer.from(slot.wrapped, 'base64'), slotAad(header.vaultId, slot));
    verifyMac(header, dataKey);
    return dataKey;
  } catch (error) {
    if (error instanceof AuthenticationError) {
      throw new JournalError('WRONG_RECOVERY_KEY', 'That recovery key does not open this journal.');
    }
    throw error;
  } finally {
    kek.fill(0);
  }
}

export function passphraseKdf(header: VaultHeader): Argon2Params | null {
  const slot = header.slots.find((s): s is PassphraseSlot => s.type === 'passphrase');
  return slot ? slot.kdf : null;
}
