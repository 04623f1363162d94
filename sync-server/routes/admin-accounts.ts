/**
 * The console's account endpoints: activation codes (Pengelola or admin) and naming Pengelola
 * Kinerja (admin only). Every change is in the audit log.
 */
import { Router, type Request } from 'express';
import { isNip } from '../../client/core/ids';
import type { StoredRole } from '../../client/core/org-chart';
import type { Account } from '../auth/accounts';
import { ACTIVATION_CODE_TTL_MS } from '../auth/activation';
import { activationRefusal, issueActivationCodes } from '../auth/issue-activation-codes';
import { accountOf, authenticate } from '../auth/authenticate';
import { assertKeepsPerson } from '../auth/pengelola-scope';
import { requireRole } from '../auth/require-role';
import { nipSubject, unitSubject } from '../audit/audit-subjects';
import { badRequest, forbidden, HttpError, notFound } from '../http/errors';
import type { Services } from '../services';

/** CouchDB's error names, as every answer of this server has them. */
const ERROR_OF = { 400: 'bad_request', 404: 'not_found', 409: 'conflict' } as const;

function nipParam(req: Request): string {
  const nip = String(req.params.nip ?? '');
  if (!isNip(nip)) throw badRequest('NIP harus 18 digit angka');
  return nip;
}

/** The audit actor of a request: the account, named as the directory names them. */
function actorOf(s: Services, account: Account) {
  return { nip: account.nip, name: s.org.employee(account.nip)?.name ?? account.name };
}

function subjectsOfPerson(s: Services, nip: string): string[] {
  const unitId = s.org.employee(nip)?.unitId;
  return unitId ? [nipSubject(nip), unitSubject(unitId)] : [nipSubject(nip)];
}

/** The OPD a Pengelola is named for (`{"scope": kode unit}`), or null for the whole organisation. */
function scopeParam(s: Services, body: unknown): string | null {
  const scope =
    typeof body === 'object' && body !== null ? (body as { scope?: unknown }).scope : undefined;
  if (scope === undefined || scope === null || scope === '') return null;
  if (typeof scope !== 'string' || !s.org.chart.units.has(scope))
    throw badRequest('Lingkup harus kode unit kerja yang ada');
  return scope;
}

/** A Pengelola as the console lists them. */
function pengelolaView(s: Services, nip: string) {
  const account = s.accounts.find(nip);
  return {
    nip,
    name: s.org.employee(nip)?.name ?? account?.name ?? nip,
    roles: account?.roles ?? [],
    scope: account?.scope ?? null,
    hasPassword: s.accounts.hasPassword(nip),
    activationPending: s.activations.hasLive(nip),
  };
}

export function adminAccountsRouter(s: Services): Router {
  const r = Router();
  const auth = authenticate(s);
  const pengelolaOrAdmin = requireRole('pengelola', 'admin');
  const adminOnly = requireRole('admin');

  r.post('/admin/accounts/:nip/activation', auth, pengelolaOrAdmin, (req, res) => {
    const nip = nipParam(req);
    const refusal = activationRefusal(s, nip);
    if (refusal) throw new HttpError(refusal.status, ERROR_OF[refusal.status], refusal.reason);
    const account = accountOf(res);
    assertKeepsPerson(s, account, nip);
    const target = s.accounts.find(nip);
    // A Pengelola hands out codes and could use one; only the admin resets a Pengelola.
    if (target && target.roles.length > 0 && !account.roles.includes('admin'))
      throw forbidden('Hanya admin yang dapat mengatur ulang akun Pengelola Kinerja');
    const [issued] = issueActivationCodes(s, [nip], actorOf(s, account), 'api');
    if (!issued) throw new Error('no activation code issued');
    s.log.info({ user: account.nip, for: nip }, 'activation code issued');
    res.set('Cache-Control', 'no-store');
    res.json({
      nip,
      name: issued.nama,
      code: issued.kode_aktivasi,
      expiresAt: new Date(s.config.now() + ACTIVATION_CODE_TTL_MS).toISOString(),
    });
  });

  r.get('/admin/pengelola', auth, adminOnly, (_req, res) => {
    res.json({ pengelola: s.accounts.withRole('pengelola').map((a) => pengelolaView(s, a.nip)) });
  });

  r.post('/admin/pengelola/:nip', auth, adminOnly, (req, res) => {
    const nip = nipParam(req);
    const employee = s.org.employee(nip);
    if (!employee) throw notFound('NIP tidak ada di daftar pegawai');
    if (!employee.active) throw new HttpError(409, 'conflict', 'Pegawai ini tidak aktif');
    const scope = scopeParam(s, req.body);
    const before = s.accounts.find(nip);
    const roles: StoredRole[] = [...(before?.roles ?? []), 'pengelola'];
    // A person without an account yet gets one without a password: they activate with a code.
    if (!before) s.accounts.createWithoutPassword({ nip, name: employee.name, roles: [] });
    if (!before?.roles.includes('pengelola') || (before.scope ?? null) !== scope) {
      s.serverDb.transaction(() => {
        s.accounts.setRoles(nip, roles);
        s.accounts.setScope(nip, scope);
        s.audit.record(actorOf(s, accountOf(res)), 'api', [
          {
            action: 'pengelola.name',
            target: `account:${nip}`,
            before: { roles: before?.roles ?? [], scope: before?.scope ?? null },
            after: { roles: [...new Set(roles)], scope },
            subjects: subjectsOfPerson(s, nip),
          },
        ]);
      })();
    }
    res.json(pengelolaView(s, nip));
  });

  r.delete('/admin/pengelola/:nip', auth, adminOnly, (req, res) => {
    const nip = nipParam(req);
    const before = s.accounts.find(nip);
    if (!before?.roles.includes('pengelola')) throw notFound('NIP ini bukan Pengelola Kinerja');
    const roles = before.roles.filter((role) => role !== 'pengelola');
    s.serverDb.transaction(() => {
      s.accounts.setRoles(nip, roles);
      s.accounts.setScope(nip, null);
      s.audit.record(actorOf(s, accountOf(res)), 'api', [
        {
          action: 'pengelola.unname',
          target: `account:${nip}`,
          before: { roles: before.roles },
          after: { roles },
          subjects: subjectsOfPerson(s, nip),
        },
      ]);
    })();
    res.json(pengelolaView(s, nip));
  });

  return r;
}
