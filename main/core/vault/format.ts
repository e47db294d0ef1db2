import { crc32 } from 'node:zlib';
import { TAG_BYTES, open, openInSlices, seal, sealInSlices } from '../crypto/aead';
import { damaged } from '../errors';

// Binary layout of the two data files. Both start with a 32-byte plain header whose bytes are
// bound into every ciphertext as associated data, so a header edited by hand, a snapshot from
// another vault, or a record moved from an older generation all fail authentication.
//
// snapshot:  "TWOFSNAP" | u16 version | u16 0 | u32 generation | vaultId[16] | nonce|ct|tag
// log:       "TWOFLOG1" | u16 version | u16 0 | u32 generation | vaultId[16] | record*
// record:    u32 sealedLength | u32 seq | u32 crc32(length, seq) | nonce|ct|tag
//            AAD = "TWOFREC1" | vaultId | u32 generation | u32 seq

export const FORMAT_VERSION = 1;
export const FILE_HEADER_BYTES = 32;
export const RECORD_HEADER_BYTES = 12;
/** No single change record may be larger than this; anything bigger is damage. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

const SNAPSHOT_MAGIC = Buffer.from('TWOFSNAP');
const LOG_MAGIC = Buffer.from('TWOFLOG1');
const RECORD_MAGIC = Buffer.from('TWOFREC1');

export type FileHeader = Readonly<{ generation: number; vaultId: Buffer }>;

function encodeFileHeader(magic: Buffer, header: FileHeader): Buffer {
  const out = Buffer.alloc(FILE_HEADER_BYTES);
  magic.copy(out, 0);
  out.writeUInt16BE(FORMAT_VERSION, 8);
  out.writeUInt32BE(header.generation, 12);
  header.vaultId.copy(out, 16);
  return out;
}

function decodeFileHeader(magic: Buffer, bytes: Buffer, what: string): FileHeader {
  if (bytes.length < FILE_HEADER_BYTES) throw damaged(`the ${what} is cut short`);
  if (!bytes.subarray(0, 8).equals(magic)) throw damaged(`the ${what} is not a Twofold file`);
  const version = bytes.readUInt16BE(8);
  if (version !== FORMAT_VERSION) throw damaged(`the ${what} has an unknown format ${version}`);
  if (bytes.readUInt16BE(10) !== 0) throw damaged(`the ${what} has a damaged header`);
  return { generation: bytes.readUInt32BE(12), vaultId: Buffer.from(bytes.subarray(16, 32)) };
}

export async function encodeSnapshot(
  key: Uint8Array,
  header: FileHeader,
  database: Uint8Array,
): Promise<Buffer> {
  const head = encodeFileHeader(SNAPSHOT_MAGIC, header);
  return sealInSlices(key, database, head, head);
}

export function snapshotHeader(bytes: Buffer): FileHeader {
  return decodeFileHeader(SNAPSHOT_MAGIC, bytes, 'journal snapshot');
}

export async function decodeSnapshot(
  key: Uint8Array,
  bytes: Buffer,
  vaultId: Buffer,
  what = 'journal snapshot',
): Promise<{ header: FileHeader; database: Buffer }> {
  const header = decodeFileHeader(SNAPSHOT_MAGIC, bytes, what);
  if (!header.vaultId.equals(vaultId)) throw damaged(`the ${what} belongs to another journal`);
  try {
    const head = bytes.subarray(0, FILE_HEADER_BYTES);
    return { header, database: await openInSlices(key, bytes.subarray(FILE_HEADER_BYTES), head) };
  } catch (error) {
    throw damaged(`the ${what} fails its integrity check`, error);
  }
}

export function encodeLogHeader(header: FileHeader): Buffer {
  return encodeFileHeader(LOG_MAGIC, header);
}

export function logHeader(bytes: Buffer): FileHeader {
  return decodeFileHeader(LOG_MAGIC, bytes, 'change log');
}

function recordAad(header: FileHeader, seq: number): Buffer {
  const aad = Buffer.alloc(32);
  RECORD_MAGIC.copy(aad, 0);
  header.vaultId.copy(aad, 8);
  aad.writeUInt32BE(header.generation, 24);
  aad.writeUInt32BE(seq, 28);
  return aad;
}

function recordCrc(length: number, seq: number): number {
  const b = Buffer.alloc(8);
  b.writeUInt32BE(length, 0);
  b.writeUInt32BE(seq, 4);
  return crc32(b);
}

export function encodeRecord(
  key: Uint8Array,
  header: FileHeader,
  seq: number,
  payload: Uint8Array,
): Buffer {
  const sealed = seal(key, payload, recordAad(header, seq));
  const head = Buffer.alloc(RECORD_HEADER_BYTES);
  head.writeUInt32BE(sealed.length, 0);
  head.writeUInt32BE(seq, 4);
  head.writeUInt32BE(recordCrc(sealed.length, seq), 8);
  return Buffer.concat([head, sealed]);
}

export type ParsedLog = Readonly<{
  header: FileHeader;
  /** Decrypted payloads in order. */
  payloads: Buffer[];
  /** Bytes up to the end of the last good record: where the next record goes. */
  validLength: number;
  /** A record was cut short at the very end (a crash mid-append) and was left out. */
  tornTail: boolean;
  /** Only with `salvage`: why reading stopped before the end (the damage), else null. */
  damage: string | null;
}>;

function isZero(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0) return false;
  return true;
}

/**
 * Reads and authenticates every record. A record cut short at the very end is dropped and
 * reported; anything else out of place (a bad checksum, a failed authentication, a gap in
 * the sequence) is damage, and nothing from the log is used.
 *
 * "Cut short" also covers the other thing an interrupted append can leave: some file systems
 * grow the file before its data reaches the disk, so after a power cut the unwritten end of the
 * last record reads as zeros. So these count as cut short: fewer bytes than a record header;
 * nothing but zeros to the end of the file; a header that does not check out followed only by
 * zeros; a record that runs exactly to the end of the file, fails authentication and ends in a
 * zeroed tag. A complete record always ends in a random 16-byte tag, so a flipped bit in one
 * never looks like any of these.
 *
 * With `salvage`, damage stops the reading instead of throwing: the records before it are
 * returned with `damage` set (used to offer "restore everything up to the damage").
 */
export function parseLog(
  key: Uint8Array,
  bytes: Buffer,
  vaultId: Buffer,
  options: { salvage?: boolean } = {},
): ParsedLog {
  const header = logHeader(bytes);
  if (!header.vaultId.equals(vaultId)) throw damaged('the change log belongs to another journal');
  const payloads: Buffer[] = [];
  let offset = FILE_HEADER_BYTES;
  let expectedSeq = 1;
  const torn = (): ParsedLog => ({
    header,
    payloads,
    validLength: offset,
    tornTail: true,
    damage: null,
  });
  const fail = (detail: string, cause?: unknown): ParsedLog => {
    if (!options.salvage) throw damaged(detail, cause);
    return { header, payloads, validLength: offset, tornTail: false, damage: detail };
  };
  while (offset < bytes.length) {
    const rest = bytes.subarray(offset);
    if (rest.length < RECORD_HEADER_BYTES || isZero(rest)) return torn();
    const length = rest.readUInt32BE(0);
    const seq = rest.readUInt32BE(4);
    if (rest.readUInt32BE(8) !== recordCrc(length, seq)) {
      if (isZero(rest.subarray(RECORD_HEADER_BYTES))) return torn();
      return fail(`change record ${expectedSeq} has a broken header`);
    }
    if (length > MAX_RECORD_BYTES) return fail(`change record ${seq} is impossibly large`);
    if (seq !== expectedSeq) return fail(`change record ${expectedSeq} is missing`);
    const end = RECORD_HEADER_BYTES + length;
    if (rest.length < end) return torn();
    const sealed = rest.subarray(RECORD_HEADER_BYTES, end);
    try {
      payloads.push(open(key, sealed, recordAad(header, seq)));
    } catch (error) {
      const zeroedTag = length >= TAG_BYTES && isZero(sealed.subarray(length - TAG_BYTES));
      if (rest.length === end && zeroedTag) return torn();
      return fail(`change record ${seq} fails its integrity check`, error);
    }
    offset += end;
    expectedSeq += 1;
  }
  return { header, payloads, validLength: offset, tornTail: false, damage: null };
}
