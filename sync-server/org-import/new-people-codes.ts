/**
 * Activation codes for the people an applied import created, the web page's and the command's
 * alike: only the active ones get one (no one else may sign in), then the roles the file gave
 * them are set, now that they have accounts.
 */
import type { AuditActor } from '../audit/audit-log';
import { activationRefusal, issueActivationCodes } from '../auth/issue-activation-codes';
import type { Services } from '../services';
import { syncAccountRoles, type NewPerson } from './apply';

export function codesForNewPeople(
  s: Services,
  actor: AuditActor,
  people: readonly NewPerson[],
): { nip: string; nama: string; kode_aktivasi: string }[] {
  const active = people.filter((p) => activationRefusal(s, p.nip) === null);
  const codes = issueActivationCodes(
    s,
    active.map((p) => p.nip),
    actor,
    'import',
  );
  syncAccountRoles(
    s,
    active.map((p) => ({ nip: p.nip, before: [], after: p.roles })),
  );
  return codes;
}
