/**
 * Devices in server.sqlite that a person signed in from: the sha256 of the random
 * `kinerja_device` cookie, per NIP (a shared office computer is remembered for each person who
 * signed in on it). Sign-in from a remembered device is limited on its own, so someone else's
 * wrong guesses at the NIP, or from the same office address, do not lock its owner out
 * (OWASP's "device cookies").
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ServerDb } from '../server-db';

/** A device unused this long is forgotten. */
const FORGET_AFTER_MS = 180 * 86_400_000;
/** Devices remembered per NIP; the least recently used goes first. */
const PER_NIP = 20;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export class Devices {
  constructor(
    private readonly db: ServerDb,
    private readonly now: () => number,
  ) {}

  /** Whether `nip` signed in from the device holding `token` before. */
  isKnown(token: string | null | undefined, nip: string): boolean {
    if (!token) return false;
    const row = this.db
      .prepare('SELECT used_at FROM devices WHERE token_hash = ? AND nip = ?')
      .get(digest(token), nip) as { used_at: number } | undefined;
    return row !== undefined && this.now() - row.used_at < FORGET_AFTER_MS;
  }

  /**
   * Remembers that `nip` signed in on this device; returns the token the device keeps: its own
   * when the server issued it, otherwise a new one (a token the server never issued is not adopted).
   */
  remember(token: string | null | undefined, nip: string): string {
    const issued =
      !!token &&
      this.db.prepare('SELECT 1 FROM devices WHERE token_hash = ? LIMIT 1').get(digest(token)) !==
        undefined;
    const kept = token && issued ? token : randomBytes(32).toString('base64url');
    const t = this.now();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO devices (token_hash, nip, created_at, used_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (token_hash, nip) DO UPDATE SET used_at = excluded.used_at`,
        )
        .run(digest(kept), nip, t, t);
      this.db
        .prepare(
          `DELETE FROM devices WHERE nip = ? AND token_hash NOT IN
             (SELECT token_hash FROM devices WHERE nip = ? ORDER BY used_at DESC LIMIT ?)`,
        )
        .run(nip, nip, PER_NIP);
    })();
    return kept;
  }

  /** Drops devices unused for half a year; called now and then. */
  sweep(): void {
    this.db.prepare('DELETE FROM devices WHERE used_at <= ?').run(this.now() - FORGET_AFTER_MS);
  }
}
