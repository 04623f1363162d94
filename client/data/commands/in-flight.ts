/**
 * The commands running on a signed-in person's context. A command reads first and writes last:
 * until its write, nothing in the database says that it is coming. Sign-out counts the documents
 * not yet sent, and deletes the device's data when there are none; it must not count while a
 * save is between its read and its write. user-runtime.ts waits for the commands in flight before
 * it counts, and before it closes or deletes the databases it lets those running finish and
 * refuses new ones.
 *
 * Every command is wrapped with `command()`, which registers it on its context's `inFlight`, so
 * no command has to remember to. in-flight.test.ts checks that each command a screen calls is.
 */
import type { CommandContext } from './context';

export class CommandsInFlight {
  private running = 0;
  private ended = 0;
  private waiting: (() => void)[] = [];
  private stopped: Error | null = null;

  /**
   * Runs `work` as a command; refused with the reason given to `drain` once drained. The work
   * starts in this very turn, as a call to the command itself would.
   */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    this.running += 1;
    let started: Promise<T>;
    try {
      started = work();
    } catch (err) {
      started = Promise.reject(err);
    }
    return started.finally(() => {
      this.running -= 1;
      this.ended += 1;
      if (this.running === 0) for (const settle of this.waiting.splice(0)) settle();
    });
  }

  /** How many commands have ended so far: a command that ended after a mark may have written. */
  mark(): number {
    return this.ended;
  }

  /** Resolves once no command runs (at once when none does). */
  settled(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Waits until no command runs, then refuses every command from then on with `reason` (in the
   * same turn, so none starts in between). Refusing earlier would refuse the steps of a command
   * already running (saveActivity calls putDocs, itself a command).
   */
  async drain(reason: Error): Promise<void> {
    while (this.running > 0) await this.settled();
    this.stopped ??= reason;
  }
}

const COMMAND = Symbol('kinerja.command');

/** True for a function wrapped with `command()`. */
export function isCommand(fn: unknown): boolean {
  return typeof fn === 'function' && COMMAND in fn;
}

function inFlightOf(args: readonly unknown[]): CommandsInFlight | null {
  for (const arg of args) {
    const inFlight = (arg as Partial<CommandContext> | null)?.inFlight;
    if (inFlight instanceof CommandsInFlight) return inFlight;
  }
  return null;
}

/**
 * A command that registers on the `inFlight` of the context among its arguments while it runs;
 * without one (tests' contexts) it runs as it is.
 */
export function command<A extends unknown[], R>(
  run: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const tracked = (...args: A): Promise<R> => {
    const inFlight = inFlightOf(args);
    return inFlight ? inFlight.run(() => run(...args)) : run(...args);
  };
  return Object.assign(tracked, { [COMMAND]: true });
}
