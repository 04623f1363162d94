/**
 * Read-only queries of the daily log over the Dexie read model: a person's entries in a date
 * range, their frequent entries (templates), the approved SKP's RHK, closed periods, and for a
 * head the team's day and the verification queue. Screens wrap them in `useLiveQuery`.
 */
import { totalMinutes } from '../../core/activity-rules';
import { addDays } from '../../core/dates';
import { ids } from '../../core/ids';
import { buildOrgChart, directReportsOf } from '../../core/org-chart';
import type { Rhk } from '../../core/schemas/work';
import type { ActivityRow, EmployeeRow, ReadModel } from '../read-model';

/** Date, then start time: the order people read a log in. */
export function byDateAndTime(a: ActivityRow, b: ActivityRow): number {
  return a.date === b.date ? a.start.localeCompare(b.start) : a.date.localeCompare(b.date);
}

/** A person's entries from `from` to `to` inclusive, by date and time. */
export async function activitiesInRange(
  rm: ReadModel,
  nip: string,
  from: string,
  to: string,
): Promise<ActivityRow[]> {
  const rows = await rm.activities
    .where('[nip+date]')
    .between([nip, from], [nip, to], true, true)
    .toArray();
  return rows.sort(byDateAndTime);
}

/** What a person often logs, as a template to start a new entry from. */
export type FrequentEntry = Pick<
  ActivityRow,
  'kegiatan' | 'rhkId' | 'ikiId' | 'realisasi' | 'satuan' | 'catalogCode'
> & { minutes: number; count: number };

/** The person's most frequent entries of the last `days` days (same kegiatan and RHK count once). */
export async function frequentEntries(
  rm: ReadModel,
  nip: string,
  today: string,
  limit = 5,
  days = 60,
): Promise<FrequentEntry[]> {
  const rows = await activitiesInRange(rm, nip, addDays(today, -days), today);
  const groups = new Map<string, { latest: ActivityRow; count: number }>();
  for (const row of rows) {
    const key = `${row.kegiatan.trim().toLowerCase()}|${row.rhkId ?? ''}`;
    const group = groups.get(key);
    // Rows are sorted by date: the last one seen is the latest.
    groups.set(key, { latest: row, count: (group?.count ?? 0) + 1 });
  }
  return [...groups.values()]
    .filter((g) => g.count > 1)
    .sort((a, b) => b.count - a.count || b.latest.date.localeCompare(a.latest.date))
    .slice(0, limit)
    .map(({ latest, count }) => ({
      kegiatan: latest.kegiatan,
      rhkId: latest.rhkId,
      ikiId: latest.ikiId,
      realisasi: latest.realisasi,
      satuan: latest.satuan,
      catalogCode: latest.catalogCode,
      minutes: totalMinutes([latest]),
      count,
    }));
}

/** The RHK of the person's SKP for a year when that SKP is approved as it stands; else null. */
export async function approvedRhk(
  rm: ReadModel,
  nip: string,
  periodId: string,
): Promise<Rhk[] | null> {
  const [skp, approval] = await Promise.all([
    rm.skps.get(ids.skp(nip, periodId)),
    rm.docs.get(ids.skpApproval(nip, periodId)),
  ]);
  if (!skp || !approval) return null;
  const decision = approval.doc as { decision?: unknown; skpRev?: unknown };
  return decision.decision === 'approved' && decision.skpRev === skp.rev ? skp.rhk : null;
}

/** Date ranges of closed periods: no entry may be written in them. */
export async function closedRanges(rm: ReadModel): Promise<{ start: string; end: string }[]> {
  const rows = await rm.periods.where('status').equals('closed').toArray();
  return rows.map((p) => ({ start: p.start, end: p.end }));
}

/** The people a head appraises on a date (acting duties included), by name. */
export async function reportsOf(
  rm: ReadModel,
  headNip: string,
  date: string,
): Promise<EmployeeRow[]> {
  const [employees, units] = await Promise.all([rm.employees.toArray(), rm.units.toArray()]);
  const chart = buildOrgChart(employees, units);
  const byNip = new Map(employees.map((e) => [e.nip, e]));
  return directReportsOf(chart, headNip, date)
    .flatMap((nip) => byNip.get(nip) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type TeamMemberDay = {
  nip: string;
  name: string;
  position: string;
  entries: ActivityRow[];
  minutes: number;
  /** Entries of any date waiting for this head's verification. */
  pending: number;
};

/** "Tim hari ini": what each report logged on `date`, and how many entries wait for verification. */
export async function teamDay(
  rm: ReadModel,
  headNip: string,
  date: string,
): Promise<TeamMemberDay[]> {
  const reports = await reportsOf(rm, headNip, date);
  return Promise.all(
    reports.map(async (e) => {
      const [entries, pending] = await Promise.all([
        activitiesInRange(rm, e.nip, date, date),
        rm.activities.where('[nip+status]').equals([e.nip, 'submitted']).count(),
      ]);
      return {
        nip: e.nip,
        name: e.name,
        position: e.position,
        entries,
        minutes: totalMinutes(entries),
        pending,
      };
    }),
  );
}

export type VerificationQueue = {
  /** Submitted entries of the head's reports: by person (name order), then date and time. */
  entries: ActivityRow[];
  names: ReadonlyMap<string, string>;
};

/** The head's verification queue: every submitted entry of the people they appraise. */
export async function verificationQueue(
  rm: ReadModel,
  headNip: string,
  date: string,
): Promise<VerificationQueue> {
  const reports = await reportsOf(rm, headNip, date);
  const perPerson = await Promise.all(
    reports.map((e) => rm.activities.where('[nip+status]').equals([e.nip, 'submitted']).toArray()),
  );
  return {
    entries: perPerson.flatMap((rows) => rows.sort(byDateAndTime)),
    names: new Map(reports.map((e) => [e.nip, e.name])),
  };
}
