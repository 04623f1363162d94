/** Longpoll `_changes` requests waiting for a change in one of their channels. */
export type Waiter = { channels: ReadonlySet<string>; wake: () => void };

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

  /** Wakes (once) every waiter on any of these channels. */
  wake(channels: Iterable<string>): void {
    const woken = new Set<Waiter>();
    for (const c of channels) for (const w of this.byChannel.get(c) ?? []) woken.add(w);
    for (const w of woken) {
      this.remove(w);
      w.wake();
    }
  }

  /** Wakes everyone: the org chart changed, so anyone's channels may have. */
  wakeAll(): void {
    for (const w of [...this.all]) {
      this.remove(w);
      w.wake();
    }
  }

  /** Shutdown: answer every waiting request. */
  close(): void {
    this.closed = true;
    this.wakeAll();
  }

  get size(): number {
    return this.all.size;
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
