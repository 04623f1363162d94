/**
 * Opening a year (Pengelola or admin): its annual period and four quarters, built by core and
 * written like every other document (validated, into the local database, synced through the
 * gatekeeper). Periods of the year that exist already are left as they are.
 */
import { buildYearPeriods } from '../../core/periods';
import { getDocs, type CommandContext } from './context';
import { putDocs } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type OpenYearResult =
  { ok: true; opened: string[]; existing: string[] } | Extract<CommandResult, { ok: false }>;

/** Writes the periods of `year` that this device does not hold yet, all or none. */
export const openYear = command(async function openYear(
  year: number,
  ctx: CommandContext,
): Promise<OpenYearResult> {
  const docs = buildYearPeriods(year);
  const held = await getDocs(
    ctx.db,
    docs.map((d) => d._id),
  );
  const missing = docs.filter((d) => !held.has(d._id));
  const results = await putDocs(missing, ctx, { allOrNothing: true });
  const refused = results.find((r) => !r.ok);
  if (refused && !refused.ok) return refused;
  if (results.length !== missing.length) return failure('write-failed', 'Periode tidak tersimpan');
  return {
    ok: true,
    opened: missing.map((d) => d.periodId),
    existing: docs.filter((d) => held.has(d._id)).map((d) => d.periodId),
  };
});
