/**
 * Longpoll `_changes` requests waiting for a change in one of their channels. A change that
 * wakes many (a thousand devices of one team) answers them in slices, one slice per turn of the
 * event loop, so the server goes on serving other requests meanwhile.
 */
export type Waiter = { channels: ReadonlySet<string>; wake: () => void };

/**
 * How many woken waiters are answered in one turn of the event loop. Between slices the answered
 * requests' close handlers (request log, metrics) run first, which delays the rest of the crowd:
 * slices of 200 made the bench's p95 worse than one turn for all 1,000 (683 and 768 ms against
 * 1,073 and 1,102 ms, alternated runs of `npm run bench -- server Longpoll` on a loaded machine).
 * A thousand answers take about 0.1-0.3 ms each: the loop is held for well under a second.
 */
export const WAKE_SLICE = 1000;

export class Waiters {
  private readonly byChannel = new Map<string, Set<Waiter>>();
  private readonly all = new Set<Waiter>();
  /** Set at shutdown: every waiter answers now, and new ones do not wait. */
  closed = false;

  /** Registers a waiter; returns the function that removes it. */
  add(waiter: Waiter): () => void {
    this.all.add(waiter);
    for (const c of waiter.channels) {
      let set = this.byChannel.get(c);
      if (!set) this.byChannel.set(c, (set = new Set()));
      set.add(waiter);
    }
    return () => this.remove(waiter);
  }

  /**
   * Wakes (once) every waiter on any of these channels: each is removed at once, and woken in
   * this turn when it is among the first WAKE_SLICE, else in a later turn.
   */
  wake(channels: Iterable<string>): void {
    const woken = new Set<Waiter>();
    for (const c of channels) for (const w of this.byChannel.get(c) ?? []) woken.add(w);
    this.wakeInSlices([...woken]);
  }

  /** Wakes everyone: the org chart changed, so anyone's channels may have. */
  wakeAll(): void {
    this.wakeInSlices([...this.all]);
  }

  /** Shutdown: answer every waiting request. */
  close(): void {
    this.closed = true;
    this.wakeAll();
  }

  get size(): number {
    return this.all.size;
  }

  private wakeInSlices(woken: Waiter[]): void {
    for (const w of woken) this.remove(w);
    const next = (from: number) => {
      const end = Math.min(woken.length, from + WAKE_SLICE);
      for (let i = from; i < end; i++) woken[i]?.wake();
      if (end < woken.length) setImmediate(next, end);
    };
    next(0);
  }

  private remove(w: Waiter): void {
    if (!this.all.delete(w)) return;
    for (const c of w.channels) {
      const set = this.byChannel.get(c);
      set?.delete(w);
      if (set?.size === 0) this.byChannel.delete(c);
    }
  }
}
