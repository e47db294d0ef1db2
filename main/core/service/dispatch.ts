import type { z } from 'zod';
import { contract, isMethodName } from '../../contract';
import { type Result, fail, ok } from '../../contract/result';
import type { Handlers } from '../../contract';
import { JournalError } from '../errors';

/** Requests bigger than this are refused before they are parsed. */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request is not valid.';
  const where = first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `The request is not valid${where}: ${first.message}.`;
}

function sizeOf(payload: unknown): number {
  if (payload === undefined) return 0;
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

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
  if (sizeOf(payload) > MAX_REQUEST_BYTES) {
    return fail({ code: 'INVALID_REQUEST', message: 'The request is too large.' });
  }
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
    // Log the kind of failure only: never a payload, which may hold journal text.
    log(
      `twofold: ${method} failed: ${error instanceof Error ? (error.stack ?? error.name) : 'unknown error'}`,
    );
    return fail({
      code: 'INTERNAL',
      message: 'Something went wrong inside Twofold. Nothing was changed.',
    });
  }
}
