import { invalid } from '../errors';

// JSON from outside (an import file, standard input) is measured before it is parsed: a file
// nested 100,000 levels deep would otherwise exhaust the stack of the parser or of the schema
// that checks it, and a huge one the memory. Every importer reads its JSON through here.

/** Far deeper than anything Twofold writes (an export nests five or six levels). */
export const MAX_JSON_DEPTH = 64;
/** Far more than decades of daily writing take as JSON, and below V8's longest string. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

export type JsonBounds = Readonly<{ maxDepth?: number; maxBytes?: number }>;

const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deep `bytes` nests, given up on as soon as it passes `limit`. Strings are skipped. */
export function jsonDepthExceeds(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPEN.has(byte)) {
      depth += 1;
      if (depth > limit) return true;
    } else if (CLOSE.has(byte)) {
      depth -= 1;
    }
  }
  return false;
}

/** Strict UTF-8: a file with invalid bytes is refused, not read with replacement characters. */
export function decodeUtf8Strict(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(`${what} is not valid UTF-8 text.`);
  }
}

/**
 * Parses JSON from outside Twofold, refusing with one sentence (naming the limit) anything too
 * big, nested too deep, not UTF-8 or not JSON. `what` names it: "The file", "backup.json".
 */
export function parseBoundedJson(
  bytes: Uint8Array,
  what: string,
  bounds: JsonBounds = {},
): unknown {
  const maxBytes = bounds.maxBytes ?? MAX_JSON_BYTES;
  const maxDepth = bounds.maxDepth ?? MAX_JSON_DEPTH;
  if (bytes.length > maxBytes) {
    throw invalid(
      `${what} is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB, the most Twofold reads as JSON.`,
    );
  }
  if (jsonDepthExceeds(bytes, maxDepth)) {
    throw invalid(`${what} nests deeper than ${maxDepth} levels, the most Twofold reads.`);
  }
  const text = decodeUtf8Strict(bytes, what);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid(`${what} is not JSON.`);
  }
}
