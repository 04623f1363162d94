/**
 * Competency development as a head reads it from the Dexie read model: each report's JP progress
 * for the year and the requests waiting for a decision (the Tim screen), and one staff member's
 * records, JP and rencana pengembangan (their page). Built on development-queries.ts; core counts
 * the JP and computes each record's status.
 */
import { ids } from '../../core/ids';
import type { JpProgress } from '../../core/jp';
import type { DevelopmentPlanDoc } from '../../core/schemas/development';
import type { ReadModel } from '../read-model';
import { reportsOf } from './activity-queries';
import { developmentRecords, jpProgressFor, type DevRecord } from './development-queries';

/** One report's development at a glance. */
export type TeamMemberDevelopment = {
  nip: string;
  name: string;
  progress: JpProgress;
  /** Their requests waiting for the head's decision. */
  waiting: number;
};

/** The head's reports on `today` (by name) with their JP in `today`'s year and waiting requests. */
export async function teamDevelopment(
  rm: ReadModel,
  headNip: string,
  today: string,
): Promise<TeamMemberDevelopment[]> {
  const reports = await reportsOf(rm, headNip, today);
  const nips = reports.map((e) => e.nip);
  const [progress, records] = await Promise.all([
    jpProgressFor(rm, nips, Number(today.slice(0, 4))),
    developmentRecords(rm, nips),
  ]);
  return reports.flatMap((e) => {
    const p = progress.get(e.nip);
    if (!p) return [];
    const waiting = (records.get(e.nip) ?? []).filter((r) => r.status === 'requested').length;
    return [{ nip: e.nip, name: e.name, progress: p, waiting }];
  });
}

/** One staff member's development in a year, as their head reads it. */
export type MemberDevelopment = {
  progress: JpProgress;
  /** Requests waiting for the head's decision, oldest first (the first asked is answered first). */
  waiting: DevRecord[];
  /** Every other record, newest request first. */
  records: DevRecord[];
  plan: DevelopmentPlanDoc | null;
};

/** `nip`'s JP, records and rencana pengembangan of `year` on this device. */
export async function memberDevelopment(
  rm: ReadModel,
  nip: string,
  year: number,
): Promise<MemberDevelopment> {
  const [progress, records, planRow] = await Promise.all([
    jpProgressFor(rm, [nip], year),
    developmentRecords(rm, [nip]),
    rm.docs.get(ids.developmentPlan(nip, year)),
  ]);
  const own = records.get(nip) ?? [];
  const p = progress.get(nip);
  if (!p) throw new Error(`No JP progress for ${nip}`);
  return {
    progress: p,
    waiting: own.filter((r) => r.status === 'requested').reverse(),
    records: own.filter((r) => r.status !== 'requested'),
    plan: (planRow?.doc as DevelopmentPlanDoc | undefined) ?? null,
  };
}
