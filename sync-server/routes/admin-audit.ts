/**
 * GET /api/admin/audit (JSON pages) and /api/admin/audit.csv (everything, streamed): the audit
 * log, all of it or about one person (`nip`) or one unit (`unit`), for a Pengelola or the admin.
 */
import { Router, type Request, type Response } from 'express';
import { isKey, isNip } from '../../client/core/ids';
import { accountOf, authenticate } from '../auth/authenticate';
import { assertKeepsPerson, assertKeepsUnit, keepsAll } from '../auth/pengelola-scope';
import { requireRole } from '../auth/require-role';
import type { AuditQuery } from '../audit/audit-log';
import { auditCsvHeader, auditCsvLine } from '../audit/audit-csv';
import { nipSubject, unitSubject } from '../audit/audit-subjects';
import { badRequest } from '../http/errors';
import type { Services } from '../services';

const DEFAULT_LIMIT = 100;
/** Entries read at a time for the CSV export. */
const CSV_PAGE = 1000;
const MAX_LIMIT = 1000;

function queryString(req: Request, name: string): string | null {
  const v = req.query[name];
  if (v === undefined) return null;
  if (typeof v !== 'string') throw badRequest(`${name} harus satu nilai`);
  return v;
}

function positiveInt(req: Request, name: string, max: number): number | null {
  const v = queryString(req, name);
  if (v === null) return null;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1 || n > max)
    throw badRequest(`${name} harus bilangan bulat 1 sampai ${max}`);
  return n;
}

/**
 * The filter of a request: `nip` or `unit` (not both) and the page's `before`. A Pengelola limited
 * to one OPD reads about its people and units only, so names one.
 */
function auditQuery(s: Services, req: Request, res: Response): AuditQuery & { label: string } {
  const nip = queryString(req, 'nip');
  const unit = queryString(req, 'unit');
  if (nip !== null && unit !== null) throw badRequest('Pilih nip atau unit, tidak keduanya');
  if (nip !== null && !isNip(nip)) throw badRequest('NIP harus 18 digit angka');
  if (unit !== null && !isKey(unit)) throw badRequest('Kode unit tidak valid');
  const account = accountOf(res);
  if (!keepsAll(account)) {
    if (nip === null && unit === null)
      throw badRequest('Pilih NIP atau unit kerja di lingkup Anda');
    if (nip !== null) assertKeepsPerson(s, account, nip);
    if (unit !== null) assertKeepsUnit(s, account, unit);
  }
  const subject = nip !== null ? nipSubject(nip) : unit !== null ? unitSubject(unit) : null;
  return {
    subject,
    before: positiveInt(req, 'before', Number.MAX_SAFE_INTEGER),
    label: nip ?? unit ?? 'semua',
  };
}

/** Resolves when the response may take more, or has closed. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function adminAuditRouter(s: Services): Router {
  const r = Router();
  const guard = [authenticate(s), requireRole('pengelola', 'admin')];

  r.get('/admin/audit', ...guard, (req, res) => {
    const query = auditQuery(s, req, res);
    const limit = positiveInt(req, 'limit', MAX_LIMIT) ?? DEFAULT_LIMIT;
    res.set('Cache-Control', 'no-store');
    res.json(s.audit.list(query, limit));
  });

  r.get('/admin/audit.csv', ...guard, async (req, res) => {
    const query = auditQuery(s, req, res);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-kinerja-${query.label}.csv"`,
      'Cache-Control': 'no-store',
    });
    // A byte-order mark, so that spreadsheet programs read the file as UTF-8.
    res.write(`\uFEFF${auditCsvHeader()}`);
    // Page by page: the database is never held while the client reads, however long the log.
    let before = query.before ?? null;
    do {
      const page = s.audit.list({ subject: query.subject ?? null, before }, CSV_PAGE);
      const more = res.write(page.entries.map(auditCsvLine).join(''));
      before = page.next;
      if (!more) await drained(res);
    } while (before !== null && !res.destroyed);
    res.end();
  });

  return r;
}
