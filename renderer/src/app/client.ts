import type {
  ErrorCode,
  JournalEvent,
  MethodName,
  RequestOf,
  ResponseOf,
  Result,
} from '../../../main/contract';

// The one module that touches the bridge. Everything else calls `call(...)` and gets a value
// or a ClientError with the code and sentence main sent.

export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;

  constructor(code: ErrorCode, message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}

type Caller<M extends MethodName> = (request?: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;

export async function call<M extends MethodName>(
  method: M,
  ...request: RequestOf<M> extends void ? [] : [RequestOf<M>]
): Promise<ResponseOf<M>> {
  const fn = window.journal[method] as unknown as Caller<M>;
  let result: Result<ResponseOf<M>>;
  try {
    result = await fn(...(request as [RequestOf<M>?]));
  } catch {
    throw new ClientError('UNAVAILABLE', 'Twofold could not reach its journal. Try again.');
  }
  if (!result.ok) {
    throw new ClientError(result.error.code, result.error.message, result.error.retryAfterMs);
  }
  return result.value;
}

export function subscribe(listener: (event: JournalEvent) => void): () => void {
  return window.journalEvents.subscribe(listener);
}

export function messageOf(error: unknown): string {
  if (error instanceof ClientError) return error.message;
  return 'Something went wrong. Try again.';
}
