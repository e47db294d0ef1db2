import { JournalError } from '../errors';

/**
 * Growing delays after wrong passphrases: the first few are free (typos happen), then each
 * failure doubles the wait, up to five minutes. Argon2 already makes each guess cost a second;
 * this makes a person at the keyboard, or a script driving the window, slower still.
 */
export class AttemptLimiter {
  private failures = 0;
  private blockedUntil = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly freeAttempts = 3,
    private readonly baseDelayMs = 1000,
    private readonly maxDelayMs = 5 * 60_000,
  ) {}

  retryAfterMs(): number {
    return Math.max(0, this.blockedUntil - this.now());
  }

  /** Throws RATE_LIMITED if an attempt now would come too soon. */
  check(): void {
    const wait = this.retryAfterMs();
    if (wait > 0) {
      throw new JournalError(
        'RATE_LIMITED',
        `Too many wrong attempts. Try again in ${Math.ceil(wait / 1000)} seconds.`,
        { retryAfterMs: wait },
      );
    }
  }

  failed(): void {
    this.failures += 1;
    const over = this.failures - this.freeAttempts;
    if (over > 0) {
      this.blockedUntil =
        this.now() + Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (over - 1));
    }
  }

  succeeded(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
