/**
 * Changing a period (Pengelola or admin): close it, reopen it, set, move or remove its batas
 * pengisian. Its kind and dates are fixed once created (core's validatePeriod); opening a year is
 * openYear's.
 */
import { ids } from '../../core/ids';
import type { PeriodDoc } from '../../core/schemas/reference';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type PeriodChange = {
  status?: PeriodDoc['status'];
  /** A date sets or moves the batas pengisian; null removes it. */
  submitBy?: string | null;
};

/** Applies the change to the device's copy of the period and writes it through core's rules. */
export const savePeriod = command(async function savePeriod(
  periodId: string,
  change: PeriodChange,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = (await getOrNull(ctx.db, ids.period(periodId))) as
    (PeriodDoc & { _rev: string }) | null;
  if (!stored) return failure('not-found', 'Periode tidak ditemukan di perangkat ini');
  const next: PeriodDoc = { ...stored, status: change.status ?? stored.status };
  if (change.submitBy === null) delete next.submitBy;
  else if (change.submitBy !== undefined) next.submitBy = change.submitBy;
  return putDoc(next, ctx);
});
