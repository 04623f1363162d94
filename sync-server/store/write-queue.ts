/**
 * Gated writes run one at a time: each is validated against the stored winning revisions and
 * written before the next is judged, so two writes never pass on the same old state. Shutdown
 * waits for the queue to empty.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined).finally(() => this.pending--);
    return result;
  }

  /** Resolves when every queued write has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}
