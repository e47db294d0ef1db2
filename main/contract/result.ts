// The envelope every reply crosses the bridge in: never a raw error or a stack trace.

export const ERROR_CODES = [
  'INVALID_REQUEST',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'NO_VAULT',
  'VAULT_EXISTS',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'RATE_LIMITED',
  'DAMAGED',
  'UNSUPPORTED_VERSION',
  'VAULT_IN_USE',
  'DISK_FULL',
  'IO_ERROR',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorInfo = Readonly<{
  code: ErrorCode;
  message: string;
  /** Milliseconds to wait before the next attempt (rate limiting). */
  retryAfterMs?: number;
}>;

export type Result<T> =
  Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: ErrorInfo }>;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(error: ErrorInfo): Result<never> {
  return { ok: false, error };
}
