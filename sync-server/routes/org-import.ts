/**
 * /api/admin/org-import (POST {units, people, apply, codes}: check two CSV files, and apply them
 * all or nothing; with `codes`, an applied import also answers with activation codes for the
 * people it created)
 * and /api/admin/org-export?file=units|people (the stored organisation as CSV in the same
 * layout). Pengelola and admin only.
 */
import { Router, type RequestHandler } from 'express';
import { isPengelola } from '../../client/core/org-chart';
import { accountOf, authenticate } from '../auth/authenticate';
import { requireWholeOrganisation } from '../auth/pengelola-scope';
import { badRequest, forbidden } from '../http/errors';
import type { OrgImportHooks } from '../org-import/apply';
import { codesForNewPeople } from '../org-import/new-people-codes';
import { exportOrgCsv, runOrgImport } from '../org-import/run-import';
import { userOf } from '../replication/authorization';
import type { Services } from '../services';

/** After `authenticate`: only a Pengelola or the admin goes on. */
const pengelolaOnly: RequestHandler = (_req, res, next) => {
  if (!isPengelola(userOf(accountOf(res))))
    throw forbidden('Hanya Pengelola Kinerja atau admin yang dapat mengelola organisasi');
  next();
};

/** The routes; `hooks.onApplied` hears of every applied import (the audit log). */
export function orgImportRouter(s: Services, hooks: OrgImportHooks = {}): Router {
  const r = Router();
  const auth = authenticate(s);
  r.post('/admin/org-import', auth, pengelolaOnly, requireWholeOrganisation, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const { units = '', people = '', apply = false, codes = false } = body;
    if (
      typeof units !== 'string' ||
      typeof people !== 'string' ||
      typeof apply !== 'boolean' ||
      typeof codes !== 'boolean'
    )
      throw badRequest(
        'Body harus {"units": teks CSV, "people": teks CSV, "apply": true/false, "codes": true/false}',
      );
    const account = accountOf(res);
    const result = await runOrgImport(s, account, { units, people }, { apply, hooks });
    const reply = { errors: result.errors, summary: result.summary, applied: result.applied };
    if (!result.applied || !codes) return void res.json(reply);
    res.set('Cache-Control', 'no-store');
    res.json({
      ...reply,
      codes: codesForNewPeople(
        s,
        { nip: account.nip, name: s.org.employee(account.nip)?.name ?? account.name },
        result.newPeople,
      ),
    });
  });

  r.get('/admin/org-export', auth, pengelolaOnly, requireWholeOrganisation, (req, res) => {
    const file = req.query.file;
    if (file !== 'units' && file !== 'people') throw badRequest('file harus units atau people');
    const csv = exportOrgCsv(s, file);
    res
      .type('text/csv; charset=utf-8')
      .set(
        'Content-Disposition',
        `attachment; filename="${file === 'units' ? 'unit' : 'pegawai'}.csv"`,
      )
      .send(csv);
  });

  return r;
}
