import { createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AuthenticationError, open, seal } from '../crypto/aead';
import { type Argon2Params, deriveArgon2, isSaneArgon2 } from '../crypto/kdf';
import { deriveSubkey, hmac } from '../crypto/subkeys';
import { JournalError, damaged, wrongPassphrase } from '../errors';

// The vault header (`vault.json`) holds everything needed to get from a passphrase or a
// recovery key to the data key, and nothing else. It is authenticated twice: a SHA-256
// checksum over every other field tells accidental damage apart from a wrong passphrase before
// any key is derived, and an HMAC under the data key proves that no field (KDF parameters,
// salts, slots) was swapped. Each slot's KDF parameters and salt are also bound into its
// wrapped key as associated data. Changing the passphrase rewrites this file only.
//
// Reading order matters for telling failures apart: unreadable or not ours, then the checksum
// (damage), then the version (a newer Twofold), then the fields. The checksum is defined over
// the canonical JSON of all other fields, whatever they are, so a header from a newer version
// is recognised as intact-but-newer rather than damaged.

export const HEADER_FORMAT = 'twofold-vault';
export const HEADER_VERSION = 1;
/** A key file is about a kilobyte; anything much bigger is not one. */
export const MAX_HEADER_BYTES = 64 * 1024;

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

/** JSON with object keys sorted at every level: the exact bytes the MAC and checksum cover. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function macInput(h: Omit<VaultHeader, 'mac' | 'checksum'>): Buffer {
  return Buffer.from(
    canonicalJson({
      format: h.format,
      version: h.version,
      vaultId: h.vaultId,
      createdAt: h.createdAt,
      slots: h.slots,
    }),
  );
}

function checksumOf(fields: Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = fields;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

function slotAad(
  vaultId: string,
  slot: Pick<Slot, 'type' | 'salt'> & { kdf?: Argon2Params },
): Buffer {
  return Buffer.from(
    canonicalJson(['twofold/v1/slot', vaultId, slot.type, slot.salt, slot.kdf ?? null]),
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
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw damaged('the key file is not readable');
  }
  const fields = raw as Record<string, unknown>;
  if (fields['format'] !== HEADER_FORMAT) throw damaged('the key file is not a Twofold key file');
  if (typeof fields['checksum'] !== 'string' || checksumOf(fields) !== fields['checksum']) {
    throw damaged('the key file fails its checksum');
  }
  const version = fields['version'];
  if (typeof version === 'number' && version > HEADER_VERSION) {
    throw new JournalError(
      'UNSUPPORTED_VERSION',
      'This journal was made by a newer version of Twofold. Update Twofold to open it.',
    );
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success || parsed.data.version !== HEADER_VERSION) {
    throw damaged('the key file is incomplete');
  }
  const header = parsed.data;
  for (const slot of header.slots) {
    if (slot.type === 'passphrase' && !isSaneArgon2(slot.kdf)) {
      throw damaged('the key file has impossible key-derivation settings');
    }
  }
  return header;
}

/** Proves with the data key that no field of the header was swapped or edited. */
export function verifyMac(header: VaultHeader, dataKey: Uint8Array): void {
  const macKey = deriveSubkey(dataKey, 'header-mac', Buffer.from(header.vaultId, 'base64'));
  const expected = hmac(macKey, macInput(header));
  macKey.fill(0);
  const actual = Buffer.from(header.mac, 'base64');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw damaged('the key file was altered');
  }
}

/** Opens a slot's wrapped data key and checks the header's MAC with it. */
function unwrapSlot(header: VaultHeader, kek: Buffer, slot: Slot, wrong: () => Error): Buffer {
  let dataKey: Buffer;
  try {
    dataKey = open(kek, Buffer.from(slot.wrapped, 'base64'), slotAad(header.vaultId, slot));
  } catch (error) {
    if (error instanceof AuthenticationError) throw wrong();
    throw error;
  } finally {
    kek.fill(0);
  }
  try {
    verifyMac(header, dataKey);
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  return dataKey;
}

export async function unwrapWithPassphrase(
  header: VaultHeader,
  passphrase: string,
): Promise<Buffer> {
  const slot = header.slots.find((s): s is PassphraseSlot => s.type === 'passphrase');
  if (!slot) throw damaged('the key file has no passphrase slot');
  const kek = await deriveArgon2(passphrase, Buffer.from(slot.salt, 'base64'), slot.kdf);
  return unwrapSlot(header, kek, slot, wrongPassphrase);
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
  return unwrapSlot(
    header,
    kek,
    slot,
    () => new JournalError('WRONG_RECOVERY_KEY', 'That recovery key does not open this journal.'),
  );
}

export function passphraseKdf(header: VaultHeader): Argon2Params | null {
  const slot = header.slots.find((s): s is PassphraseSlot => s.type === 'passphrase');
  return slot ? slot.kdf : null;
}
