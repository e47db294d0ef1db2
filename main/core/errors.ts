import type { ErrorCode } from '../contract/result';

/**
 * Every failure the core expects ends up as one of these: a code the app and the command line
 * map to a message or an exit code, and a sentence a person can act on.
 */
export class JournalError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JournalError';
    this.code = code;
    this.retryAfterMs = options?.retryAfterMs;
  }
}

export const wrongPassphrase = () =>
  new JournalError('WRONG_PASSPHRASE', 'That passphrase does not open this journal.');

export const damaged = (detail: string, cause?: unknown) =>
  new JournalError(
    'DAMAGED',
    `This journal's files are damaged or were changed outside Twofold (${detail}). Nothing was changed; you can restore from a backup.`,
    { cause },
  );

export const locked = () => new JournalError('LOCKED', 'The journal is locked.');

export const notFound = (what: string) => new JournalError('NOT_FOUND', `${what} was not found.`);

export const invalid = (message: string) => new JournalError('INVALID_REQUEST', message);

/** Turns low-level file errors into messages a person can act on. */
export function fromFsError(error: unknown, doing: string): JournalError {
  if (error instanceof JournalError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new JournalError(
      'DISK_FULL',
      `The disk is full, so Twofold could not ${doing}. Nothing was lost; free some space and try again.`,
      { cause: error },
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new JournalError(
      'IO_ERROR',
      `Twofold is not allowed to write to the journal's folder, so it could not ${doing}.`,
      { cause: error },
    );
  }
  return new JournalError('IO_ERROR', `Twofold could not ${doing} (${code ?? 'file error'}).`, {
    cause: error,
  });
}
