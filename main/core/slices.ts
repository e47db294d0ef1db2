// Long jobs on the main process (unlocking, replaying, compacting, importing) run as slices
// with a turn of the event loop between them, so the app's window never waits on one for more
// than a few milliseconds. `npm run bench` prints the longest slice it measured.

/** Hands the event loop a turn. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Yields whenever the current slice has run longer than `budgetMs`. */
export class SliceTimer {
  private started = performance.now();

  constructor(private readonly budgetMs = 8) {}

  async maybeYield(): Promise<void> {
    if (performance.now() - this.started < this.budgetMs) return;
    await yieldToEventLoop();
    this.started = performance.now();
  }
}
