import type { EntryInput, EntrySummary } from '../../../main/contract';

/** `error`: the last save failed and another will follow; `failed`: it would fail the same way. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'failed';

export type DraftSaverOptions = Readonly<{
  save(input: EntryInput): Promise<EntrySummary>;
  onState(state: SaveState, error?: unknown): void;
  onSaved(summary: EntrySummary): void;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
  /** First retry after a failed save; doubles up to 30 s. */
  retryMs?: number;
  /** Whether the same version could save later (a full disk); a refused one waits for a change. */
  canRetry?(error: unknown): boolean;
}>;

/**
 * Autosave for one entry. Keeps the newest version, saves it after a pause in typing, never
 * runs two saves at once, retries after a failure, and `flush()` resolves only once the newest
 * version is durable, which is what lock, quit and switching entries wait for.
 */
export class DraftSaver {
  private pending: EntryInput | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private disposed = false;

  constructor(private readonly options: DraftSaverOptions) {}

  get hasUnsavedChanges(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /** Records the newest version of the entry and schedules a save. */
  update(input: EntryInput): void {
    if (this.disposed) return;
    this.pending = input;
    this.options.onState('unsaved');
    this.schedule(this.options.delayMs ?? 700);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveOnce().catch(() => undefined);
    }, delay);
  }

  private async saveOnce(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
    const input = this.pending;
    if (!input) return;
    this.pending = null;
    this.options.onState('saving');
    const attempt = (async () => {
      try {
        const summary = await this.options.save(input);
        this.failures = 0;
        this.options.onSaved(summary);
        this.options.onState(this.pending ? 'unsaved' : 'saved');
      } catch (error) {
        // Keep the failed version unless something newer replaced it, and try again later.
        this.pending ??= input;
        this.failures += 1;
        const retry = this.options.canRetry?.(error) ?? true;
        this.options.onState(retry ? 'error' : 'failed', error);
        if (retry && !this.disposed) {
          this.schedule(
            Math.min(30_000, (this.options.retryMs ?? 2000) * 2 ** (this.failures - 1)),
          );
        }
        throw error;
      }
    })();
    this.inFlight = attempt;
    try {
      await attempt;
    } finally {
      if (this.inFlight === attempt) this.inFlight = null;
    }
  }

  /** Saves now and resolves when everything typed so far is durable; rejects if it is not. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (;;) {
      while (this.inFlight) await this.inFlight.catch(() => undefined);
      if (!this.pending) return;
      // Rejects when the save fails; typing that arrives meanwhile goes round again.
      await this.saveOnce();
    }
  }

  /** Flushes, then stops: no more timers, no more saves. */
  async dispose(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.disposed = true;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
