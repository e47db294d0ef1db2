import { crc32 } from 'node:zlib';
import { open, seal } from '../crypto/aead';
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
  return { generation: bytes.readUInt32BE(12), vaultId: Buffer.from(bytes.subarray(16, 32)) };
}

export function encodeSnapshot(key: Uint8Array, header: FileHeader, database: Uint8Array): Buffer {
  const head = encodeFileHeader(SNAPSHOT_MAGIC, header);
  return Buffer.concat([head, seal(key, database, head)]);
}

export function snapshotHeader(bytes: Buffer): FileHeader {
  return decodeFileHeader(SNAPSHOT_MAGIC, bytes, 'journal snapshot');
}

export function decodeSnapshot(
  key: Uint8Array,
  bytes: Buffer,
  vaultId: Buffer,
): {
  header: FileHeader;
  database: Buffer;
} {
  const header = snapshotHeader(bytes);
  if (!header.vaultId.equals(vaultId)) throw damaged('the snapshot belongs to another journal');
  try {
    return {
      header,
      database: open(key, bytes.subarray(FILE_HEADER_BYTES), bytes.subarray(0, FILE_HEADER_BYTES)),
    };
  } catch (error) {
    throw damaged('the journal snapshot fails its integrity check', error);
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
  /** Bytes up to the end of the last complete record: where the next record goes. */
  validLength: number;
  /** A record was cut short at the very end (a crash mid-append) and was left out. */
  tornTail: boolean;
}>;

/**
 * Reads and authenticates every record. A record cut short at the very end is dropped and
 * reported; anything else out of place (a bad checksum, a failed authentication, a gap in
 * the sequence) is damage, and nothing from the log is used.
 */
export function parseLog(key: Uint8Array, bytes: Buffer, vaultId: Buffer): ParsedLog {
  const header = logHeader(bytes);
  if (!header.vaultId.equals(vaultId)) throw damaged('the change log belongs to another journal');
  const payloads: Buffer[] = [];
  let offset = FILE_HEADER_BYTES;
  let expectedSeq = 1;
  while (offset < bytes.length) {
    if (bytes.length - offset < RECORD_HEADER_BYTES) {
      return { header, payloads, validLength: offset, tornTail: true };
    }
    const length = bytes.readUInt32BE(offset);
    const seq = bytes.readUInt32BE(offset + 4);
    if (bytes.readUInt32BE(offset + 8) !== recordCrc(length, seq)) {
      throw damaged(`change record ${payloads.length + 1} has a broken header`);
    }
    if (length > MAX_RECORD_BYTES) throw damaged(`change record ${seq} is impossibly large`);
    if (seq !== expectedSeq) throw damaged(`change record ${expectedSeq} is missing`);
    const start = offset + RECORD_HEADER_BYTES;
    if (bytes.length - start < length) {
      return { header, payloads, validLength: offset, tornTail: true };
    }
    try {
      payloads.push(open(key, bytes.subarray(start, start + length), recordAad(header, seq)));
    } catch (error) {
      throw damaged(`change record ${seq} fails its integrity check`, error);
    }
    offset = start + length;
    expectedSeq += 1;
  }
  return { header, payloads, validLength: offset, tornTail: false };
}
