/** Sessions in server.sqlite: random 32-byte tokens, stored only as their sha256, with a sliding expiry. */
import { createHash, randomBytes } from 'node:crypto';
import type { ServerDb } from '../server-db';

/** Expiry is pushed forward at most this often, so reads do not write on every request. */
const TOUCH_EVERY_MS = 60_000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export class Sessions {
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
    const row = this.db
      .prepare('SELECT nip, used_at, expires_at FROM sessions WHERE token_hash = ?')
      .get(hash) as { nip: string; used_at: number; expires_at: number } | undefined;
    if (!row) return null;
    const t = this.now();
    if (row.expires_at <= t) {
      this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash);
      return null;
    }
    if (t - row.used_at > TOUCH_EVERY_MS) {
      this.db
        .prepare('UPDATE sessions SET used_at = ?, expires_at = ? WHERE token_hash = ?')
        .run(t, t + this.idleMs, hash);
    }
    return row.nip;
  }

  revoke(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(digest(token));
  }

  /** Drops expired sessions; called now and then. */
  sweep(): void {
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(this.now());
  }
}
