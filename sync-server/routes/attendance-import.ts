/**
 * /api/admin/attendance-import (POST {csv, apply}): check the office's monthly attendance export
 * and, with `apply`, write its months all or nothing (docs/org-import.md, "Impor kehadiran").
 * A Pengelola or the admin; a Pengelola of one OPD imports the people of that OPD only. Its own
 * body limit: a month of 5,000 people is about 110,000 rows, 6 MB or more of CSV text.
 */
import { Router } from 'express';
import { isPengelola } from '../../client/core/org-chart';
import { runAttendanceImport } from '../attendance-import/run-attendance-import';
import { accountOf, authenticate } from '../auth/authenticate';
import { badRequest, forbidden } from '../http/errors';
import { jsonBody } from '../http/json-body';
import { userOf } from '../replication/authorization';
import type { Services } from '../services';

/** The largest request: a 31-day month of 10,000 people with seconds in every time, in JSON. */
export const ATTENDANCE_IMPORT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * The route, with its own JSON body parser: mount it before the /api parser of ordinary limits.
 * The body is read only after the account is known to be a Pengelola.
 */
export function attendanceImportRouter(s: Services): Router {
  const r = Router();
  r.post(
    '/admin/attendance-import',
    authenticate(s),
    (_req, res, next) => {
      if (!isPengelola(userOf(accountOf(res))))
        throw forbidden('Hanya Pengelola Kinerja atau admin yang dapat mengimpor kehadiran');
      next();
    },
    jsonBody(ATTENDANCE_IMPORT_MAX_BYTES),
    async (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const { csv, apply = false } = body;
      if (typeof csv !== 'string' || typeof apply !== 'boolean')
        throw badRequest('Body harus {"csv": teks CSV, "apply": true/false}');
      const result = await runAttendanceImport(s, accountOf(res), csv, { apply });
      res.json(result);
    },
  );
  return r;
}
