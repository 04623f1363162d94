/**
 * A small global queue for password checks. scrypt runs on libuv's thread pool (4 threads here)
 * that file reads and LevelDB share, and costs 50-90 ms of CPU each; without a bound, one
 * burst of guesses makes every other request wait seconds. A few checks run at once, a bounded
 * number wait, and the rest are refused at once so the caller can answer 429 with Retry-After.
 * Devices a person signed in from before have their own lane that goes first, so strangers
 * filling the queue cannot keep people out of their own devices.
 */

export type HashGateBounds = {
  /** Checks that run at once. */
  running: number;
  /** Checks that may wait, in each lane. */
  waiting: number;
};

type Waiter = { priority: boolean; start: () => void };

export class HashGate {
  private running = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly bounds: HashGateBounds) {}

  /**
   * Runs `task` now or once a place frees; null at once when its lane is full. `priority` is
   * for a known device: it waits in its own lane, ahead of strangers.
   */
  tryRun<T>(task: () => Promise<T>, opts: { priority?: boolean } = {}): Promise<T> | null {
    const priority = opts.priority ?? false;
    if (this.running < this.bounds.running && this.waiters.length === 0) return this.start(task);
    const inLane = this.waiters.filter((w) => w.priority === priority).length;
    if (inLane >= this.bounds.waiting) return null;
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = { priority, start: () => void this.start(task).then(resolve, reject) };
      // A priority waiter goes after the other priority waiters, before every stranger.
      const at = priority ? this.waiters.findIndex((w) => !w.priority) : -1;
      if (at === -1) this.waiters.push(waiter);
      else this.waiters.splice(at, 0, waiter);
    });
  }

  /** Checks running and waiting now, for metrics and tests. */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiters.length };
  }

  private async start<T>(task: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiters.shift()?.start();
    }
  }
}
