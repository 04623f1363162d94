/**
 * Issuing activation codes for people of the directory (the admin API, the organisation import's
 * command): who may get one, and the codes themselves, each a reset that ends every session.
 * Apart from activation.ts (the code store) so that the services need not know this module.
 */
import { isNip } from '../../client/core/ids';
import type { AuditActor, AuditVia } from '../audit/audit-log';
import { nipSubject, unitSubject } from '../audit/audit-subjects';
import type { Services } from '../services';
import { writeTransaction } from '../server-db';
import { COMMAND_LINE_ACTOR } from './activation';

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
  const out = writeTransaction(s.serverDb, () =>
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
  );
  // After the commit: what is open on the old sessions (longpolls) ends now.
  for (const { nip } of out) s.sessions.revokeAll(nip);
  s.signIn.forget();
  return out;
}
