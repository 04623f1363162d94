/**
 * Daily activity logs (progres harian) of one person over the recent working days, and their
 * superior's verifications: older days approved (a few returned with a note), the newest days
 * still waiting. All entries are submitted, round 1, between 07:00 and 15:00 without overlaps.
 */
import { addDays, isWorkingDay } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import type { ActivityDoc, VerificationDoc } from '../../client/core/schemas/work';
import type { JobPlan, TaskPlan } from './demo-plan-types';
import { deterministicUlid, hhmm, wib, type Rng } from './deterministic';

const DAY_START = 7 * 60;
const DAY_END = 15 * 60;
/** Today's entries are the morning's: the seed does not know what time the server starts. */
const TODAY_MAX_MINUTES = 150;

export type ActivityArgs = {
  nip: string;
  superiorNip: string;
  plan: JobPlan;
  /** Working days on which the person logged work (absences already left out), ascending. */
  days: readonly string[];
  today: string;
  /** Entries dated on or after this day are not verified yet. */
  unverifiedFrom: string;
  /** Entries dated on or after this day may be returned (older returns would be fixed by now). */
  returnableFrom: string;
  /** Guarantees at least one returned entry (Dewi's demo shows one). */
  forceReturn: boolean;
  location: { lat: number; lng: number };
  rng: Rng;
};

type Chosen = { task: TaskPlan; kegiatan: string; realisasi: number; minutes: number };

/** The activities and verifications of one person. */
export function buildActivities(a: ActivityArgs): {
  activities: ActivityDoc[];
  verifications: VerificationDoc[];
} {
  const activities: ActivityDoc[] = [];
  for (const date of a.days) activities.push(...dayEntries(a, date));

  const verifications: VerificationDoc[] = [];
  const returnable = activities.filter(
    (x) => x.date >= a.returnableFrom && x.date < a.unverifiedFrom,
  );
  let returned = new Set(returnable.filter(() => a.rng.chance(0.07)).map((x) => x._id));
  if (a.forceReturn && returned.size === 0 && returnable.length > 0) {
    returned = new Set([a.rng.pick(returnable)._id]);
  }
  for (const act of activities) {
    if (act.date >= a.unverifiedFrom) continue;
    const isReturned = returned.has(act._id);
    const task = a.plan.tasks.find(
      (t) => t.rhkId === act.rhkId && t.kegiatan.includes(act.kegiatan),
    );
    const suffix = act._id.split(':')[3] ?? '';
    verifications.push({
      _id: ids.verification(a.nip, act.date, suffix),
      type: 'verification',
      schemaVersion: 1,
      nip: a.nip,
      date: act.date,
      activityId: act._id,
      appraiserNip: a.superiorNip,
      round: act.round,
      decision: isReturned ? 'returned' : 'approved',
      note: isReturned ? (task?.returnNote ?? 'Lengkapi bukti dukung kegiatan ini.') : '',
      decidedAt: wib(nextWorkingDay(act.date), 7 * 60 + 30 + a.rng.int(0, 30) * 5),
    });
  }
  return { activities, verifications };
}

function dayEntries(a: ActivityArgs, date: string): ActivityDoc[] {
  const isToday = date === a.today;
  const chosen = chooseTasks(a.plan, a.rng, isToday ? 1 : a.rng.int(1, 3));
  const out: ActivityDoc[] = [];
  let t = DAY_START + a.rng.int(0, 6) * 5;
  for (const c of chosen) {
    let { minutes, realisasi } = c;
    if (isToday && minutes > TODAY_MAX_MINUTES) {
      const perUnit = 'perUnit' in c.task.minutes ? c.task.minutes.perUnit : null;
      if (perUnit !== null) {
        realisasi = Math.max(1, Math.floor(TODAY_MAX_MINUTES / perUnit));
        minutes = realisasi * perUnit;
      } else minutes = TODAY_MAX_MINUTES;
    }
    if (t + minutes > DAY_END) break;
    const start = t;
    const end = t + minutes;
    t = end + a.rng.int(1, 6) * 5;
    const createdAt = wib(date, end + a.rng.int(1, 5) * 5);
    const suffix = deterministicUlid(Date.parse(createdAt), a.rng);
    out.push({
      _id: ids.activity(a.nip, date, suffix),
      type: 'activity',
      schemaVersion: 1,
      nip: a.nip,
      date,
      start: hhmm(start),
      end: hhmm(end),
      kegiatan: c.kegiatan,
      uraian: a.rng.pick(c.task.uraian),
      rhkId: c.task.rhkId,
      ikiId: c.task.ikiId,
      realisasi,
      satuan: c.task.satuan,
      links: a.rng.chance(0.2)
        ? [`https://arsip.gayungan.go.id/bukti/${suffix.toLowerCase()}`]
        : [],
      location: c.task.withLocation
        ? {
            lat: round6(a.location.lat + (a.rng.next() - 0.5) * 0.01),
            lng: round6(a.location.lng + (a.rng.next() - 0.5) * 0.01),
            accuracy: a.rng.int(5, 25),
          }
        : null,
      catalogCode: c.task.catalogCode,
      status: 'submitted',
      round: 1,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return out;
}

/** Daily tasks first (guru teach every day), then distinct weighted picks of the others. */
function chooseTasks(plan: JobPlan, rng: Rng, count: number): Chosen[] {
  const out: Chosen[] = [];
  const used = new Set<string>();
  const add = (task: TaskPlan) => {
    const fresh = task.kegiatan.filter((k) => !used.has(k));
    const kegiatan = rng.pick(fresh.length > 0 ? fresh : task.kegiatan);
    used.add(kegiatan);
    const realisasi = rng.int(task.realisasi[0], task.realisasi[1]);
    const minutes =
      'perUnit' in task.minutes
        ? realisasi * task.minutes.perUnit
        : rng.int(task.minutes[0] / 5, task.minutes[1] / 5) * 5;
    out.push({ task, kegiatan, realisasi, minutes });
  };
  for (const task of plan.tasks) {
    if (!task.daily) continue;
    const n = Math.min(count - out.length, rng.int(1, task.daily.perDay));
    for (let i = 0; i < n; i++) add(task);
  }
  const pool = plan.tasks.filter((t) => !t.daily && t.weight > 0);
  while (out.length < count && pool.length > 0) {
    const total = pool.reduce((s, t) => s + t.weight, 0);
    let r = rng.next() * total;
    let index = pool.findIndex((t) => (r -= t.weight) < 0);
    if (index < 0) index = pool.length - 1;
    const [task] = pool.splice(index, 1);
    if (task) add(task);
  }
  return out;
}

/** The first Monday-to-Friday day after a date. */
export function nextWorkingDay(date: string): string {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The last `n` working days up to and including `today`, ascending. */
export function workingDaysBack(today: string, n: number): string[] {
  const out: string[] = [];
  for (let d = today; out.length < n; d = addDays(d, -1)) if (isWorkingDay(d)) out.unshift(d);
  return out;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
