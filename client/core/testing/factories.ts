/**
 * Test data for every document type: the one factory module of every suite (core, server, client,
 * integration, e2e and bench). Each `makeX(overrides)` returns a typed document that passes
 * `parseDoc`; its `_id` is rebuilt from the merged content unless the overrides give one (so
 * `{ nip }` moves the id along, and a forged id is written as `{ _id }`). Defaults sit on a fixed
 * clock (NOW) and the fixture org chart, a small Dinas with one Plt; suites that run against a
 * live server's clock and its demo organisation override `nip` and `date: today()`.
 */
import {
  addDays,
  civilDate,
  isoWeekday,
  minutesOfDay,
  quarterOf,
  quarterRange,
  timeOfDay,
} from '../dates';
import { datesOfMonth } from '../attendance';
import type {
  AttendanceAppliedDoc,
  AttendanceCorrectionDoc,
  AttendanceDay,
  AttendanceDecisionDoc,
  AttendanceDoc,
} from '../schemas/attendance';
import { DEFAULT_WORK_HOURS, FRIDAY, hoursOn } from '../work-hours';
import { testNow } from './test-clock';
import { ids, type DocType } from '../ids';
import { buildOrgChart, type OrgChart, type StoredRole, type User } from '../org-chart';
import { predikat } from '../predikat';
import type {
  AcknowledgementDoc,
  AppraisalDoc,
  AppraisalParty,
  ObjectionDecisionDoc,
  RatedItem,
  SelfAssessmentDoc,
} from '../schemas/appraisal';
import { DEFAULT_FEEDBACK_REMINDER_WEEKS } from '../vocabulary';
import {
  type CatalogDoc,
  type EmployeeDoc,
  type ExpectationDoc,
  type OrgRatingDoc,
  type PeriodDoc,
  type SettingDoc,
  type UnitDoc,
} from '../schemas/reference';
import type {
  CertificateDoc,
  Completion,
  DevelopmentPlanDoc,
  EnrolmentAdminDoc,
  EnrolmentDecisionDoc,
  EnrolmentDoc,
  TrainingDoc,
} from '../schemas/development';
import type { KinerjaDoc } from '../schemas/registry';
import type { ReportDoc, ReportPerson } from '../schemas/report';
import type {
  ActivityDoc,
  FeedbackDoc,
  FeedbackResponseDoc,
  PhotoDoc,
  PraktikBaikDoc,
  PhotoRef,
  SkpApprovalDoc,
  SkpDoc,
  VerificationDoc,
} from '../schemas/work';
import { validateWrite } from '../validate-write';
import type { RawDoc, WriteContext } from '../write-context';
import type { WriteVerdict } from '../write-reasons';
import type { Rating } from '../vocabulary';

// ---------------------------------------------------------------- made documents

/** An attachment as a factory writes it: inline, base64. */
export type InlineAttachment = { content_type: string; data: string };

/**
 * What a factory returns: the document type with any attachments inline. The schemas also allow
 * stubs, which PouchDB's types describe differently; an inline attachment suits both, so a made
 * document is written to PouchDB as it is.
 */
export type Made<T> = Omit<T, '_attachments'> & { _attachments?: Record<string, InlineAttachment> };

/** What a factory's overrides may change: any field of the made document. */
export type Overrides<T> = Partial<Made<T>>;

// ---------------------------------------------------------------- the org chart fixture

/** NIPs of the fixture Dinas: a kepala dinas, two kepala bidang, staff, a pengelola, a stranger. */
export const NIP = {
  /** Kepala Dinas: heads the dinas, superior of both kepala bidang and the pengelola. */
  kepalaDinas: '197001011995031001',
  /** Kepala Bidang A: appraiser of staffA1 and staffA2. */
  headA: '197502022000031002',
  /** Kepala Bidang B: appraiser of staffB1 and staffB2; staffB1 acts for them in June 2026. */
  headB: '197803032003032003',
  staffA1: '198504042010011004',
  staffA2: '199005052015012005',
  /** Staff of Bidang B and Plt Kepala Bidang B from 2026-06-01 to 2026-06-30. */
  staffB1: '198806062012011006',
  staffB2: '199207072018012007',
  /** HR officer (Pengelola Kinerja) in the secretariat, reporting to the kepala dinas. */
  pengelola: '198909092014012008',
  /** A valid NIP of nobody in the chart. */
  stranger: '200001012025011099',
} as const;

/** The Plt override of the fixture: staffB1 acts for headB during June 2026. */
export const PLT = {
  actingNip: NIP.staffB1,
  kind: 'plt',
  from: '2026-06-01',
  to: '2026-06-30',
} as const;

/** A date inside the Plt range, and one outside it. */
export const PLT_DATE = '2026-06-15';
export const NORMAL_DATE = '2026-05-15';

/** The default "now" of write contexts: 2026-05-15 10:00 WIB. */
export const NOW = Date.parse('2026-05-15T10:00:00+07:00');
/** The default "now" as a timestamp string. */
export const NOW_ISO = '2026-05-15T10:00:00+07:00';

/**
 * Today's civil date (WIB) for documents a live server judges: the real date, on the test clock
 * (test-clock.ts: late in the day, so an entry logged at office hours has ended).
 */
export function today(): string {
  return civilDate(testNow());
}

/** The employee documents of the fixture Dinas. */
export function orgEmployees(): EmployeeDoc[] {
  const e = (
    nip: string,
    name: string,
    position: string,
    unitId: string,
    superiorNip: string | null,
  ) => makeEmployee({ nip, name, position, unitId, superiorNip });
  return [
    e(NIP.kepalaDinas, 'Drs. Bambang Sutrisno', 'Kepala Dinas', 'dinas', null),
    e(NIP.headA, 'Sri Wahyuni, S.E.', 'Kepala Bidang Anggaran', 'bidang-a', NIP.kepalaDinas),
    {
      ...e(
        NIP.headB,
        'Agus Santoso, S.T.',
        'Kepala Bidang Bina Marga',
        'bidang-b',
        NIP.kepalaDinas,
      ),
      acting: [{ ...PLT }],
    },
    e(NIP.staffA1, 'Dewi Lestari', 'Analis Anggaran', 'bidang-a', NIP.headA),
    e(NIP.staffA2, 'Rudi Hartono', 'Pengadministrasi Keuangan', 'bidang-a', NIP.headA),
    e(NIP.staffB1, 'Eko Prasetyo, S.T.', 'Teknik Jalan dan Jembatan', 'bidang-b', NIP.headB),
    e(NIP.staffB2, 'Siti Aminah', 'Pengawas Lapangan', 'bidang-b', NIP.headB),
    e(NIP.pengelola, 'Yuliana Putri', 'Analis SDM Aparatur', 'sekretariat', NIP.kepalaDinas),
  ];
}

/** The unit documents of the fixture Dinas. */
export function orgUnits(): UnitDoc[] {
  return [
    makeUnit({
      unitId: 'dinas',
      name: 'Dinas Pekerjaan Umum',
      parentId: null,
      headNip: NIP.kepalaDinas,
    }),
    makeUnit({
      unitId: 'bidang-a',
      name: 'Bidang Anggaran',
      parentId: 'dinas',
      headNip: NIP.headA,
    }),
    makeUnit({
      unitId: 'bidang-b',
      name: 'Bidang Bina Marga',
      parentId: 'dinas',
      headNip: NIP.headB,
    }),
    makeUnit({
      unitId: 'sekretariat',
      name: 'Sekretariat',
      parentId: 'dinas',
      headNip: NIP.kepalaDinas,
    }),
  ];
}

/** The fixture org chart (optionally from changed employee documents). */
export function orgChart(employees: readonly EmployeeDoc[] = orgEmployees()): OrgChart {
  return buildOrgChart(employees, orgUnits());
}

/** A signed-in user; the fixture pengelola gets the 'pengelola' role via `pengelolaUser`. */
export function userOf(nip: string, roles: readonly StoredRole[] = []): User {
  return { nip, roles };
}

/** The fixture HR officer with the stored 'pengelola' role. */
export const pengelolaUser: User = { nip: NIP.pengelola, roles: ['pengelola'] };

/** The fixture periods: 2026 (open), its first quarter (open) and 2025 (closed). */
export function fixturePeriods(): PeriodDoc[] {
  return [
    makePeriod(),
    makePeriod({
      periodId: '2026-tw1',
      kind: 'quarterly',
      quarter: 1,
      label: 'Triwulan I 2026',
      start: '2026-01-01',
      end: '2026-03-31',
    }),
    makeYearPeriod(2025, { status: 'closed' }),
  ];
}

/** A write context on the fixture chart at NOW, with the fixture periods and no related docs. */
export function writeContext(overrides: Partial<WriteContext> = {}): WriteContext {
  return {
    chart: orgChart(),
    now: NOW,
    timeZone: 'Asia/Jakarta',
    periods: new Map(fixturePeriods().map((p) => [p.periodId, p])),
    related: {},
    ...overrides,
  };
}

// ---------------------------------------------------------------- helpers

/** Documents keyed by id, as `WriteContext.related` holds them. */
export function related(...docs: readonly { _id: string }[]): Record<string, unknown> {
  return Object.fromEntries(docs.map((d) => [d._id, d]));
}

/** A CouchDB deletion stub for a document id. */
export function tombstone(id: string, rev = '2-z'): { _id: string; _rev: string; _deleted: true } {
  return { _id: id, _rev: rev, _deleted: true };
}

/** The code of a write verdict, or 'ok': short to assert on. */
export function verdictCode(verdict: WriteVerdict): string {
  return verdict.ok ? 'ok' : verdict.code;
}

/** A `write(doc, user?, old?, ctx?)` that answers the verdict code, writing as `defaultUser`. */
export function writerAs(defaultUser: User) {
  return (
    doc: RawDoc,
    user: User = defaultUser,
    old: RawDoc | null = null,
    ctx: Partial<WriteContext> = {},
  ): string => verdictCode(validateWrite(doc, old, user, writeContext(ctx)));
}

let suffixCounter = 0;

/** A deterministic, valid ULID suffix: `testUlid(7)` is always the same string. */
export function testUlid(n: number = ++suffixCounter): string {
  return `01JTESTXXXXXXXXXXX${String(n).padStart(8, '0')}`;
}

/** The id of a document, rebuilt from its content unless an explicit `_id` was given. */
function withId<T extends { _id: string }>(
  doc: T,
  overrides: { _id?: string },
  build: (d: T) => string,
): T {
  return { ...doc, _id: overrides._id ?? build(doc) };
}

/** A rated item: a rating (or null) with a note, no evidence. */
export function ratedItem(
  rating: Rating | null = null,
  overrides: Partial<RatedItem> = {},
): RatedItem {
  return {
    rating,
    note: rating === null ? '' : 'Sesuai bukti dukung',
    evidence: [],
    updatedAt: NOW_ISO,
    ...overrides,
  };
}

/** An appraisal party (signatory) for a NIP. */
export function party(nip: string, overrides: Partial<AppraisalParty> = {}): AppraisalParty {
  return {
    nip,
    name: `Pegawai ${nip.slice(-3)}`,
    position: 'Jabatan',
    rank: 'Penata (III/c)',
    unitName: 'Bidang',
    ...overrides,
  };
}

// ---------------------------------------------------------------- reference data

/** An employee (default: staffA1, active, no Plt). */
export function makeEmployee(overrides: Overrides<EmployeeDoc> = {}): Made<EmployeeDoc> {
  const doc: Made<EmployeeDoc> = {
    _id: '',
    type: 'employee',
    schemaVersion: 1,
    nip: NIP.staffA1,
    name: 'Dewi Lestari',
    position: 'Analis Anggaran',
    unitId: 'bidang-a',
    superiorNip: NIP.headA,
    kind: 'pns',
    functional: false,
    acting: [],
    active: true,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.employee(d.nip));
}

/** A work unit (default: bidang-a under the dinas). */
export function makeUnit(overrides: Overrides<UnitDoc> = {}): Made<UnitDoc> {
  const doc: Made<UnitDoc> = {
    _id: '',
    type: 'unit',
    schemaVersion: 1,
    unitId: 'bidang-a',
    name: 'Bidang Anggaran',
    parentId: 'dinas',
    headNip: NIP.headA,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.unit(d.unitId));
}

/** A period (default: the open annual period 2026). */
export function makePeriod(overrides: Overrides<PeriodDoc> = {}): Made<PeriodDoc> {
  const doc: Made<PeriodDoc> = {
    _id: '',
    type: 'period',
    schemaVersion: 1,
    periodId: '2026',
    kind: 'annual',
    year: 2026,
    label: 'Tahun 2026',
    start: '2026-01-01',
    end: '2026-12-31',
    status: 'open',
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.period(d.periodId));
}

/** The annual period of `year` (default: open). */
export function makeYearPeriod(
  year: number,
  overrides: Overrides<PeriodDoc> = {},
): Made<PeriodDoc> {
  return makePeriod({
    periodId: String(year),
    year,
    label: `Tahun ${year}`,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    ...overrides,
  });
}

/** A catalog entry (a routine activity with its satuan). */
export function makeCatalog(overrides: Overrides<CatalogDoc> = {}): Made<CatalogDoc> {
  const doc: Made<CatalogDoc> = {
    _id: '',
    type: 'catalog',
    schemaVersion: 1,
    code: 'rapat-koordinasi',
    name: 'Rapat koordinasi',
    satuan: 'kegiatan',
    defaultMinutes: 60,
    aspect: 'kuantitas',
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.catalog(d.code));
}

/** A suggested expectation text (default: one for Kolaboratif, for every jenis jabatan). */
export function makeExpectation(overrides: Overrides<ExpectationDoc> = {}): Made<ExpectationDoc> {
  const doc: Made<ExpectationDoc> = {
    _id: '',
    type: 'expectation',
    schemaVersion: 1,
    code: 'kolaboratif-rapat',
    value: 'kolaboratif',
    text: 'Aktif menyampaikan gagasan dalam rapat koordinasi unit.',
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.expectation(d.code));
}

/** A training (default: a Kolaboratif course). */
export function makeTraining(overrides: Overrides<TrainingDoc> = {}): Made<TrainingDoc> {
  const doc: Made<TrainingDoc> = {
    _id: '',
    type: 'training',
    schemaVersion: 1,
    trainingId: 'kerja-tim',
    title: 'Kerja Sama Tim',
    description: 'Pelatihan kolaborasi lintas bidang',
    form: 'pelatihan',
    area: 'manajerial',
    jp: 8,
    provider: 'BKPSDM Gayungan',
    mode: 'daring',
    start: '2026-06-01',
    end: '2026-06-02',
    seats: 30,
    focus: ['kolaboratif'],
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.training(d.trainingId));
}

/**
 * A month of attendance as imported (default: staffA1, April 2026, the default hours, every
 * working day hadir 07:25-16:05, Fridays to 16:35). `days` replaces the days; `dayOverrides`
 * changes single days of the default month.
 */
export function makeAttendance(
  overrides: Overrides<AttendanceDoc> = {},
  dayOverrides: readonly (Partial<AttendanceDay> & { date: string })[] = [],
): Made<AttendanceDoc> {
  const month = overrides.month ?? '2026-04';
  const hours = overrides.hours ?? DEFAULT_WORK_HOURS;
  const days: AttendanceDay[] = datesOfMonth(month)
    .filter((date) => hoursOn(hours, date) !== null)
    .map((date) => ({
      date,
      status: 'hadir',
      in: '07:25',
      out: isoWeekday(date) === FRIDAY ? '16:35' : '16:05',
    }));
  for (const o of dayOverrides) {
    const i = days.findIndex((d) => d.date === o.date);
    if (i >= 0) days[i] = { ...(days[i] as AttendanceDay), ...o };
    else days.push({ status: 'hadir', in: null, out: null, ...o });
  }
  const doc: Made<AttendanceDoc> = {
    _id: '',
    type: 'attendance',
    schemaVersion: 1,
    nip: NIP.staffA1,
    month,
    unitId: 'bidang-a',
    hours,
    days: days.sort((x, y) => x.date.localeCompare(y.date)),
    importedAt: NOW_ISO,
    importedBy: NIP.pengelola,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.attendance(d.nip, d.month));
}

/** A correction request (default: staffA1 asks for 2026-05-13 as dinas luar). */
export function makeCorrection(
  overrides: Overrides<AttendanceCorrectionDoc> = {},
): Made<AttendanceCorrectionDoc> {
  const doc: Made<AttendanceCorrectionDoc> = {
    _id: '',
    type: 'attendance-correction',
    schemaVersion: 1,
    nip: NIP.staffA1,
    date: '2026-05-13',
    unitId: 'bidang-a',
    change: { status: 'dinas-luar', in: null, out: null },
    reason: 'Rapat koordinasi di kantor provinsi sesuai surat tugas.',
    letter: null,
    requestedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.attendanceCorrection(d.nip, d.date));
}

/** The head's decision on a request (default: headA approves `request` as it asks). */
export function makeAttendanceDecision(
  request: AttendanceCorrectionDoc = makeCorrection(),
  overrides: Overrides<AttendanceDecisionDoc> = {},
): Made<AttendanceDecisionDoc> {
  const doc: Made<AttendanceDecisionDoc> = {
    _id: '',
    type: 'attendance-decision',
    schemaVersion: 1,
    nip: request.nip,
    date: request.date,
    unitId: request.unitId,
    appraiserNip: NIP.headA,
    decision: 'approved',
    reason: '',
    requestedAt: request.requestedAt,
    change: request.change,
    decidedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.attendanceDecision(d.nip, d.date));
}

/** The Pengelola's application of an approved request (default: exactly as `decision` approved). */
export function makeApplied(
  request: AttendanceCorrectionDoc = makeCorrection(),
  decision: AttendanceDecisionDoc = makeAttendanceDecision(request),
  overrides: Overrides<AttendanceAppliedDoc> = {},
): Made<AttendanceAppliedDoc> {
  const doc: Made<AttendanceAppliedDoc> = {
    _id: '',
    type: 'attendance-applied',
    schemaVersion: 1,
    nip: request.nip,
    date: request.date,
    unitId: request.unitId,
    change: decision.change,
    reason: request.reason,
    requestedAt: request.requestedAt,
    decidedBy: decision.appraiserNip,
    appliedBy: NIP.pengelola,
    appliedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.attendanceApplied(d.nip, d.date));
}

/** An organisation rating (default: bidang-a, 2026, Baik, set by the pengelola). */
export function makeOrgRating(overrides: Overrides<OrgRatingDoc> = {}): Made<OrgRatingDoc> {
  const doc: Made<OrgRatingDoc> = {
    _id: '',
    type: 'org-rating',
    schemaVersion: 1,
    unitId: 'bidang-a',
    periodId: '2026',
    rating: 'baik',
    note: '',
    setBy: NIP.pengelola,
    setAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.orgRating(d.unitId, d.periodId));
}

/** A person's row of a report (default: staffA1, nothing logged, appraised by headA). */
export function makeReportPerson(overrides: Partial<ReportPerson> = {}): ReportPerson {
  return {
    nip: NIP.staffA1,
    name: 'Staf A1',
    position: 'Pelaksana',
    appraiserNip: NIP.headA,
    excluded: null,
    days: [],
    minutes: 0,
    entries: { draft: 0, submitted: 0, approved: 0, returned: 0 },
    verified: { count: 0, totalHours: 0, within3Days: 0 },
    feedback: 0,
    skp: 'none',
    appraisal: 'none',
    predikat: null,
    acknowledgement: 'none',
    objectionOpen: false,
    attendance: null,
    jp: null,
    ...overrides,
  };
}

/** A unit's report of a month (default: bidang-a, June 2026, staffA1's row). */
export function makeReport(overrides: Overrides<ReportDoc> = {}): Made<ReportDoc> {
  const doc: Made<ReportDoc> = {
    _id: '',
    type: 'report',
    schemaVersion: 1,
    unitId: 'bidang-a',
    month: '2026-06',
    periodId: '2026-q2',
    computedAt: NOW_ISO,
    people: [makeReportPerson()],
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.report(d.unitId, d.month));
}

// ---------------------------------------------------------------- plan and daily work

/** An SKP (default: staffA1's draft for 2026 with one RHK and one IKI). */
export function makeSkp(overrides: Overrides<SkpDoc> = {}): Made<SkpDoc> {
  const doc: Made<SkpDoc> = {
    _id: '',
    type: 'skp',
    schemaVersion: 1,
    nip: NIP.staffA1,
    periodId: '2026',
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Tersusunnya dokumen anggaran tepat waktu',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-1',
            aspect: 'kuantitas',
            text: 'Jumlah dokumen anggaran',
            target: 12,
            satuan: 'dokumen',
          },
        ],
      },
    ],
    status: 'draft',
    updatedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.skp(d.nip, d.periodId));
}

/** The appraiser's decision on an SKP (default: headA approves staffA1's 2026 SKP at rev 2-a). */
export function makeSkpApproval(overrides: Overrides<SkpApprovalDoc> = {}): Made<SkpApprovalDoc> {
  const doc: Made<SkpApprovalDoc> = {
    _id: '',
    type: 'skp-approval',
    schemaVersion: 1,
    nip: NIP.staffA1,
    periodId: '2026',
    appraiserNip: NIP.headA,
    decision: 'approved',
    note: '',
    expectations: { kolaboratif: 'Aktif dalam rapat lintas bidang' },
    skpRev: '2-a',
    decidedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.skpApproval(d.nip, d.periodId));
}

/** A daily activity (default: staffA1's draft of 2026-05-14, round 0). Keeps the id's suffix. */
export function makeActivity(overrides: Overrides<ActivityDoc> = {}): Made<ActivityDoc> {
  const doc: Made<ActivityDoc> = {
    _id: '',
    type: 'activity',
    schemaVersion: 1,
    nip: NIP.staffA1,
    date: '2026-05-14',
    start: '08:00',
    end: '09:30',
    kegiatan: 'Menyusun rincian anggaran',
    uraian: '',
    rhkId: 'rhk-1',
    ikiId: 'iki-1',
    realisasi: 1,
    satuan: 'dokumen',
    links: [],
    location: null,
    catalogCode: null,
    status: 'draft',
    round: 0,
    createdAt: NOW_ISO,
    updatedAt: NOW_ISO,
    ...overrides,
  };
  const suffix = testUlid();
  return withId(doc, overrides, (d) => ids.activity(d.nip, d.date, suffix));
}

/** The next free minute of each person's day (`nip|date`) that nextSlot has handed out. */
const slotsTaken = new Map<string, number>();

/**
 * The next free time slot of a person's day, `minutes` long (20 by default): consecutive slots
 * from `from` (15:00 by default: the demo seed's entries lie between 07:00 and 15:00, and the
 * test clock is at 22:00 at the earliest), in the order a test file asks for them. Entries a test
 * writes in these slots never overlap each other (core's overlap rule); deterministic per file.
 */
export function nextSlot(
  nip: string,
  date: string,
  { minutes = 20, from = '15:00' }: { minutes?: number; from?: string } = {},
): { start: string; end: string } {
  const key = `${nip}|${date}`;
  const start = Math.max(slotsTaken.get(key) ?? 0, minutesOfDay(from));
  const end = start + minutes;
  if (end > 23 * 60 + 59) throw new Error(`no free slot of ${minutes} minutes left on ${key}`);
  slotsTaken.set(key, end);
  return { start: timeOfDay(start), end: timeOfDay(end) };
}

/**
 * An activity of `nip` on `date` in the next free slot of that person's day (nextSlot): what a
 * test writes where core's overlap rule judges it (a live server, a device's save command).
 */
export function makeEntry(
  overrides: Overrides<ActivityDoc> & Pick<ActivityDoc, 'nip' | 'date'>,
): Made<ActivityDoc> {
  return makeActivity({ ...nextSlot(overrides.nip, overrides.date), ...overrides });
}

/**
 * `count` entry times spread over `dates` in turn (consecutive ones on different days), each
 * day's in consecutive equal slots from `from` (15:00 by default, after the demo seed's entries)
 * up to `until` at most: for one push of many entries of a person that take that window of those
 * days alone, none overlapping (core's overlap rule). Throws when the window cannot hold them.
 */
export function slotsOver(
  dates: readonly string[],
  count: number,
  { from = '15:00', until = '23:59' }: { from?: string; until?: string } = {},
): { date: string; start: string; end: string }[] {
  const first = minutesOfDay(from);
  const perDay = Math.ceil(count / Math.max(1, dates.length));
  const minutes = Math.min(20, Math.floor((minutesOfDay(until) - first) / perDay));
  if (dates.length === 0 || minutes < 1)
    throw new Error(`${dates.length} days from ${from} to ${until} cannot hold ${count} entries`);
  return Array.from({ length: count }, (_, i) => {
    const start = first + Math.floor(i / dates.length) * minutes;
    return {
      date: dates[i % dates.length] ?? '',
      start: timeOfDay(start),
      end: timeOfDay(start + minutes),
    };
  });
}

/**
 * Up to `max` days before `day` in its quarter, latest first: days a live server with the demo
 * seed (earlier quarters closed) takes entries on whatever the hour.
 */
export function pastDaysOfQuarter(day: string, max: number): string[] {
  const { start } = quarterRange(Number(day.slice(0, 4)), quarterOf(day));
  const out: string[] = [];
  for (let d = addDays(day, -1); d >= start && out.length < max; d = addDays(d, -1)) out.push(d);
  return out;
}

/** A 1×1 JPEG, base64: the smallest valid evidence photo. */
export const TINY_JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';

/**
 * An evidence photo of an activity (default: a new photo of a draft of staffA1), with a tiny
 * JPEG inline; `activity` decides its NIP, date and id prefix. `bytes` replaces the image with
 * that text, for a test that reads the attachment back.
 */
export function makePhoto(
  activity: Pick<ActivityDoc, '_id' | 'nip' | 'date'> = makeActivity(),
  { bytes, ...overrides }: Overrides<PhotoDoc> & { bytes?: string } = {},
): Made<PhotoDoc> {
  const suffix = activity._id.split(':')[3] ?? testUlid();
  const name = overrides.name ?? 'foto-1.jpg';
  const data = bytes === undefined ? TINY_JPEG_BASE64 : btoa(bytes);
  const doc: Made<PhotoDoc> = {
    _id: '',
    type: 'photo',
    schemaVersion: 1,
    nip: activity.nip,
    date: activity.date,
    name,
    createdAt: NOW_ISO,
    _attachments: { [name]: { content_type: 'image/jpeg', data } },
    ...overrides,
  };
  const own = testUlid();
  return withId(doc, overrides, (d) => ids.photo(d.nip, d.date, suffix, own));
}

/** How an activity lists a photo document: its attachment's length, and a thumbnail. */
export function photoRefOf(photo: PhotoDoc, overrides: Partial<PhotoRef> = {}): PhotoRef {
  const data = photo._attachments?.[photo.name]?.data;
  return {
    id: photo._id,
    name: photo.name,
    contentType: 'image/jpeg',
    length: typeof data === 'string' ? atob(data).length : 0,
    thumb: `data:image/jpeg;base64,${TINY_JPEG_BASE64}`,
    ...overrides,
  };
}

/** A verification answering an activity's current round (default: approved by headA). */
export function makeVerification(
  activity: Pick<ActivityDoc, '_id' | 'nip' | 'date' | 'round'> = makeActivity({
    status: 'submitted',
    round: 1,
  }),
  overrides: Overrides<VerificationDoc> = {},
): Made<VerificationDoc> {
  const suffix = activity._id.split(':')[3] ?? testUlid();
  const doc: Made<VerificationDoc> = {
    _id: '',
    type: 'verification',
    schemaVersion: 1,
    nip: activity.nip,
    date: activity.date,
    activityId: activity._id,
    appraiserNip: NIP.headA,
    round: Math.max(1, activity.round),
    decision: 'approved',
    note: '',
    decidedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.verification(d.nip, d.date, suffix));
}

/** Continuous feedback (default: an apresiasi from headA to staffA1 on Kolaboratif). */
export function makeFeedback(overrides: Overrides<FeedbackDoc> = {}): Made<FeedbackDoc> {
  const doc: Made<FeedbackDoc> = {
    _id: '',
    type: 'feedback',
    schemaVersion: 1,
    nip: NIP.staffA1,
    authorNip: NIP.headA,
    kind: 'apresiasi',
    date: '2026-05-14',
    text: 'Laporan sudah rapi; libatkan bidang lain lebih awal.',
    value: 'kolaboratif',
    rhkId: null,
    activityIds: [],
    photoIds: [],
    actions: [],
    periodId: null,
    dialog: null,
    share: null,
    replies: [],
    createdAt: NOW_ISO,
    updatedAt: NOW_ISO,
    ...overrides,
  };
  const suffix = testUlid();
  return withId(doc, overrides, (d) => ids.feedback(d.nip, suffix));
}

/** The employee's response to a feedback (default: read, no reply). */
export function makeFeedbackResponse(
  feedback: FeedbackDoc = makeFeedback(),
  overrides: Overrides<FeedbackResponseDoc> = {},
): Made<FeedbackResponseDoc> {
  const suffix = feedback._id.split(':')[2] ?? testUlid();
  const doc: Made<FeedbackResponseDoc> = {
    _id: '',
    type: 'feedback-response',
    schemaVersion: 1,
    nip: feedback.nip,
    feedbackId: feedback._id,
    readAt: NOW_ISO,
    replies: [],
    updatedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.feedbackResponse(d.nip, suffix));
}

/** A praktik baik: the employee's consent to share the head's proposed text with their unit. */
export function makePraktikBaik(
  feedback: FeedbackDoc = makeFeedback({
    share: { text: 'Laporan rapi dan tepat waktu.', proposedAt: NOW_ISO },
  }),
  overrides: Overrides<PraktikBaikDoc> = {},
): Made<PraktikBaikDoc> {
  const suffix = feedback._id.split(':')[2] ?? testUlid();
  const doc: Made<PraktikBaikDoc> = {
    _id: '',
    type: 'praktik-baik',
    schemaVersion: 1,
    nip: feedback.nip,
    feedbackId: feedback._id,
    authorNip: feedback.authorNip,
    unitId: 'bidang-a',
    text: feedback.share?.text ?? 'Laporan rapi dan tepat waktu.',
    consentedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.praktikBaik(d.nip, suffix));
}

/** The organisation's settings (default: the defaults). */
export function makeSetting(overrides: Overrides<SettingDoc> = {}): Made<SettingDoc> {
  const doc: Made<SettingDoc> = {
    _id: '',
    type: 'setting',
    schemaVersion: 1,
    key: 'kinerja',
    feedbackReminderWeeks: DEFAULT_FEEDBACK_REMINDER_WEEKS,
    updatedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.setting(d.key));
}

/** A request for a catalog activity (default: staffA1 asks for kerja-tim, no completion yet). */
export function makeEnrolment(overrides: Overrides<EnrolmentDoc> = {}): Made<EnrolmentDoc> {
  const doc: Made<EnrolmentDoc> = {
    _id: '',
    type: 'enrolment',
    schemaVersion: 1,
    nip: NIP.staffA1,
    key: overrides.trainingId ?? 'kerja-tim',
    unitId: 'bidang-a',
    trainingId: 'kerja-tim',
    self: null,
    note: '',
    planItemId: null,
    requestedAt: NOW_ISO,
    withdrawnAt: null,
    completion: null,
    updatedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.enrolment(d.nip, d.key));
}

/** A completion report (default: done on 2026-06-02, no sessions, no certificate). */
export function makeCompletion(overrides: Partial<Completion> = {}): Completion {
  return {
    reportedAt: NOW_ISO,
    date: '2026-06-02',
    sessions: [],
    certificate: null,
    note: '',
    ...overrides,
  };
}

/** A record of self-directed learning (default: staffA1, 3 hours of belajar mandiri on 2026-05-12). */
export function makeSelfLearning(overrides: Overrides<EnrolmentDoc> = {}): Made<EnrolmentDoc> {
  return makeEnrolment({
    key: 'm-01hzy3k9q2v7w8x9y0z1a2b3c4',
    trainingId: null,
    self: { form: 'belajar-mandiri', title: 'Kursus daring Excel', provider: '' },
    completion: makeCompletion({
      date: '2026-05-12',
      sessions: [{ date: '2026-05-12', hours: 3 }],
    }),
    ...overrides,
  });
}

/** The head's decision on a request (default: headA approves staffA1's kerja-tim). */
export function makeEnrolmentDecision(
  overrides: Overrides<EnrolmentDecisionDoc> = {},
): Made<EnrolmentDecisionDoc> {
  const doc: Made<EnrolmentDecisionDoc> = {
    _id: '',
    type: 'enrolment-decision',
    schemaVersion: 1,
    nip: NIP.staffA1,
    key: 'kerja-tim',
    unitId: 'bidang-a',
    appraiserNip: NIP.headA,
    decision: 'approved',
    reason: '',
    decidedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.enrolmentDecision(d.nip, d.key));
}

/** The Pengelola's steps on a record (default: none yet, staffA1's kerja-tim). */
export function makeEnrolmentAdmin(
  overrides: Overrides<EnrolmentAdminDoc> = {},
): Made<EnrolmentAdminDoc> {
  const doc: Made<EnrolmentAdminDoc> = {
    _id: '',
    type: 'enrolment-admin',
    schemaVersion: 1,
    nip: NIP.staffA1,
    key: 'kerja-tim',
    unitId: 'bidang-a',
    seat: null,
    verification: null,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.enrolmentAdmin(d.nip, d.key));
}

/** A certificate photo of a record (default: staffA1's kerja-tim), with a tiny JPEG. */
export function makeCertificate(overrides: Overrides<CertificateDoc> = {}): Made<CertificateDoc> {
  const name = overrides.name ?? 'sertifikat.jpg';
  const doc: Made<CertificateDoc> = {
    _id: '',
    type: 'certificate',
    schemaVersion: 1,
    nip: NIP.staffA1,
    key: 'kerja-tim',
    name,
    createdAt: NOW_ISO,
    _attachments: { [name]: { content_type: 'image/jpeg', data: TINY_JPEG_BASE64 } },
    ...overrides,
  };
  const own = testUlid();
  return withId(doc, overrides, (d) => ids.certificate(d.nip, d.key, own));
}

/** A rencana pengembangan (default: staffA1's 2026, one planned item on kolaboratif). */
export function makeDevelopmentPlan(
  overrides: Overrides<DevelopmentPlanDoc> = {},
): Made<DevelopmentPlanDoc> {
  const doc: Made<DevelopmentPlanDoc> = {
    _id: '',
    type: 'development-plan',
    schemaVersion: 1,
    nip: NIP.staffA1,
    year: 2026,
    items: [
      {
        id: 'p1',
        focus: 'kolaboratif',
        trainingId: 'kerja-tim',
        form: 'pelatihan',
        text: 'Ikut pelatihan Kerja Sama Tim',
        due: '2026-06-30',
        agreedIn: null,
        status: 'planned',
      },
    ],
    updatedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.developmentPlan(d.nip, d.year));
}

// ---------------------------------------------------------------- evaluation

/** A self-assessment (default: staffA1's draft for 2026). */
export function makeSelfAssessment(
  overrides: Overrides<SelfAssessmentDoc> = {},
): Made<SelfAssessmentDoc> {
  const doc: Made<SelfAssessmentDoc> = {
    _id: '',
    type: 'self-assessment',
    schemaVersion: 1,
    nip: NIP.staffA1,
    periodId: '2026',
    items: [{ rhkId: 'rhk-1', ikiId: 'iki-1', realisasi: 10, note: '' }],
    reflection: '',
    status: 'draft',
    updatedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.selfAssessment(d.nip, d.periodId));
}

/** A draft appraisal (default: headA appraising staffA1 for 2026, nothing rated). */
export function makeAppraisal(overrides: Overrides<AppraisalDoc> = {}): Made<AppraisalDoc> {
  const doc: Made<AppraisalDoc> = {
    _id: '',
    type: 'appraisal',
    schemaVersion: 1,
    nip: NIP.staffA1,
    periodId: '2026',
    appraiserNip: NIP.headA,
    status: 'draft',
    rhk: { 'rhk-1': ratedItem() },
    hasilKerja: ratedItem(),
    perilaku: {},
    perilakuOverall: ratedItem(),
    recommendations: [],
    predikat: null,
    predikatNote: '',
    parties: null,
    finalizedAt: null,
    updatedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.appraisal(d.nip, d.periodId));
}

/** A final appraisal with both ratings, the matrix predikat, parties and finalizedAt. */
export function makeFinalAppraisal(
  hasilKerja: Rating = 'sesuai',
  perilaku: Rating = 'sesuai',
  overrides: Overrides<AppraisalDoc> = {},
): Made<AppraisalDoc> {
  const base = makeAppraisal(overrides);
  return makeAppraisal({
    rhk: { 'rhk-1': ratedItem(hasilKerja) },
    hasilKerja: ratedItem(hasilKerja),
    perilakuOverall: ratedItem(perilaku),
    predikat: predikat(hasilKerja, perilaku),
    predikatNote: 'Sesuai matriks dari kedua nilai dan bukti dukungnya',
    parties: {
      pegawai: party(base.nip),
      penilai: party(base.appraiserNip),
      atasanPenilai: party(NIP.kepalaDinas),
    },
    finalizedAt: NOW_ISO,
    ...overrides,
    status: 'final',
  });
}

/** The employee's acknowledgement of a final appraisal (default: accept, staffA1, 2026). */
export function makeAcknowledgement(
  overrides: Overrides<AcknowledgementDoc> = {},
): Made<AcknowledgementDoc> {
  const doc: Made<AcknowledgementDoc> = {
    _id: '',
    type: 'acknowledgement',
    schemaVersion: 1,
    nip: NIP.staffA1,
    periodId: '2026',
    appraiserNip: NIP.headA,
    kind: 'accept',
    reasons: '',
    at: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.acknowledgement(d.nip, d.periodId));
}

/** An objection (an acknowledgement of kind 'object' with reasons). */
export function makeObjection(
  overrides: Overrides<AcknowledgementDoc> = {},
): Made<AcknowledgementDoc> {
  return makeAcknowledgement({
    kind: 'object',
    reasons: 'Bukti dukung RHK 1 belum dipertimbangkan dalam penilaian.',
    ...overrides,
  });
}

/** The Atasan Pejabat Penilai's decision (default: kepalaDinas upholds a Baik for staffA1). */
export function makeObjectionDecision(
  overrides: Overrides<ObjectionDecisionDoc> = {},
): Made<ObjectionDecisionDoc> {
  const doc: Made<ObjectionDecisionDoc> = {
    _id: '',
    type: 'objection-decision',
    schemaVersion: 1,
    nip: NIP.staffA1,
    periodId: '2026',
    appraiserNip: NIP.headA,
    deciderNip: NIP.kepalaDinas,
    outcome: 'upheld',
    hasilKerja: null,
    perilaku: null,
    predikat: 'baik',
    reason: 'Penilaian sudah sesuai bukti dukung.',
    decidedAt: NOW_ISO,
    ...overrides,
  };
  return withId(doc, overrides, (d) => ids.objectionDecision(d.nip, d.periodId));
}

// ---------------------------------------------------------------- by type

/** A valid document of any type; employee-scoped types are about `nip` (ignored for reference data). */
export function makeDocOfType(type: DocType, nip: string = NIP.staffA1): KinerjaDoc {
  switch (type) {
    case 'employee':
      return makeEmployee({ nip });
    case 'unit':
      return makeUnit();
    case 'period':
      return makePeriod();
    case 'catalog':
      return makeCatalog();
    case 'expectation':
      return makeExpectation();
    case 'training':
      return makeTraining();
    case 'attendance':
      return makeAttendance({ nip });
    case 'attendance-correction':
      return makeCorrection({ nip });
    case 'attendance-decision':
      return makeAttendanceDecision(makeCorrection({ nip }));
    case 'attendance-applied':
      return makeApplied(makeCorrection({ nip }));
    case 'org-rating':
      return makeOrgRating();
    case 'report':
      return makeReport();
    case 'skp':
      return makeSkp({ nip });
    case 'skp-approval':
      return makeSkpApproval({ nip });
    case 'activity':
      return makeActivity({ nip });
    case 'verification':
      return makeVerification(makeActivity({ nip, status: 'submitted', round: 1 }));
    case 'feedback':
      return makeFeedback({ nip });
    case 'feedback-response':
      return makeFeedbackResponse(makeFeedback({ nip }));
    case 'praktik-baik':
      return makePraktikBaik(
        makeFeedback({
          nip,
          share: { text: 'Laporan rapi dan tepat waktu.', proposedAt: NOW_ISO },
        }),
      );
    case 'setting':
      return makeSetting();
    case 'enrolment':
      return makeEnrolment({ nip });
    case 'enrolment-decision':
      return makeEnrolmentDecision({ nip });
    case 'enrolment-admin':
      return makeEnrolmentAdmin({ nip });
    case 'certificate':
      return makeCertificate({ nip });
    case 'development-plan':
      return makeDevelopmentPlan({ nip });
    case 'self-assessment':
      return makeSelfAssessment({ nip });
    case 'appraisal':
      return makeAppraisal({ nip });
    case 'acknowledgement':
      return makeAcknowledgement({ nip });
    case 'objection-decision':
      return makeObjectionDecision({ nip });
    case 'photo':
      return makePhoto(makeActivity({ nip }));
  }
}
