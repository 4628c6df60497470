/**
 * Runs work per key soon, coalescing: requests arriving while one runs for the same key fold into one more run, so
 * a burst of membership events costs two evaluations of an alliance, not one per event.
 */
export class Coalescer {
  private readonly running = new Map<string, { again: boolean; done: Promise<void> }>();
  private stopping = false;

  /** `work(key)` per run; `onError` for a failed run (the next request runs again). */
  constructor(
    private readonly work: (key: string) => Promise<unknown>,
    private readonly onError: (err: unknown, key: string) => void,
  ) {}

  /** Runs `work(key)` now, or once more after the current run; resolves when no run for the key is pending. */
  schedule(key: string): Promise<void> {
    const current = this.running.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const state = { again: false, done: Promise.resolve() };
    this.running.set(key, state);
    state.done = (async () => {
      try {
        do {
          state.again = false;
          if (this.stopping) return;
          try {
            await this.work(key);
          } catch (err) {
            if (!this.stopping) this.onError(err, key);
          }
        } while (state.again);
      } finally {
        this.running.delete(key);
      }
    })();
    return state.done;
  }

  /** Starts nothing more and resolves when the runs in progress have finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running.values()].map((r) => r.done));
  }
}
