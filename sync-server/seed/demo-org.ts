/**
 * The demo organisation "Pemerintah Gayungan": a pure, deterministic generator of every document
 * the server writes into an empty store on first start (reference data, SKPs and approvals,
 * recent daily logs and verifications, the previous quarter's logs its final appraisals cite,
 * feedback, appraisals, attendance, organisation ratings).
 * Content is dated relative to `today`, so the demo always looks current. Every document carries
 * a first revision `1-<md5>`, so the writer can store it with `new_edits: false` and the SKP
 * approvals' `skpRev` matches the stored SKP.
 */
import { addDays, eachDate, isWorkingDay, quarterOf, quarterRange } from '../../client/core/dates';
import { ids, isIsoDate } from '../../client/core/ids';
import type { KinerjaDoc } from '../../client/core/schemas/registry';
import type { WorkHours } from '../../client/core/schemas/reference';
import type { AppraisalDoc, AppraisalParty } from '../../client/core/schemas/appraisal';
import type { ActivityDoc, SkpDoc, VerificationDoc } from '../../client/core/schemas/work';
import { activityStatus } from '../../client/core/activity-status';
import type { LoggedActivity } from '../../client/core/realisasi';
import type { OrgRating } from '../../client/core/vocabulary';
import { buildActivities, nextWorkingDay, workingDaysBack } from './demo-activities';
import { quarterLogs } from './demo-quarter-logs';
import { withDemoPhotos } from './demo-photos';
import {
  acceptance,
  draftAppraisal,
  finalAppraisal,
  DRAFT_NIPS,
  FINAL_SCRIPTS,
} from './demo-appraisals';
import { CATALOG } from './demo-catalogs';
import { monthRange } from '../../client/core/attendance';
import { buildAttendance } from './demo-attendance';
import { buildDevelopment, trainingDocs } from './demo-development';
import { EXPECTATIONS } from './demo-expectations';
import { buildFeedback } from './demo-feedback';
import { DEMO_ORG, NIP, PEOPLE, personOf, unitOf, UNITS, type DemoPerson } from './demo-people';
import { planOf } from './demo-plans';
import { demoSetting } from './demo-tpp';
import { firstRev, rngFactory, wib, type Rng } from './deterministic';

export const DEMO_PASSWORD = 'gayungan2026';

export type DemoDoc = Record<string, unknown> & { _id: string };
export type DemoAccount = { nip: string; name: string; roles: ('pengelola' | 'admin')[] };
export type DemoData = { docs: DemoDoc[]; accounts: DemoAccount[] };

const DEFAULT_SEED = 2026;
/** Working days of daily logs, ending today. */
const LOG_DAYS = 20;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const LOCATION: Readonly<Record<string, { lat: number; lng: number }>> = {
  'kelurahan-ketintang': { lat: -7.3172, lng: 112.7238 },
  'kelurahan-menanggal': { lat: -7.3405, lng: 112.7183 },
};
const DEFAULT_LOCATION = { lat: -7.3326, lng: 112.7263 };

/**
 * Working hours the Pengelola keeps in the console (they are not in units.csv): the pemda's
 * five-day office week, which the dinas, BKPSDM, kecamatan and kelurahan follow, and the schools'
 * own: SDN Gayungan I a six-day week, SDN Ketintang II a five-day week with a longer day.
 */
const WORK_HOURS: Readonly<Record<string, WorkHours>> = {
  pemda: { days: [1, 2, 3, 4, 5], start: '07:30', end: '16:00', fridayEnd: '16:30' },
  'sdn-gayungan-1': { days: [1, 2, 3, 4, 5, 6], start: '07:00', end: '13:30', fridayEnd: '11:00' },
  'sdn-ketintang-2': { days: [1, 2, 3, 4, 5], start: '06:45', end: '14:30', fridayEnd: '11:30' },
};

const ORG_RATINGS: Readonly<Record<string, { rating: OrgRating; note: string }>> = {
  pemda: { rating: 'baik', note: 'Sebagian besar sasaran strategis triwulan tercapai.' },
  'dinas-pendidikan': {
    rating: 'baik',
    note: 'Capaian literasi dan numerasi naik; penyaluran dana BOS tepat waktu.',
  },
  'sdn-gayungan-1': {
    rating: 'baik',
    note: 'Target pembelajaran tercapai; laporan BOS triwulan terlambat disampaikan.',
  },
  'sdn-ketintang-2': {
    rating: 'baik',
    note: 'Target pembelajaran dan administrasi sekolah tercapai.',
  },
  'kecamatan-gayungan': { rating: 'baik', note: 'Indeks kepuasan masyarakat sesuai target.' },
  'kelurahan-ketintang': {
    rating: 'istimewa',
    note: 'IKM layanan kelurahan tertinggi se-kecamatan; 97% layanan selesai di hari yang sama.',
  },
  'kelurahan-menanggal': { rating: 'baik', note: 'Layanan administrasi sesuai standar waktu.' },
  bkpsdm: {
    rating: 'istimewa',
    note: 'Seluruh perangkat daerah melaksanakan evaluasi kinerja triwulanan tepat waktu.',
  },
};

type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };
type Built = { activities: ActivityDoc[]; verifications: VerificationDoc[] };
const quarterId = (q: Quarter) => `${q.year}-q${q.quarter}`;

/** Builds the demo organisation's documents and accounts for a civil date `today` (WIB). */
export function buildDemoData(today: string, opts: { seed?: number } = {}): DemoData {
  if (!isIsoDate(today)) throw new Error(`today must be a date yyyy-mm-dd, got "${today}"`);
  const seed = opts.seed ?? DEFAULT_SEED;
  const rngFor = rngFactory(seed);
  // The revision hashes the content without any earlier _rev, so stamping twice changes nothing.
  const stamp = <T extends KinerjaDoc>(doc: T): T => ({
    _rev: firstRev(seed, doc),
    ...doc,
    _id: doc._id,
  });

  const year = Number(today.slice(0, 4));
  const current: Quarter = { year, quarter: quarterOf(today) };
  const previous: Quarter =
    current.quarter === 1
      ? { year: year - 1, quarter: 4 }
      : { year, quarter: (current.quarter - 1) as 1 | 2 | 3 };
  const years = previous.year < year ? [previous.year, year] : [year];
  const window = workingDaysBack(today, LOG_DAYS);
  const notAfterToday = (d: string) => (d > today ? today : d);

  const docs: KinerjaDoc[] = [];
  docs.push(...referenceDocs(years, current, today));

  // SKP and approval per person and year.
  const skps = new Map<string, SkpDoc>();
  for (const y of years) {
    for (const person of PEOPLE) {
      const rng = rngFor(`skp:${person.nip}:${y}`);
      const depth = depthOf(person);
      const submittedDay = notAfterToday(nthWorkingDay(`${y}-01-01`, 3 + depth * 2));
      const decidedDay = notAfterToday(nthWorkingDay(submittedDay, 2));
      const skp = stamp(
        skpDoc(person, String(y), wib(submittedDay, 8 * 60 + depth * 60 + rng.int(0, 11) * 5)),
      );
      skps.set(`${person.nip}:${y}`, skp);
      docs.push(skp);
      if (person.superiorNip !== null) {
        docs.push({
          _id: ids.skpApproval(person.nip, String(y)),
          type: 'skp-approval',
          schemaVersion: 1,
          nip: person.nip,
          periodId: String(y),
          appraiserNip: person.superiorNip,
          decision: 'approved',
          note: rng.pick([
            'SKP disetujui. Selamat bekerja.',
            'Disetujui; RHK sudah selaras dengan sasaran unit.',
            '',
          ]),
          expectations: planOf(person, unitOf(person.unitId).name).expectations,
          skpRev: skp._rev ?? '',
          decidedAt: wib(decidedDay, 13 * 60 + depth * 60 + rng.int(0, 11) * 5),
        });
      }
    }
  }

  // Absences (leave, sick) first: nobody logs work on a day they were away.
  const months = attendanceMonths(today);
  const protectedDays = new Set([...window.slice(-3), today]);
  const absences = new Map<string, Map<string, 'leave' | 'sick'>>();
  for (const person of PEOPLE)
    absences.set(person.nip, planAbsences(months, protectedDays, rngFor(`absence:${person.nip}`)));

  // Daily logs and verifications of everyone who has a superior over the recent days: `approved`
  // for evidence and feedback, `logged` (every entry with its status) for the notes' sums.
  const approved = new Map<string, ActivityDoc[]>();
  const logged = new Map<string, LoggedActivity[]>();
  const record = (nip: string, built: Built, earlier: boolean) => {
    const decided = new Map(built.verifications.map((v) => [v.activityId, v]));
    const mine = built.activities.map((a) => ({
      ...a,
      status: activityStatus(a, decided.get(a._id)),
    }));
    const ok = built.activities.filter((a) => decided.get(a._id)?.decision === 'approved');
    // Kept in date order: the quarter's older days go before the recent ones.
    const join = <T>(have: readonly T[] | undefined, add: readonly T[]) =>
      earlier ? [...add, ...(have ?? [])] : [...(have ?? []), ...add];
    logged.set(nip, join(logged.get(nip), mine));
    approved.set(nip, join(approved.get(nip), ok));
  };
  for (const person of PEOPLE) {
    if (person.superiorNip === null) continue;
    const rng = rngFor(`activity:${person.nip}`);
    const away = absences.get(person.nip) ?? new Map();
    const built = buildActivities({
      nip: person.nip,
      superiorNip: person.superiorNip,
      plan: planOf(person, unitOf(person.unitId).name),
      days: window.filter((d) => !away.has(d)),
      today,
      unverifiedFrom: window[window.length - rng.int(2, 3)] ?? today,
      returnableFrom: window[Math.max(0, window.length - 12)] ?? today,
      forceReturn: person.nip === NIP.dewi,
      location: LOCATION[person.unitId] ?? DEFAULT_LOCATION,
      rng,
    });
    const { activities, photos } = withDemoPhotos(built.activities);
    docs.push(...activities, ...built.verifications, ...photos);
    record(person.nip, { activities, verifications: built.verifications }, false);
  }

  // The previous quarter's days before the recent ones, for those with a final appraisal of it:
  // what its notes, its Rapor and its evaluation document count (demo-quarter-logs.ts).
  const prevRange = quarterRange(previous.year, previous.quarter);
  const recentStart = window[0] ?? today;
  for (const script of FINAL_SCRIPTS) {
    const person = personOf(script.nip);
    const skp = skps.get(`${person.nip}:${previous.year}`);
    if (!skp || person.superiorNip === null) continue;
    const away = absences.get(person.nip) ?? new Map();
    const built = quarterLogs({
      nip: person.nip,
      superiorNip: person.superiorNip,
      script,
      skp,
      plan: planOf(person, unitOf(person.unitId).name),
      period: { kind: 'quarterly', year: previous.year, ...prevRange },
      days: eachDate(prevRange.start, prevRange.end).filter(
        (d) => isWorkingDay(d) && d < recentStart && !away.has(d),
      ),
      until: recentStart,
      logged: logged.get(person.nip) ?? [],
      location: LOCATION[person.unitId] ?? DEFAULT_LOCATION,
      rng: rngFor(`quarter-log:${person.nip}`),
    });
    docs.push(...built.activities, ...built.verifications);
    record(person.nip, built, true);
  }

  // Organisation ratings, final appraisals and acknowledgements of the previous quarter.
  const ratedDay = notAfterToday(nthWorkingDay(prevRange.end, 2));
  const finalDay = notAfterToday(nthWorkingDay(prevRange.end, 4));
  UNITS.forEach((u, i) => {
    const r = ORG_RATINGS[u.unitId] ?? { rating: 'baik', note: '' };
    docs.push({
      _id: ids.orgRating(u.unitId, quarterId(previous)),
      type: 'org-rating',
      schemaVersion: 1,
      unitId: u.unitId,
      periodId: quarterId(previous),
      rating: r.rating,
      note: r.note,
      setBy: NIP.ratna,
      setAt: wib(ratedDay, 8 * 60 + i * 5),
    });
  });
  const inRange = <T extends { date: string }>(
    acts: readonly T[],
    range: { start: string; end: string },
  ) => acts.filter((a) => a.date >= range.start && a.date <= range.end);
  const finals: AppraisalDoc[] = [];
  FINAL_SCRIPTS.forEach((script, i) => {
    const person = personOf(script.nip);
    const skp = skps.get(`${person.nip}:${previous.year}`);
    if (!skp || person.superiorNip === null) return;
    const appraisal = finalAppraisal(
      script,
      {
        nip: person.nip,
        appraiserNip: person.superiorNip,
        periodId: quarterId(previous),
        audience: audienceOf(person),
        skp,
        activities: inRange(approved.get(person.nip) ?? [], prevRange),
        logged: inRange(logged.get(person.nip) ?? [], prevRange),
        parties: partiesOf(person),
      },
      wib(finalDay, 9 * 60 + i * 20),
    );
    docs.push(appraisal);
    finals.push(appraisal);
    if (script.acknowledgement !== undefined) {
      const ackDay = notAfterToday(nthWorkingDay(finalDay, 1 + (i % 3)));
      docs.push(acceptance(appraisal, script.acknowledgement, wib(ackDay, 13 * 60 + i * 10)));
    }
  });

  // Feedback, coaching and the dialog kinerja after each final appraisal (demo-feedback.ts).
  const curRange = quarterRange(current.year, current.quarter);
  docs.push(...buildFeedback({ today, quarterEnd: curRange.end, approved, finals, rngFor }));

  // Drafts of the current quarter.

  const lastWorkday = window[window.length - 2] ?? today;
  const draftDay = lastWorkday >= curRange.start ? lastWorkday : today;
  DRAFT_NIPS.forEach((nip, i) => {
    const person = personOf(nip);
    const skp = skps.get(`${nip}:${current.year}`);
    if (!skp || person.superiorNip === null) return;
    docs.push(
      draftAppraisal(
        {
          nip,
          appraiserNip: person.superiorNip,
          periodId: quarterId(current),
          audience: audienceOf(person),
          skp,
          activities: inRange(approved.get(nip) ?? [], curRange),
          logged: inRange(logged.get(nip) ?? [], curRange),
          parties: partiesOf(person),
        },
        wib(draftDay, (draftDay === today ? 7 * 60 + 15 : 14 * 60) + i * 10),
      ),
    );
  });

  // Competency development: catalog requests and self-directed learning.
  docs.push(...buildDevelopment(today, window));

  // Attendance months as the Pengelola imported them.
  const hoursUnits = new Map(
    DEMO_ORG.units.map((u) => [
      u.unitId,
      { unitId: u.unitId, parentId: u.parentId, workHours: WORK_HOURS[u.unitId] },
    ]),
  );
  docs.push(
    ...buildAttendance(
      months.map((m) => ({
        month: m.month,
        // Full months to their last day (schools work Saturdays); this month up to yesterday.
        until: m.month === today.slice(0, 7) ? addDays(today, -1) : monthRange(m.month).end,
        importedAt: m.importedAt,
      })),
      hoursUnits,
      absences,
      rngFor,
    ),
  );

  const accounts: DemoAccount[] = [
    ...PEOPLE.map((p) => ({ nip: p.nip, name: p.name, roles: [...p.roles] })),
    { nip: 'admin', name: 'Administrator Sistem', roles: ['admin'] },
  ];
  return { docs: docs.map((d) => stamp(d) as DemoDoc), accounts };
}

function referenceDocs(years: readonly number[], current: Quarter, today: string): KinerjaDoc[] {
  const out: KinerjaDoc[] = [];
  // Units and people come from the organisation import of data/*.csv (see demo-people.ts).
  out.push(
    ...DEMO_ORG.units.map((u) => {
      const workHours = WORK_HOURS[u.unitId];
      return workHours === undefined ? u : { ...u, workHours };
    }),
    ...DEMO_ORG.employees,
    demoSetting(today),
  );
  for (const y of years) {
    const past = y < current.year;
    out.push({
      _id: ids.period(String(y)),
      type: 'period',
      schemaVersion: 1,
      periodId: String(y),
      kind: 'annual',
      year: y,
      label: `Tahun ${y}`,
      start: `${y}-01-01`,
      end: `${y}-12-31`,
      status: past ? 'closed' : 'open',
    });
    for (const q of [1, 2, 3, 4] as const) {
      const { start, end } = quarterRange(y, q);
      out.push({
        _id: ids.period(quarterId({ year: y, quarter: q })),
        type: 'period',
        schemaVersion: 1,
        periodId: quarterId({ year: y, quarter: q }),
        kind: 'quarterly',
        year: y,
        quarter: q,
        label: `Triwulan ${ROMAN[q - 1]} ${y}`,
        start,
        end,
        status: past || q < current.quarter ? 'closed' : 'open',
      });
    }
  }
  // Next year's annual period is open already: employees draft next year's SKP before it starts.
  const next = current.year + 1;
  out.push({
    _id: ids.period(String(next)),
    type: 'period',
    schemaVersion: 1,
    periodId: String(next),
    kind: 'annual',
    year: next,
    label: `Tahun ${next}`,
    start: `${next}-01-01`,
    end: `${next}-12-31`,
    status: 'open',
  });
  for (const c of CATALOG)
    out.push({ _id: ids.catalog(c.code), type: 'catalog', schemaVersion: 1, ...c });
  for (const e of EXPECTATIONS)
    out.push({ _id: ids.expectation(e.code), type: 'expectation', schemaVersion: 1, ...e });
  out.push(...trainingDocs(today));
  return out;
}

function skpDoc(person: DemoPerson, periodId: string, submittedAt: string): SkpDoc {
  const plan = planOf(person, unitOf(person.unitId).name);
  return {
    _id: ids.skp(person.nip, periodId),
    type: 'skp',
    schemaVersion: 1,
    nip: person.nip,
    periodId,
    rhk: plan.rhk.map((r) => ({ ...r, iki: r.iki.map((i) => ({ ...i })) })),
    status: 'submitted',
    submittedAt,
    updatedAt: submittedAt,
  };
}

/** Levels below the top of the chart: heads plan first, their staff after them. */
function depthOf(person: DemoPerson): number {
  let depth = 0;
  for (let p = person; p.superiorNip !== null; p = personOf(p.superiorNip)) depth++;
  return depth;
}

function audienceOf(person: DemoPerson): 'sekolah' | 'kelurahan' | 'kantor' {
  if (person.unitId.startsWith('sdn-')) return 'sekolah';
  if (person.unitId.startsWith('kelurahan-')) return 'kelurahan';
  return 'kantor';
}

function party(person: DemoPerson): AppraisalParty {
  return {
    nip: person.nip,
    name: person.name,
    position: person.position,
    rank: person.rank,
    unitName: unitOf(person.unitId).name,
  };
}

function partiesOf(person: DemoPerson) {
  const penilai = personOf(person.superiorNip ?? person.nip);
  return {
    pegawai: party(person),
    penilai: party(penilai),
    atasanPenilai: penilai.superiorNip === null ? null : party(personOf(penilai.superiorNip)),
  };
}

/** The working day `n` working days after `date` (n = 0: the date itself if it is one). */
function nthWorkingDay(date: string, n: number): string {
  let d = date;
  if (n === 0) return isWorkingDay(d) ? d : nextWorkingDay(d);
  for (let i = 0; i < n; i++) d = nextWorkingDay(d);
  return d;
}

type AttendanceMonth = { month: string; days: string[]; importedAt: string };

/** The three full months before today's month, and today's month up to yesterday. */
function attendanceMonths(today: string): AttendanceMonth[] {
  const out: AttendanceMonth[] = [];
  const first = `${today.slice(0, 7)}-01`;
  for (let back = 3; back >= 1; back--) {
    let start = first;
    for (let i = 0; i < back; i++) start = `${addDays(start, -1).slice(0, 7)}-01`;
    const nextStart = `${addDays(start, 32).slice(0, 7)}-01`;
    const imported = nthWorkingDay(nextStart, 1);
    out.push({
      month: start.slice(0, 7),
      days: eachDate(start, addDays(nextStart, -1)).filter(isWorkingDay),
      importedAt: wib(imported > today ? today : imported, 7 * 60 + 30),
    });
  }
  const soFar = today > first ? eachDate(first, addDays(today, -1)).filter(isWorkingDay) : [];
  if (soFar.length > 0)
    out.push({ month: today.slice(0, 7), days: soFar, importedAt: wib(today, 7 * 60) });
  return out;
}

/** Zero to two days of leave or sick leave per month, never on the last few days (still to verify). */
function planAbsences(
  months: readonly AttendanceMonth[],
  protectedDays: ReadonlySet<string>,
  rng: Rng,
) {
  const out = new Map<string, 'leave' | 'sick'>();
  for (const m of months) {
    const r = rng.next();
    const n = r < 0.6 ? 0 : r < 0.9 ? 1 : 2;
    const candidates = m.days.filter((d) => !protectedDays.has(d));
    for (let i = 0; i < n && candidates.length > 0; i++) {
      const [d] = candidates.splice(rng.int(0, candidates.length - 1), 1);
      if (d) out.set(d, rng.chance(0.6) ? 'sick' : 'leave');
    }
  }
  return out;
}
