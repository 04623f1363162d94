/**
 * Sessions in server.sqlite: random 32-byte tokens, stored only as their sha256, with a sliding
 * expiry. Requests held open on a session (longpolls) watch it in memory and are told when it
 * ends: sign-out, expiry, or a password change revoking every session of the account.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ServerDb } from '../server-db';

/** Expiry is pushed forward at most this often, so reads do not write on every request. */
const TOUCH_EVERY_MS = 60_000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** An open request of `nip`, on the session `hash` (null: HTTP Basic, no session). */
type Watch = { hash: string | null; onEnd: () => void };

/**
 * A request's watch on its session: `stop` ends it; `isLive` asks the store whether the session
 * still stands (always true without one), with the token's digest worked out once per request
 * rather than at each of a thousand longpolls' wake.
 */
export type SessionWatch = { stop: () => void; isLive: () => boolean };

export class Sessions {
  /** Open requests by NIP: a revocation finds its own in one lookup. */
  private readonly watches = new Map<string, Set<Watch>>();
  private liveStatement: ReturnType<ServerDb['prepare']> | null = null;
  /** Prepared at its first use, as liveStatement (every request with a session resolves it). */
  private resolveStatement: ReturnType<ServerDb['prepare']> | null = null;

  constructor(
    private readonly db: ServerDb,
    private readonly idleMs: number,
    private readonly now: () => number,
  ) {}

  create(nip: string): string {
    const token = randomBytes(32).toString('base64url');
    const t = this.now();
    this.db
      .prepare(
        'INSERT INTO sessions (token_hash, nip, created_at, used_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(digest(token), nip, t, t, t + this.idleMs);
    return token;
  }

  /** The NIP a live token belongs to (and its expiry slides), or null. */
  resolve(token: string): string | null {
    const hash = digest(token);
    this.resolveStatement ??= this.db.prepare(
      'SELECT nip, used_at, expires_at FROM sessions WHERE token_hash = ?',
    );
    const row = this.resolveStatement.get(hash) as
      { nip: string; used_at: number; expires_at: number } | undefined;
    if (!row) return null;
    const t = this.now();
    if (row.expires_at <= t) {
      this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash);
      this.ended(row.nip, hash);
      return null;
    }
    if (t - row.used_at > TOUCH_EVERY_MS) {
      this.db
        .prepare('UPDATE sessions SET used_at = ?, expires_at = ? WHERE token_hash = ?')
        .run(t, t + this.idleMs, hash);
    }
    return row.nip;
  }

  /** Sign-out: the token stops working and what is open on it ends. */
  revoke(token: string): void {
    const hash = digest(token);
    const row = this.db
      .prepare('DELETE FROM sessions WHERE token_hash = ? RETURNING nip')
      .get(hash) as { nip: string } | undefined;
    if (row) this.ended(row.nip, hash);
  }

  /**
   * Every session of the account ends, and every request open for it, HTTP Basic ones included
   * (after a password change their password is wrong). Sessions created afterwards are new.
   */
  revokeAll(nip: string): void {
    this.db.prepare('DELETE FROM sessions WHERE nip = ?').run(nip);
    this.ended(nip, null);
  }

  /** Drops expired sessions, ending what is open on them; called now and then. */
  sweep(): void {
    const rows = this.db
      .prepare('DELETE FROM sessions WHERE expires_at <= ? RETURNING token_hash, nip')
      .all(this.now()) as { token_hash: string; nip: string }[];
    for (const row of rows) this.ended(row.nip, row.token_hash);
  }

  /**
   * Calls `onEnd` once if the session of `token` (null: a request authenticated with HTTP Basic)
   * ends while the request is open.
   */
  watch(nip: string, token: string | null, onEnd: () => void): SessionWatch {
    const w: Watch = { hash: token === null ? null : digest(token), onEnd };
    let set = this.watches.get(nip);
    if (!set) this.watches.set(nip, (set = new Set()));
    set.add(w);
    return {
      stop: () => this.unwatch(nip, w),
      isLive: () => w.hash === null || this.isLive(w.hash),
    };
  }

  /** True while the session of this digest is live, without sliding its expiry. */
  private isLive(hash: string): boolean {
    // Asked for every longpoll a change wakes: the statement is compiled once.
    this.liveStatement ??= this.db.prepare('SELECT expires_at FROM sessions WHERE token_hash = ?');
    const row = this.liveStatement.get(hash) as { expires_at: number } | undefined;
    return row !== undefined && row.expires_at > this.now();
  }

  /** Ends the watches of one session (`hash`), or of every request of the account (null). */
  private ended(nip: string, hash: string | null): void {
    for (const w of [...(this.watches.get(nip) ?? [])]) {
      if (hash !== null && w.hash !== hash) continue;
      this.unwatch(nip, w);
      w.onEnd();
    }
  }

  private unwatch(nip: string, w: Watch): void {
    const set = this.watches.get(nip);
    if (!set?.delete(w)) return;
    if (set.size === 0) this.watches.delete(nip);
  }
}
