import type { z } from 'zod';
import { contract, isMethodName } from '../../contract';
import { type Result, fail, ok } from '../../contract/result';
import type { Handlers } from '../../contract';
import { JournalError } from '../errors';

/** Requests bigger than this are refused before they are parsed. */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;
/** No request of the contract nests deeper than a few levels; this is far beyond any. */
export const MAX_REQUEST_DEPTH = 32;

/** Enough of a long detail (a list of unexpected keys, say) to act on. */
function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request is not valid.';
  const where = first.path.length > 0 ? ` (${clip(first.path.join('.'), 80)})` : '';
  return `The request is not valid${where}: ${clip(first.message)}.`;
}

/**
 * Roughly how many characters the payload would take as JSON, counted without building it and
 * given up on as soon as it passes the limit or nests too deep (cycles included), so a hostile
 * payload costs at most `limit` steps to refuse.
 */
export function measureRequest(
  payload: unknown,
  limit = MAX_REQUEST_BYTES,
  maxDepth = MAX_REQUEST_DEPTH,
): 'ok' | 'too-large' | 'too-deep' | 'not-plain' {
  let size = 0;
  const stack: Array<[unknown, number]> = [[payload, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') size += value.length + 2;
    else if (value === null || typeof value !== 'object') size += 8;
    else {
      // Requests are plain data: objects and arrays, nothing with a prototype of its own (a
      // typed array, a Map, an object whose prototype was swapped), which the schemas would
      // otherwise walk through.
      const proto: unknown = Object.getPrototypeOf(value);
      const plain = Array.isArray(value)
        ? proto === Array.prototype
        : proto === Object.prototype || proto === null;
      if (!plain) return 'not-plain';
      if (depth >= maxDepth) return 'too-deep';
      size += 2;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length && size <= limit; i += 1) {
          size += 1;
          stack.push([value[i], depth + 1]);
        }
      } else {
        for (const key of Object.keys(value)) {
          size += key.length + 4;
          if (size > limit) return 'too-large';
          stack.push([(value as Record<string, unknown>)[key], depth + 1]);
        }
      }
    }
    if (size > limit) return 'too-large';
  }
  return 'ok';
}

/** The kind of failure and where it happened, never its message: messages can quote data. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames].join('\n');
}

const REFUSALS = {
  'too-large': 'The request is too large.',
  'too-deep': 'The request is nested too deeply.',
  'not-plain': 'The request is not plain data.',
} as const;

export type DispatchLog = (message: string) => void;

/**
 * The one door into main: checks the method name, the size and the shape of the request, runs
 * the handler, and wraps whatever happens in an envelope. Nothing a handler throws crosses the
 * bridge except a code and a sentence.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  payload: unknown,
  log: DispatchLog = (m) => console.error(m),
): Promise<Result<unknown>> {
  if (typeof method !== 'string' || !isMethodName(method)) {
    return fail({ code: 'UNKNOWN_METHOD', message: 'Twofold does not know that request.' });
  }
  const measured = measureRequest(payload);
  if (measured !== 'ok') return fail({ code: 'INVALID_REQUEST', message: REFUSALS[measured] });
  const parsed = contract[method].request.safeParse(payload);
  if (!parsed.success) {
    return fail({ code: 'INVALID_REQUEST', message: describe(parsed.error) });
  }
  try {
    const handler = handlers[method] as (request: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof JournalError) {
      return fail({
        code: error.code,
        message: error.message,
        ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      });
    }
    // The kind of failure and its stack only: never the payload or the error's message, which
    // may hold journal text or a passphrase.
    log(`twofold: ${method} failed: ${describeFailure(error)}`);
    return fail({
      code: 'INTERNAL',
      message: 'Something went wrong inside Twofold. Nothing was changed.',
    });
  }
}
