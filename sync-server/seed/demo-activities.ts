/**
 * Daily activity logs (progres harian) of one person over a run of working days, and their
 * superior's verifications: older days approved (a few returned with a note), the newest days
 * still waiting. All entries are submitted, round 1, between 07:00 and 15:00 without overlaps, at
 * most three a day. The recent days pick tasks by their weight; a past quarter given `goals` picks
 * them by what each IKI still needs and then trims the entries to the goal (demo-quarter-logs.ts).
 */
import { addDays, isWorkingDay, minutesOfDay } from '../../client/core/dates';
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
  /**
   * Per IKI id, what the entries should add up to (a past quarter shaped to its appraisal). Tasks
   * are then picked as each IKI falls behind an even pace towards its goal, a task of no goal
   * never, and the excess is trimmed; without goals, tasks are picked by their weight.
   */
  goals?: ReadonlyMap<string, number>;
};

type Chosen = { task: TaskPlan; kegiatan: string; realisasi: number; minutes: number };

/** The activities and verifications of one person. */
export function buildActivities(a: ActivityArgs): {
  activities: ActivityDoc[];
  verifications: VerificationDoc[];
} {
  const logged = new Map<string, number>();
  let activities: ActivityDoc[] = [];
  a.days.forEach((date, i) => {
    const chosen = a.goals
      ? chooseTowards(a.plan, a.rng, a.goals, logged, (i + 1) / a.days.length)
      : chooseTasks(a.plan, a.rng, date === a.today ? 1 : a.rng.int(1, 3));
    for (const entry of dayEntries(a, date, chosen)) {
      activities.push(entry);
      const iki = entry.ikiId ?? '';
      logged.set(iki, (logged.get(iki) ?? 0) + entry.realisasi);
    }
  });
  if (a.goals) activities = trimToGoals(activities, a.plan, a.goals, a.rng);
  return { activities, verifications: verify(a, activities) };
}

/** The superior's decisions a working day after each entry, but on the newest days. */
function verify(a: ActivityArgs, activities: readonly ActivityDoc[]): VerificationDoc[] {
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
  return verifications;
}

/** The chosen tasks as one day's entries, one after another from the morning, as far as the day goes. */
function dayEntries(a: ActivityArgs, date: string, chosen: readonly Chosen[]): ActivityDoc[] {
  const isToday = date === a.today;
  const out: ActivityDoc[] = [];
  let t = DAY_START + a.rng.int(0, 6) * 5;
  for (const c of chosen) {
    let { minutes, realisasi } = c;
    if (isToday && minutes > TODAY_MAX_MINUTES) {
      const perUnit = perUnitOf(c.task);
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
  for (const task of plan.tasks) {
    if (!task.daily) continue;
    const n = Math.min(count - out.length, rng.int(1, task.daily.perDay));
    for (let i = 0; i < n; i++) out.push(draw(task, rng, used));
  }
  const pool = plan.tasks.filter((t) => !t.daily && t.weight > 0);
  while (out.length < count) {
    const task = takeWeighted(pool, (t) => t.weight, rng);
    if (!task) break;
    out.push(draw(task, rng, used));
  }
  return out;
}

/** Entries a day holds at most (a test of the demo keeps to it). */
const MAX_PER_DAY = 3;
/** A past quarter's pace runs a little ahead, so that its last days need not catch up. */
const LEAD = 1.05;

/**
 * A day's tasks towards goals, `progress` (0..1] of the way through the days: a daily task as
 * often as it may while its IKI is behind an even pace, else once (the trim takes the excess from
 * random days); another task when its IKI is at least half an entry behind (on the last stretch,
 * behind at all), the furthest behind likeliest.
 */
function chooseTowards(
  plan: JobPlan,
  rng: Rng,
  goals: ReadonlyMap<string, number>,
  logged: ReadonlyMap<string, number>,
  progress: number,
): Chosen[] {
  const pace = Math.min(1, progress * LEAD);
  const goal = (t: TaskPlan) => goals.get(t.ikiId) ?? 0;
  const behind = (t: TaskPlan) => goal(t) * pace - (logged.get(t.ikiId) ?? 0);
  const out: Chosen[] = [];
  const used = new Set<string>();
  for (const task of plan.tasks) {
    if (!task.daily || goal(task) <= 0) continue;
    const n = behind(task) > 0 ? task.daily.perDay : 1;
    for (let i = 0; i < n && out.length < MAX_PER_DAY; i++) out.push(draw(task, rng, used));
  }
  const entriesBehind = (t: TaskPlan) => {
    const entries = behind(t) / meanRealisasi(t);
    return entries >= 0.5 || (pace === 1 && entries > 0) ? entries : 0;
  };
  const pool = plan.tasks.filter((t) => !t.daily && goal(t) > 0);
  while (out.length < MAX_PER_DAY) {
    const task = takeWeighted(pool, entriesBehind, rng);
    if (!task) break;
    out.push(draw(task, rng, used));
  }
  return out;
}

/**
 * Entries of each IKI with a goal beyond it, dropped in a random order while the rest still reach
 * the goal; then one of the rest shrunk by what is left over (its minutes follow a per-unit task).
 */
function trimToGoals(
  activities: readonly ActivityDoc[],
  plan: JobPlan,
  goals: ReadonlyMap<string, number>,
  rng: Rng,
): ActivityDoc[] {
  const dropped = new Set<string>();
  const shrunk = new Map<string, ActivityDoc>();
  for (const [ikiId, goal] of goals) {
    const order = shuffled(
      activities.filter((x) => x.ikiId === ikiId),
      rng,
    );
    let sum = order.reduce((s, x) => s + x.realisasi, 0);
    const kept: ActivityDoc[] = [];
    for (const x of order) {
      if (sum - x.realisasi >= goal) {
        dropped.add(x._id);
        sum -= x.realisasi;
      } else kept.push(x);
    }
    const [first] = kept;
    if (!first || sum <= goal) continue;
    // Every kept entry is larger than the excess (else it would have been dropped).
    const realisasi = first.realisasi - (sum - goal);
    const task = plan.tasks.find((t) => t.ikiId === ikiId && t.kegiatan.includes(first.kegiatan));
    const perUnit = task ? perUnitOf(task) : null;
    const end =
      perUnit === null ? first.end : hhmm(minutesOfDay(first.start) + realisasi * perUnit);
    shrunk.set(first._id, { ...first, realisasi, end });
  }
  return activities.filter((x) => !dropped.has(x._id)).map((x) => shrunk.get(x._id) ?? x);
}

/** One entry of a task: a kegiatan not yet used today where one is left, its realisasi and minutes. */
function draw(task: TaskPlan, rng: Rng, used: Set<string>): Chosen {
  const fresh = task.kegiatan.filter((k) => !used.has(k));
  const kegiatan = rng.pick(fresh.length > 0 ? fresh : task.kegiatan);
  used.add(kegiatan);
  const realisasi = rng.int(task.realisasi[0], task.realisasi[1]);
  const minutes =
    'perUnit' in task.minutes
      ? realisasi * task.minutes.perUnit
      : rng.int(task.minutes[0] / 5, task.minutes[1] / 5) * 5;
  return { task, kegiatan, realisasi, minutes };
}

/** Takes one task out of the pool, with a chance in proportion to its weight; none when all weigh 0. */
function takeWeighted(pool: TaskPlan[], weightOf: (t: TaskPlan) => number, rng: Rng) {
  const weights = pool.map(weightOf);
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= 0) return undefined;
  let r = rng.next() * total;
  let index = weights.findIndex((w) => (r -= w) < 0);
  if (index < 0) index = pool.length - 1;
  return pool.splice(index, 1)[0];
}

function perUnitOf(task: TaskPlan): number | null {
  return 'perUnit' in task.minutes ? task.minutes.perUnit : null;
}

function meanRealisasi(task: TaskPlan): number {
  return (task.realisasi[0] + task.realisasi[1]) / 2;
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
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
