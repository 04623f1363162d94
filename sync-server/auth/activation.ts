/**
 * One-time activation codes in server.sqlite (`activation_codes`): nobody but the person knows
 * their password. A Pengelola (or the import, for new people) issues a code; the person signs in
 * with NIP and code, must choose a password, and the code is used up. Issuing a code is also the
 * reset: the old password stops working and every session of the account ends. A code is stored
 * as a sha256 (it has about 79 bits, and sign-in limits apply to it), lives 14 days and is kept a
 * while after it expires only so that its owner can be told it expired.
 */
import type { AuditActor } from '../audit/audit-log';
import type { ServerDb } from '../server-db';
import { activationCodeHash, newActivationCode, normalizeActivationCode } from './activation-code';

const DAY_MS = 86_400_000;
/** How long a code may be used. */
export const ACTIVATION_CODE_TTL_MS = 14 * DAY_MS;
/** An expired code is forgotten this long after it expired. */
const FORGET_EXPIRED_MS = 30 * DAY_MS;

/** How a typed code compares with the NIP's live code. */
export type CodeCheck = 'valid' | 'expired' | 'wrong';

/** Who issues codes when no person does: the `npm run org:import` command on the server. */
export const COMMAND_LINE_ACTOR: AuditActor = { nip: 'cli', name: 'Baris perintah server' };

export class Activations {
  constructor(
    private readonly db: ServerDb,
    private readonly now: () => number,
  ) {}

  /** A new code for the NIP (replacing any earlier one), shown once and stored as a hash. */
  issue(nip: string, issuedBy: string): { code: string; expiresAt: number } {
    const code = newActivationCode();
    const t = this.now();
    const expiresAt = t + ACTIVATION_CODE_TTL_MS;
    this.db
      .prepare(
        `INSERT INTO activation_codes (nip, code_hash, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (nip) DO UPDATE SET code_hash = excluded.code_hash, issued_by = excluded.issued_by,
           issued_at = excluded.issued_at, expires_at = excluded.expires_at`,
      )
      .run(
        nip,
        activationCodeHash(nip, normalizeActivationCode(code) ?? ''),
        issuedBy,
        t,
        expiresAt,
      );
    return { code, expiresAt };
  }

  /** Whether `input` is the NIP's code and still valid, without using it up. */
  check(nip: string, input: string): CodeCheck {
    const normalized = normalizeActivationCode(input);
    if (normalized === null) return 'wrong';
    const row = this.db
      .prepare('SELECT expires_at FROM activation_codes WHERE nip = ? AND code_hash = ?')
      .get(nip, activationCodeHash(nip, normalized)) as { expires_at: number } | undefined;
    if (!row) return 'wrong';
    return row.expires_at > this.now() ? 'valid' : 'expired';
  }

  /** Like check, and a valid code is used up in the same statement: two requests never share it. */
  consume(nip: string, input: string): CodeCheck {
    const normalized = normalizeActivationCode(input);
    if (normalized === null) return 'wrong';
    const hash = activationCodeHash(nip, normalized);
    const used = this.db
      .prepare(
        'DELETE FROM activation_codes WHERE nip = ? AND code_hash = ? AND expires_at > ? RETURNING nip',
      )
      .get(nip, hash, this.now());
    return used ? 'valid' : this.check(nip, input);
  }

  /** True when the NIP holds a code that may still be used. */
  hasLive(nip: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM activation_codes WHERE nip = ? AND expires_at > ?')
        .get(nip, this.now()) !== undefined
    );
  }

  /** Forgets codes that expired long ago; called now and then. */
  sweep(): void {
    this.db
      .prepare('DELETE FROM activation_codes WHERE expires_at <= ?')
      .run(this.now() - FORGET_EXPIRED_MS);
  }
}
