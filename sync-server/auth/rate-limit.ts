/**
 * Sign-in attempts per key (a NIP, one known device of a NIP, an address), kept in memory.
 * An attempt is reserved before its password is checked, so a burst cannot start more checks
 * than the key has tries left. Failures past the free tries earn pauses that double (a person
 * who mistypes waits a minute, a guesser slows to a few tries an hour) instead of one flat
 * lockout; a day without failures forgets them.
 */

export type AttemptPolicy = {
  /** Failures allowed before the first pause. */
  freeTries: number;
  /** Checks of one key running at once; never more than its tries left either. */
  maxInFlight: number;
  /** The pause the first failure past the free tries earns; each further one doubles it. */
  firstPauseMs: number;
  maxPauseMs: number;
  /** Failures are forgotten this long after the last one. */
  forgetAfterMs: number;
};

export type KeyState = {
  failures: number;
  lastFailureAt: number;
  pausedUntil: number;
  /** Reserved attempts whose check has not ended. */
  pending: number;
};

export type Admission = { ok: true } | { ok: false; why: 'paused' | 'busy'; retryAfterMs: number };

export type FailureOutcome = {
  /** Tries left before a pause. */
  remaining: number;
  /** The pause this failure started (0: none). */
  pauseMs: number;
};

const FRESH: KeyState = { failures: 0, lastFailureAt: 0, pausedUntil: 0, pending: 0 };

/** When a key may try again after a check of its own ends (it may then be paused or free). */
const BUSY_RETRY_MS = 1000;

/** The key's state as of `now`: failures a day old (and no longer pausing) are forgotten. */
export function currentState(
  state: KeyState | undefined,
  policy: AttemptPolicy,
  now: number,
): KeyState {
  if (!state) return FRESH;
  const stale = now - state.lastFailureAt >= policy.forgetAfterMs && now >= state.pausedUntil;
  return state.failures > 0 && stale ? { ...FRESH, pending: state.pending } : state;
}

/** Tries that may still fail before a pause: the free ones left, or one once a pause has run out. */
export function triesLeft(state: KeyState, policy: AttemptPolicy): number {
  return state.failures < policy.freeTries ? policy.freeTries - state.failures : 1;
}

/** Whether one more check may start now; every pending check is counted as if it will fail. */
export function admit(state: KeyState, policy: AttemptPolicy, now: number): Admission {
  if (now < state.pausedUntil)
    return { ok: false, why: 'paused', retryAfterMs: state.pausedUntil - now };
  if (state.pending >= Math.min(triesLeft(state, policy), policy.maxInFlight))
    return { ok: false, why: 'busy', retryAfterMs: BUSY_RETRY_MS };
  return { ok: true };
}

/** The pause that a key's `failures`-th failure earns: none within the free tries, then 1, 2, 4 ... */
export function pauseAfter(failures: number, policy: AttemptPolicy): number {
  if (failures < policy.freeTries) return 0;
  return Math.min(policy.maxPauseMs, policy.firstPauseMs * 2 ** (failures - policy.freeTries));
}

/** The state after one of its pending checks failed. */
export function withFailure(state: KeyState, policy: AttemptPolicy, now: number): KeyState {
  const failures = state.failures + 1;
  const pause = pauseAfter(failures, policy);
  return {
    failures,
    lastFailureAt: now,
    pausedUntil: pause > 0 ? now + pause : state.pausedUntil,
    pending: Math.max(0, state.pending - 1),
  };
}

/** Tries left before a pause, for telling the person: none once past the free tries. */
export function remainingOf(state: KeyState, policy: AttemptPolicy): number {
  return Math.max(0, policy.freeTries - state.failures);
}

export class AttemptLimiter {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    readonly policy: AttemptPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one attempt for `key` before its check starts, or says why not and for how long. */
  reserve(key: string): Admission {
    const state = this.state(key);
    const answer = admit(state, this.policy, this.now());
    if (answer.ok) this.set(key, { ...state, pending: state.pending + 1 });
    return answer;
  }

  /** The reserved attempt's password was wrong. */
  fail(key: string): FailureOutcome {
    const after = withFailure(this.state(key), this.policy, this.now());
    this.set(key, after);
    return {
      remaining: remainingOf(after, this.policy),
      pauseMs: pauseAfter(after.failures, this.policy),
    };
  }

  /** The reserved attempt's password was right: the key's failures are forgotten. */
  succeed(key: string): void {
    this.set(key, { ...FRESH, pending: Math.max(0, this.state(key).pending - 1) });
  }

  /** The reserved attempt was never checked (the hashing queue was full): it costs nothing. */
  release(key: string): void {
    const state = this.state(key);
    this.set(key, { ...state, pending: Math.max(0, state.pending - 1) });
  }

  /** Tries left before a pause, as of now. */
  remaining(key: string): number {
    return remainingOf(this.state(key), this.policy);
  }

  private state(key: string): KeyState {
    return currentState(this.keys.get(key), this.policy, this.now());
  }

  private set(key: string, state: KeyState): void {
    if (state.failures === 0 && state.pending === 0) this.keys.delete(key);
    else this.keys.set(key, state);
    if (this.keys.size > 100_000) this.prune();
  }

  /** Drops keys whose failures are forgotten, so guesses at random NIPs cannot fill memory. */
  private prune(): void {
    const now = this.now();
    for (const [key, state] of this.keys) {
      const s = currentState(state, this.policy, now);
      if (s.failures === 0 && s.pending === 0) this.keys.delete(key);
    }
  }
}
