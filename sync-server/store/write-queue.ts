/**
 * The locks gated writes hold while they are judged, written and indexed (ADR 0022). A write
 * names the keys its judging reads (its documents, their related documents, the prefixes whose
 * documents it reads: see gatekeeper.ts `lockKeysOf`) and holds them all; writes whose keys are
 * disjoint run side by side, writes that share a key run one after the other, in the order they
 * asked. A write that changes everyone's judging (the org chart, the periods, an import) runs
 * exclusively: after every earlier write, before every later one. Nothing is held in the store:
 * this orders the writes of one server process (ADR 0022 says why that is enough).
 */
type Request = {
  keys: ReadonlySet<string>;
  exclusive: boolean;
  start: () => void;
};

export class WriteLocks {
  /** Requests not started yet, in the order they asked. */
  private readonly waiting: Request[] = [];
  /** Keys held by running writes. */
  private readonly held = new Set<string>();
  private running = 0;
  private exclusiveRunning = false;
  private readonly idlers: (() => void)[] = [];

  /** Runs `task` holding every key: one write of a key at a time, in the order they asked. */
  run<T>(keys: Iterable<string>, task: () => Promise<T>): Promise<T> {
    return this.enqueue(new Set(keys), false, task);
  }

  /** Runs `task` alone: after every write asked before it, before any asked after it. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.enqueue(new Set(), true, task);
  }

  /** Resolves when no write runs or waits (writes asked meanwhile are waited for too). */
  async idle(): Promise<void> {
    while (this.running > 0 || this.waiting.length > 0)
      await new Promise<void>((resolve) => this.idlers.push(resolve));
  }

  private enqueue<T>(
    keys: ReadonlySet<string>,
    exclusive: boolean,
    task: () => Promise<T>,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const request: Request = {
        keys,
        exclusive,
        start: () => {
          // A task that throws before its first await still releases its keys.
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => this.release(request));
        },
      };
      this.waiting.push(request);
      this.grant();
    });
  }

  private release(request: Request): void {
    for (const key of request.keys) this.held.delete(key);
    this.running--;
    if (request.exclusive) this.exclusiveRunning = false;
    this.grant();
    if (this.running === 0 && this.waiting.length === 0)
      for (const wake of this.idlers.splice(0)) wake();
  }

  /**
   * Starts every waiting request that conflicts with nothing running and nothing waiting before
   * it (so a key's writes keep their order and an exclusive write is not starved).
   */
  private grant(): void {
    const blocked = new Set<string>();
    const starting: Request[] = [];
    for (let i = 0; i < this.waiting.length;) {
      const r = this.waiting[i] as Request;
      if (r.exclusive) {
        if (i > 0 || this.running > 0) break;
      } else if (
        this.exclusiveRunning ||
        [...r.keys].some((k) => this.held.has(k) || blocked.has(k))
      ) {
        for (const k of r.keys) blocked.add(k);
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      for (const k of r.keys) this.held.add(k);
      this.running++;
      this.exclusiveRunning = r.exclusive;
      starting.push(r);
      if (r.exclusive) break;
    }
    // Started once the state is settled: a task may ask for another write before its first await.
    for (const r of starting) r.start();
  }
}
