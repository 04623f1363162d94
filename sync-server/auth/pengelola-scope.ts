/**
 * The console endpoints under a Pengelola's reach (core/org-scope.ts): a Pengelola limited to
 * one OPD hands out codes and reads the history of that OPD only; importing and exporting the
 * organisation are for BKPSDM's Pengelola (no limit) and the admin.
 */
import type { RequestHandler } from 'express';
import { keepsPerson, keepsUnit, scopeOf } from '../../client/core/org-scope';
import { forbidden } from '../http/errors';
import { userOf } from '../replication/authorization';
import type { Services } from '../services';
import type { Account } from './accounts';
import { accountOf } from './authenticate';

const OUTSIDE = 'Di luar unit kerja yang Anda kelola sebagai Pengelola Kinerja';

/** After `authenticate`: a 403 for a Pengelola limited to one OPD. */
export const requireWholeOrganisation: RequestHandler = (_req, res, next) => {
  if (scopeOf(userOf(accountOf(res))) !== null)
    throw forbidden(
      'Hanya Pengelola Kinerja tingkat pemda (tanpa batas OPD) atau admin yang dapat melakukan ini',
    );
  next();
};

/** A 403 unless the account's Pengelola role reaches this person. */
export function assertKeepsPerson(s: Services, account: Account, nip: string): void {
  if (!keepsPerson(userOf(account), s.org.chart, nip)) throw forbidden(OUTSIDE);
}

/** A 403 unless the account's Pengelola role reaches this unit. */
export function assertKeepsUnit(s: Services, account: Account, unitId: string): void {
  if (!keepsUnit(userOf(account), s.org.chart.units, unitId)) throw forbidden(OUTSIDE);
}

/** True when the account keeps the whole organisation. */
export function keepsAll(account: Account): boolean {
  return scopeOf(userOf(account)) === null;
}
