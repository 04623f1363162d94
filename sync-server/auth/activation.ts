/**
 * One-time activation codes in server.sqlite (`activation_codes`): nobody but the person knows
 * their password. A Pengelola (or the import, for new people) issues a code; the person signs in
 * with NIP and code, must choose a password, and the code is used up. Issuing a code is also the
 * reset: the old password stops working and every session of the account ends. A code is stored
 * as a sha256 (it has about 79 bits, and sign-in limits apply to it), lives 14 days and is kept a
 * while after it expires only so that its owner can be told it expired.
 */
import { isNip } from '../../client/core/ids';
import type { AuditActor, AuditVia } from '../audit/audit-log';
import { nipSubject, unitSubject } from '../audit/audit-subjects';
import type { ServerDb } from '../server-db';
import type { Services } from '../services';
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

/** Why no code can be issued for the NIP, with the HTTP status that says it; null when one can. */
export function activationRefusal(
  s: Services,
  nip: string,
): { status: 400 | 404 | 409; reason: string } | null {
  if (!isNip(nip)) return { status: 400, reason: 'NIP harus 18 digit angka' };
  const employee = s.org.employee(nip);
  if (employee?.active === false) return { status: 409, reason: 'Pegawai ini tidak aktif' };
  if (!employee && !s.accounts.find(nip))
    return { status: 404, reason: 'NIP tidak ada di daftar pegawai' };
  return null;
}

/**
 * Issues a new activation code to each NIP (a reset for those who have an account): their
 * password stops working, their sessions end, and each issue is in the audit log. Returns the
 * codes, which are never stored in readable form: the only copy is what the caller hands out.
 * Throws, issuing nothing, when any NIP cannot get a code (not a person in the directory, or
 * not active): call it after the directory documents are written and indexed.
 */
export function issueActivationCodes(
  s: Services,
  nips: readonly string[],
  actor: AuditActor = COMMAND_LINE_ACTOR,
  via: AuditVia = 'import',
): { nip: string; nama: string; kode_aktivasi: string }[] {
  const unique = [...new Set(nips)];
  const refused = unique.flatMap((nip) => {
    const refusal = activationRefusal(s, nip);
    return refusal === null ? [] : [`${nip}: ${refusal.reason}`];
  });
  if (refused.length > 0) throw new Error(`Kode aktivasi tidak dibuat. ${refused.join('; ')}`);
  const out = s.serverDb.transaction(() =>
    unique.map((nip) => {
      const account = s.accounts.find(nip);
      const nama = s.org.employee(nip)?.name ?? account?.name ?? nip;
      const hadPassword = account !== null && s.accounts.hasPassword(nip);
      if (account) s.accounts.clearPassword(nip);
      else s.accounts.createWithoutPassword({ nip, name: nama, roles: [] });
      const { code, expiresAt } = s.activations.issue(nip, actor.nip);
      const unitId = s.org.employee(nip)?.unitId;
      s.audit.record(actor, via, [
        {
          action: 'activation.issue',
          target: `account:${nip}`,
          before: { hasPassword: hadPassword },
          after: { expiresAt: new Date(expiresAt).toISOString() },
          subjects: unitId ? [nipSubject(nip), unitSubject(unitId)] : [nipSubject(nip)],
        },
      ]);
      return { nip, nama, kode_aktivasi: code };
    }),
  )();
  // After the commit: what is open on the old sessions (longpolls) ends now.
  for (const { nip } of out) s.sessions.revokeAll(nip);
  s.signIn.forget();
  return out;
}
