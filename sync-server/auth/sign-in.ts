/**
 * Checking a NIP and password. Each attempt is reserved before its scrypt check: from a device
 * the NIP signed in from before, against that device's own count (someone else's failures do not
 * lock its owner out); from any other device, against the NIP's count for unknown devices and
 * the address's count. So a burst checks at most the tries left, and failures past them earn
 * doubling pauses (rate-limit.ts). Checks then pass a small global queue (hash-gate.ts) so that
 * hashing cannot take the whole machine. HTTP Basic requests (CouchDB tools send them on every
 * call) reuse a recent success for a minute instead of running scrypt each time; the cache holds
 * only a hash of the credentials.
 *
 * An activation code (activation.ts) is checked the same way, under the same limits: it is
 * accepted only where the caller asks for it (`accept`), so HTTP Basic, CouchDB's `_session` and
 * the current password of a password change never take one, and it never yields a session by
 * itself (routes/session.ts asks for a new password first).
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Account, Accounts } from './accounts';
import type { Activations } from './activation';
import type { Devices } from './devices';
import { HashGate } from './hash-gate';
import { inactiveReason, type EmployeeLookup } from './inactive-people';
import { AttemptLimiter, type Admission } from './rate-limit';

/**
 * What the secret may be: the password (the default), the password or an activation code (the
 * first step of sign-in), or only an activation code, used up when it matches (activation).
 */
export type Accept = 'password' | 'password-or-code' | 'code';

export type SignInOptions = {
  /** The `kinerja_device` cookie the request carries, if any. */
  deviceToken?: string | null;
  accept?: Accept;
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
      /** The secret was the NIP's activation code, but it expired. */
      codeExpired?: boolean;
    }
  | { ok: false; retryAfter: number; why: 'paused' | 'busy' | 'queue-full' }
  /** The secret was right, but the person's document says they are not active. */
  | { ok: false; retryAfter: null; why: 'inactive'; reason: string };

/** `via`: which secret matched, the password or an activation code. */
export type SignInResult = { ok: true; account: Account; via: 'password' | 'code' } | SignInRefusal;

/** What one check found: a match, an expired code, nothing, or no place in the hashing queue. */
type Checked =
  | { ok: true; account: Account; via: 'password' | 'code' }
  | { ok: false; codeExpired: boolean }
  | 'queue-full';

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
  private readonly refused = new Map<SignInRefusal['why'], number>();

  constructor(
    private readonly accounts: Accounts,
    private readonly devices: Devices,
    private readonly activations: Activations,
    config: Pick<Config, 'signInLimit' | 'passwordChecks'>,
    private readonly log?: Logger,
    private readonly now: () => number = Date.now,
    /** The person's current document, to refuse those no longer active (none: nobody is). */
    private readonly employee: EmployeeLookup = () => undefined,
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

  /** Refused sign-ins since start, by why, for metrics and tests. */
  get refusals(): ReadonlyMap<SignInRefusal['why'], number> {
    return this.refused;
  }

  /** Verifies credentials unless the attempt is refused before the check (retryAfter in seconds). */
  async attempt(
    nip: string,
    password: string,
    address: string,
    opts: SignInOptions = {},
  ): Promise<SignInResult> {
    const result = await this.judge(nip, password, address, opts);
    if (!result.ok) this.refused.set(result.why, (this.refused.get(result.why) ?? 0) + 1);
    return result;
  }

  private async judge(
    nip: string,
    password: string,
    address: string,
    opts: SignInOptions,
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
    let checked: Checked;
    try {
      checked = await this.check(nip, password, opts.accept ?? 'password', known);
    } catch (err) {
      for (const h of holds) h.limiter.release(h.key);
      throw err;
    }
    if (checked === 'queue-full') {
      for (const h of holds) h.limiter.release(h.key);
      return { ok: false, why: 'queue-full', retryAfter: 1 };
    }
    if (!checked.ok) {
      const outcomes = holds.map((h) => h.limiter.fail(h.key));
      const remaining = Math.min(...outcomes.map((o) => o.remaining));
      const pauseSeconds = Math.ceil(Math.max(...outcomes.map((o) => o.pauseMs)) / 1000);
      if (pauseSeconds > 0)
        this.log?.warn({ user: nip, address, knownDevice: known, pauseSeconds }, 'sign-in paused');
      return {
        ok: false,
        why: 'credentials',
        retryAfter: null,
        remaining,
        pauseSeconds,
        ...(checked.codeExpired ? { codeExpired: true } : {}),
      };
    }
    // The NIP's (or device's) failures are forgotten; an address's failures on other NIPs are not.
    for (const h of holds) {
      if (h.limiter === this.perAddress) h.limiter.release(h.key);
      else h.limiter.succeed(h.key);
    }
    // Told only to whoever knows the secret, so the status is no guessable fact.
    return this.refuseInactive(checked.account.nip) ?? checked;
  }

  /** Why this person may not use the app now (their document says inactive), or null. */
  inactiveReason(nip: string): string | null {
    return inactiveReason(this.employee, nip);
  }

  private refuseInactive(nip: string): SignInRefusal | null {
    const reason = this.inactiveReason(nip);
    return reason === null ? null : { ok: false, retryAfter: null, why: 'inactive', reason };
  }

  /**
   * One reserved check. An activation code is a cheap hash lookup; a password takes scrypt, in
   * the hashing queue. When the secret is written like a code but is not the NIP's live code,
   * the password is still checked (someone may have chosen a password that looks like one).
   */
  private async check(
    nip: string,
    secret: string,
    accept: Accept,
    known: boolean,
  ): Promise<Checked> {
    let codeExpired = false;
    if (accept !== 'password') {
      const code =
        accept === 'code'
          ? this.activations.consume(nip, secret)
          : this.activations.check(nip, secret);
      const account = code === 'valid' ? this.accounts.find(nip) : null;
      if (account) return { ok: true, account, via: 'code' };
      codeExpired = code === 'expired';
      if (accept === 'code') return { ok: false, codeExpired };
    }
    const run = this.hashGate.tryRun(
      () => {
        this.checks++;
        return this.accounts.verify(nip, secret);
      },
      { priority: known },
    );
    if (run === null) return 'queue-full';
    const account = await run;
    return account ? { ok: true, account, via: 'password' } : { ok: false, codeExpired };
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
      if (account)
        return this.refuseInactive(account.nip) ?? { ok: true, account, via: 'password' };
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
