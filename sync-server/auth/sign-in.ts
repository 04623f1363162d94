/**
 * Checking a NIP and password. Each attempt is reserved before its scrypt check: from a device
 * the NIP signed in from before, against that device's own count (someone else's failures do not
 * lock its owner out); from any other device, against the NIP's count for unknown devices and
 * the address's count. So a burst checks at most the tries left, and failures past them earn
 * doubling pauses (rate-limit.ts). Checks then pass a small global queue (hash-gate.ts) so that
 * hashing cannot take the whole machine. HTTP Basic requests (CouchDB tools send them on every
 * call) reuse a recent success for a minute instead of running scrypt each time; the cache holds
 * only a hash of the credentials.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Account, Accounts } from './accounts';
import type { Devices } from './devices';
import { HashGate } from './hash-gate';
import { AttemptLimiter, type Admission } from './rate-limit';

export type SignInOptions = {
  /** The `kinerja_device` cookie the request carries, if any. */
  deviceToken?: string | null;
};

/**
 * `retryAfter` (seconds) is null when the password was checked and wrong (401), a number when
 * it was not checked at all (429): the key is paused, its tries are all being checked right now
 * ('busy'), or the server-wide queue of checks is full ('queue-full').
 */
export type SignInRefusal =
  | {
      ok: false;
      retryAfter: null;
      why: 'credentials';
      /** Tries left before a pause. */
      remaining: number;
      /** The pause this failure started, in seconds; 0 when none. */
      pauseSeconds: number;
    }
  | { ok: false; retryAfter: number; why: 'paused' | 'busy' | 'queue-full' };

export type SignInResult = { ok: true; account: Account } | SignInRefusal;

const BASIC_CACHE_MS = 60_000;
/** Checks running at once for one address (an office shares one): a few, whatever its free tries. */
const ADDRESS_IN_FLIGHT = 5;

type Hold = { limiter: AttemptLimiter; key: string };

export class SignIn {
  /** The server-wide queue of password checks; exposed for metrics and tests. */
  readonly hashGate: HashGate;
  private readonly perNip: AttemptLimiter;
  private readonly perDevice: AttemptLimiter;
  private readonly perAddress: AttemptLimiter;
  private readonly basicCache = new Map<string, { nip: string; until: number }>();
  private checks = 0;

  constructor(
    private readonly accounts: Accounts,
    private readonly devices: Devices,
    config: Pick<Config, 'signInLimit' | 'passwordChecks'>,
    private readonly log?: Logger,
    private readonly now: () => number = Date.now,
  ) {
    const { perNip, perAddress, firstPauseMs, maxPauseMs, forgetAfterMs } = config.signInLimit;
    const pauses = { firstPauseMs, maxPauseMs, forgetAfterMs };
    // Per NIP every try left may be in flight at once: each is counted as failed until checked.
    this.perNip = new AttemptLimiter({ freeTries: perNip, maxInFlight: perNip, ...pauses }, now);
    this.perDevice = new AttemptLimiter({ freeTries: perNip, maxInFlight: perNip, ...pauses }, now);
    this.perAddress = new AttemptLimiter(
      { freeTries: perAddress, maxInFlight: ADDRESS_IN_FLIGHT, ...pauses },
      now,
    );
    this.hashGate = new HashGate(config.passwordChecks);
  }

  /** Passwords checked since start (scrypt runs), for metrics and tests. */
  get passwordChecks(): number {
    return this.checks;
  }

  /** Verifies credentials unless the attempt is refused before the check (retryAfter in seconds). */
  async attempt(
    nip: string,
    password: string,
    address: string,
    opts: SignInOptions = {},
  ): Promise<SignInResult> {
    const token = opts.deviceToken ?? null;
    const known = token !== null && this.devices.isKnown(token, nip);
    const holds: Hold[] = known
      ? [{ limiter: this.perDevice, key: `${nip}\0${digest(token)}` }]
      : [
          { limiter: this.perNip, key: nip },
          { limiter: this.perAddress, key: address },
        ];
    const admission = reserveAll(holds);
    if (!admission.ok) {
      return {
        ok: false,
        why: admission.why,
        retryAfter: Math.ceil(admission.retryAfterMs / 1000),
      };
    }
    const check = this.hashGate.tryRun(
      () => {
        this.checks++;
        return this.accounts.verify(nip, password);
      },
      { priority: known },
    );
    if (check === null) {
      for (const h of holds) h.limiter.release(h.key);
      return { ok: false, why: 'queue-full', retryAfter: 1 };
    }
    let account: Account | null;
    try {
      account = await check;
    } catch (err) {
      for (const h of holds) h.limiter.release(h.key);
      throw err;
    }
    if (!account) {
      const outcomes = holds.map((h) => h.limiter.fail(h.key));
      const remaining = Math.min(...outcomes.map((o) => o.remaining));
      const pauseSeconds = Math.ceil(Math.max(...outcomes.map((o) => o.pauseMs)) / 1000);
      if (pauseSeconds > 0)
        this.log?.warn({ user: nip, address, knownDevice: known, pauseSeconds }, 'sign-in paused');
      return { ok: false, why: 'credentials', retryAfter: null, remaining, pauseSeconds };
    }
    // The NIP's (or device's) failures are forgotten; an address's failures on other NIPs are not.
    for (const h of holds) {
      if (h.limiter === this.perAddress) h.limiter.release(h.key);
      else h.limiter.succeed(h.key);
    }
    return { ok: true, account };
  }

  /** Like attempt, for HTTP Basic: a success is remembered briefly. */
  async basic(
    nip: string,
    password: string,
    address: string,
    opts: SignInOptions = {},
  ): Promise<SignInResult> {
    const key = digest(`${nip}\0${password}`);
    const hit = this.basicCache.get(key);
    if (hit && hit.until > this.now()) {
      const account = this.accounts.find(hit.nip);
      if (account) return { ok: true, account };
    }
    const result = await this.attempt(nip, password, address, opts);
    if (result.ok) {
      if (this.basicCache.size > 10_000) this.basicCache.clear();
      this.basicCache.set(key, { nip, until: this.now() + BASIC_CACHE_MS });
    }
    return result;
  }

  /** Forgets remembered Basic credentials (after a password change). */
  forget(): void {
    this.basicCache.clear();
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reserves the attempt on every key or on none; a refusal names the longest wait. */
function reserveAll(holds: Hold[]): Admission {
  const answers = holds.map((h) => ({ h, a: h.limiter.reserve(h.key) }));
  const refusals = answers.flatMap(({ a }) => (a.ok ? [] : [a]));
  if (refusals.length === 0) return { ok: true };
  for (const { h, a } of answers) if (a.ok) h.limiter.release(h.key);
  return refusals.reduce((a, b) => (b.retryAfterMs > a.retryAfterMs ? b : a));
}
