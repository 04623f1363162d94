/** Route guard for the console's endpoints: the signed-in account must hold a stored role. */
import type { RequestHandler } from 'express';
import type { StoredRole } from '../../client/core/org-chart';
import { forbidden } from '../http/errors';
import { accountOf } from './authenticate';

/** After `authenticate`: a 403 unless the account holds one of `roles`. */
export function requireRole(...roles: StoredRole[]): RequestHandler {
  return (_req, res, next) => {
    if (!accountOf(res).roles.some((r) => roles.includes(r)))
      throw forbidden(
        roles.includes('pengelola')
          ? 'Hanya Pengelola Kinerja atau admin yang dapat melakukan ini'
          : 'Hanya admin yang dapat melakukan ini',
      );
    next();
  };
}
