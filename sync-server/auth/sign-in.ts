/**
 * Checking a NIP and password, with failed attempts limited per NIP and per address. HTTP Basic
 * requests (CouchDB tools send them on every call) reuse a recent success for a minute instead
 * of running scrypt each time; the cache holds only a hash of the credentials.
 */
import { createHash } from 'node:crypto';
import type { Account, Accounts } from './accounts';
import { FailureLimiter } from './rate-limit';

export type SignInResult =
  { ok: true; account: Account } | { ok: false; retryAfter: number | null };

const BASIC_CACHE_MS = 60_000;

export class SignIn {
  private readonly perNip: FailureLimiter;
  private readonly perAddress: FailureLimiter;
  private readonly basicCache = new Map<string, { nip: string; until: number }>();

  constructor(
    private readonly accounts: Accounts,
    limits: { perNip: number; perAddress: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {
    this.perNip = new FailureLimiter(limits.perNip, limits.windowMs, now);
    this.perAddress = new FailureLimiter(limits.perAddress, limits.windowMs, now);
  }

  /** Verifies credentials unless the NIP or the address is locked out (retryAfter in seconds). */
  async attempt(nip: string, password: string, address: string): Promise<SignInResult> {
    const wait = Math.max(this.perNip.retryAfter(nip), this.perAddress.retryAfter(address));
    if (wait > 0) return { ok: false, retryAfter: wait };
    const account = await this.accounts.verify(nip, password);
    if (!account) {
      this.perNip.fail(nip);
      this.perAddress.fail(address);
      return { ok: false, retryAfter: null };
    }
    this.perNip.reset(nip);
    return { ok: true, account };
  }

  /** Like attempt, for HTTP Basic: a success is remembered briefly. */
  async basic(nip: string, password: string, address: string): Promise<SignInResult> {
    const key = createHash('sha256').update(`${nip}\0${password}`).digest('hex');
    const hit = this.basicCache.get(key);
    if (hit && hit.until > this.now()) {
      const account = this.accounts.find(hit.nip);
      if (account) return { ok: true, account };
    }
    const result = await this.attempt(nip, password, address);
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
