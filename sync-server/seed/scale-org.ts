/**
 * A real-size organisation for the scale bench (issue #18): a pemda with `opd` OPD (the first a
 * Dinas Pendidikan with its schools, every fifth a kecamatan with its kelurahan, the others
 * dinas and badan with their bidang), `staff` people with their heads and superiors, and
 * the last `months` months of a year of work: periods, an SKP and its approval, daily
 * activities on working days (one a day on average) with their head's verifications, some with
 * a small placeholder photo, feedback, quarterly appraisals with their acknowledgement, and
 * monthly attendance. Pure and deterministic (a seeded PRNG, dates from `year`, no clock), and
 * streamed: `scaleDocs` yields batches person by person, never the whole organisation at once.
 * Every document carries a first revision `1-<md5>` to be stored with `new_edits: false`.
 */
import { readFileSync } from 'node:fs';
import { datesOfMonth } from '../../client/core/attendance';
import { isWorkingDay, quarterRange } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import { newPhotoDoc } from '../../client/core/photos';
import { predikat } from '../../client/core/predikat';
import type { AppraisalDoc, AppraisalParty } from '../../client/core/schemas/appraisal';
import type { AttendanceDoc } from '../../client/core/schemas/attendance';
import type { KinerjaDoc } from '../../client/core/schemas/registry';
import type {
  EmployeeDoc,
  PeriodDoc,
  UnitDoc,
  WorkHours,
} from '../../client/core/schemas/reference';
import type { ActivityDoc, SkpDoc } from '../../client/core/schemas/work';
import type { UnitKind } from '../../client/core/vocabulary';
import { deterministicUlid, firstRev, hhmm, rngFactory, wib, type Rng } from './deterministic';

/** Bumped whenever the generator's output changes: caches of generated data are keyed by it. */
export const SCALE_GENERATOR_VERSION = 2;

export type ScaleParams = {
  seed: number;
  /** The year the data is dated in. */
  year: number;
  staff: number;
  opd: number;
  /**
   * Months of work, the last of the year (1 to 12; 12: January to December): a smaller run
   * keeps the months a head's device is fed (the current and the previous quarter).
   */
  months: number;
};

/** The size: 5,000 staff in 40 OPD with a year of daily logs. */
export const SCALE_FULL = { seed: 2026, staff: 5_000, opd: 40, months: 12 } as const;

export type ScalePerson = {
  nip: string;
  name: string;
  position: string;
  unitId: string;
  superiorNip: string | null;
  /** The head of an OPD (kepala dinas, camat), of a unit under one (kepala sekolah, lurah), or staff. */
  role: 'kepala-opd' | 'kepala-unit' | 'staf';
};

export type ScaleOrg = { units: UnitDoc[]; people: ScalePerson[] };

export type ScaleDoc = KinerjaDoc & { _rev: string };

const PEMDA = 'pemda';
const HOURS: WorkHours = {
  days: [1, 2, 3, 4, 5],
  start: '07:30',
  end: '16:00',
  fridayEnd: '16:30',
};
/** People of one unit under an OPD: a school, a kelurahan, a bidang (its head included). */
const UNIT_SIZE = { sekolah: 15, kelurahan: 12, bidang: 20 } as const;
/** One entry in this many carries a placeholder photo. */
const PHOTO_EVERY = 8;

/** The organisation's units and people, deterministic in the parameters. */
export function scaleOrg(p: ScaleParams): ScaleOrg {
  if (p.opd < 1 || p.staff < 2 * p.opd) throw new Error('at least two people per OPD');
  const units: UnitDoc[] = [unitDoc(PEMDA, 'Pemerintah Kabupaten Skala', null, null, 'pemda')];
  const people: ScalePerson[] = [];
  const sizes = opdSizes(p.staff, p.opd);
  let n = 0;
  const person = (
    unitId: string,
    position: string,
    superiorNip: string | null,
    role: ScalePerson['role'],
  ) => {
    const nip = scaleNip(n, p.year);
    people.push({ nip, name: `Pegawai Skala ${n + 1}`, position, unitId, superiorNip, role });
    n++;
    return nip;
  };
  sizes.forEach((size, o) => {
    const shape = opdShape(o);
    const opdId = `opd-${String(o + 1).padStart(2, '0')}`;
    const head = person(opdId, `Kepala ${shape.name} ${o + 1}`, null, 'kepala-opd');
    units.push(unitDoc(opdId, `${shape.name} ${o + 1}`, PEMDA, head, shape.kind));
    const rest = size - 1;
    // About a tenth of an OPD works in its office (sekretariat) under its head; the rest in units.
    const office = rest <= UNIT_SIZE[shape.sub] ? rest : Math.max(1, Math.round(size / 10));
    for (let i = 0; i < office; i++) person(opdId, 'Pelaksana', head, 'staf');
    let left = rest - office;
    for (let u = 0; left > 0; u++) {
      const unitId = `${opdId}-${shape.sub}-${String(u + 1).padStart(3, '0')}`;
      const here = Math.min(left, UNIT_SIZE[shape.sub]);
      const unitHead = person(unitId, shape.subHead, head, 'kepala-unit');
      units.push(unitDoc(unitId, `${shape.subName} ${o + 1}.${u + 1}`, opdId, unitHead, shape.sub));
      for (let i = 1; i < here; i++) person(unitId, shape.subStaff, unitHead, 'staf');
      left -= here;
    }
  });
  return { units, people };
}

type OpdShape = {
  name: string;
  kind: UnitKind;
  sub: keyof typeof UNIT_SIZE;
  subName: string;
  subHead: string;
  subStaff: string;
};

function opdShape(o: number): OpdShape {
  if (o === 0)
    return {
      name: 'Dinas Pendidikan',
      kind: 'dinas',
      sub: 'sekolah',
      subName: 'SD Negeri',
      subHead: 'Kepala Sekolah',
      subStaff: 'Guru Kelas',
    };
  if (o % 5 === 1)
    return {
      name: 'Kecamatan',
      kind: 'kecamatan',
      sub: 'kelurahan',
      subName: 'Kelurahan',
      subHead: 'Lurah',
      subStaff: 'Staf Pelayanan',
    };
  return {
    name: o % 2 === 0 ? 'Dinas' : 'Badan',
    kind: o % 2 === 0 ? 'dinas' : 'badan',
    sub: 'bidang',
    subName: 'Bidang',
    subHead: 'Kepala Bidang',
    subStaff: 'Analis',
  };
}

/** Staff per OPD: three in ten in the Dinas Pendidikan (the schools), the rest shared evenly. */
function opdSizes(staff: number, opd: number): number[] {
  if (opd === 1) return [staff];
  const education = Math.max(2, Math.floor(staff * 0.3));
  const others = staff - education;
  const each = Math.floor(others / (opd - 1));
  return [
    education,
    ...Array.from({ length: opd - 1 }, (_, i) => each + (i < others - each * (opd - 1) ? 1 : 0)),
  ];
}

/** A valid 18-digit NIP for the n-th person: birth date, TMT (CPNS) year and month, gender, number. */
export function scaleNip(n: number, year: number): string {
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  const birthYear = 1965 + (n % 35);
  const tmtYear = Math.min(year - 1, birthYear + 22 + (n % 7));
  return `${birthYear}${pad(1 + (n % 12), 2)}${pad(1 + (n % 28), 2)}${tmtYear}${pad(1 + ((n >> 2) % 12), 2)}${1 + (n % 2)}${pad(Math.floor(n / 420) % 1000, 3)}`;
}

function unitDoc(
  unitId: string,
  name: string,
  parentId: string | null,
  headNip: string | null,
  kind: UnitKind,
): UnitDoc {
  return {
    _id: ids.unit(unitId),
    type: 'unit',
    schemaVersion: 1,
    unitId,
    name,
    parentId,
    headNip,
    kind,
    ...(kind === 'pemda' ? { workHours: HOURS } : {}),
  };
}

/**
 * Every document of the organisation in batches of about `batchSize`: reference data first
 * (units, people, periods), then each person's year. Memory holds one batch and the roster.
 */
export function* scaleDocs(p: ScaleParams, batchSize = 2_000): Generator<ScaleDoc[]> {
  const org = scaleOrg(p);
  const rngFor = rngFactory(p.seed);
  const stamp = (doc: KinerjaDoc): ScaleDoc => ({ ...doc, _rev: firstRev(p.seed, doc) });
  let batch: ScaleDoc[] = [];
  const unitName = new Map(org.units.map((u) => [u.unitId, u.name]));
  const byNip = new Map(org.people.map((x) => [x.nip, x]));
  const days = workingDays(p);
  const lastDay = days[days.length - 1] ?? `${p.year}-01-01`;

  for (const doc of scaleReferenceDocs(p, org)) batch.push(stamp(doc));
  for (const person of org.people) {
    for (const doc of personDocs(person, p, days, lastDay, rngFor(person.nip), byNip, unitName))
      batch.push(stamp(doc));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The organisation's reference documents: its units, its people and its periods (all open). */
export function scaleReferenceDocs(p: ScaleParams, org: ScaleOrg = scaleOrg(p)): KinerjaDoc[] {
  return [...org.units, ...org.people.map(employeeDoc), ...periods(p)];
}

function employeeDoc(x: ScalePerson): EmployeeDoc {
  return {
    _id: ids.employee(x.nip),
    type: 'employee',
    schemaVersion: 1,
    nip: x.nip,
    name: x.name,
    position: x.position,
    unitId: x.unitId,
    superiorNip: x.superiorNip,
    rank: x.role === 'staf' ? 'Penata (III/c)' : 'Pembina (IV/a)',
    kind: 'pns',
    functional: x.position === 'Guru Kelas',
    jenisJabatan:
      x.position === 'Guru Kelas' ? 'fungsional' : x.role === 'staf' ? 'pelaksana' : 'struktural',
    acting: [],
    active: true,
    status: 'aktif',
  };
}

/** The year and the quarters the months reach into, all open. */
function periods(p: ScaleParams): PeriodDoc[] {
  const out: PeriodDoc[] = [
    {
      _id: ids.period(String(p.year)),
      type: 'period',
      schemaVersion: 1,
      periodId: String(p.year),
      kind: 'annual',
      year: p.year,
      label: `Tahun ${p.year}`,
      start: `${p.year}-01-01`,
      end: `${p.year}-12-31`,
      status: 'open',
    },
  ];
  for (let q = quarterOfMonth(firstMonth(p)); q <= 4; q++) {
    const quarter = q as 1 | 2 | 3 | 4;
    out.push({
      _id: ids.period(quarterId(p.year, quarter)),
      type: 'period',
      schemaVersion: 1,
      periodId: quarterId(p.year, quarter),
      kind: 'quarterly',
      year: p.year,
      quarter,
      label: `Triwulan ${quarter} ${p.year}`,
      ...quarterRange(p.year, quarter),
      status: 'open',
    });
  }
  return out;
}

const quarterId = (year: number, q: number) => `${year}-q${q}`;
const quarterOfMonth = (m: number) => Math.ceil(m / 3);
/** The first month of work (1-12). */
const firstMonth = (p: ScaleParams) => 13 - Math.max(1, Math.min(12, p.months));

/** The months of work, `yyyy-mm`, oldest first. */
function monthsOf(p: ScaleParams): string[] {
  const out: string[] = [];
  for (let m = firstMonth(p); m <= 12; m++) out.push(`${p.year}-${String(m).padStart(2, '0')}`);
  return out;
}

function workingDays(p: ScaleParams): string[] {
  return monthsOf(p).flatMap((m) => datesOfMonth(m).filter(isWorkingDay));
}

const RHK = [
  { id: 'rhk-1', text: 'Terlaksananya tugas pokok jabatan sesuai standar', satuan: 'kegiatan' },
  { id: 'rhk-2', text: 'Tersusunnya laporan dan dokumen pendukung unit', satuan: 'dokumen' },
] as const;
const KEGIATAN = [
  'Melaksanakan tugas layanan harian',
  'Menyusun laporan kegiatan',
  'Mengikuti rapat koordinasi unit',
  'Memeriksa kelengkapan dokumen',
  'Melaksanakan pembelajaran di kelas',
  'Mendata dan mengarsipkan surat masuk',
] as const;

/** One person's year: SKP and approval, entries and verifications, feedback, appraisals, attendance. */
function* personDocs(
  x: ScalePerson,
  p: ScaleParams,
  days: readonly string[],
  lastDay: string,
  rng: Rng,
  byNip: ReadonlyMap<string, ScalePerson>,
  unitName: ReadonlyMap<string, string>,
): Generator<KinerjaDoc> {
  const periodId = String(p.year);
  const submittedAt = wib(days[2] ?? `${p.year}-01-05`, 9 * 60);
  const skp: SkpDoc = {
    _id: ids.skp(x.nip, periodId),
    type: 'skp',
    schemaVersion: 1,
    nip: x.nip,
    periodId,
    rhk: RHK.map((r, i) => ({
      id: r.id,
      kind: 'utama',
      text: r.text,
      parentRhkId: null,
      iki: [
        {
          id: `iki-${i + 1}`,
          aspect: 'kuantitas',
          text: `Jumlah ${r.satuan} yang diselesaikan`,
          target: i === 0 ? 150 : 60,
          satuan: r.satuan,
        },
      ],
    })),
    status: 'submitted',
    submittedAt,
    updatedAt: submittedAt,
  };
  yield skp;
  const superior = x.superiorNip;
  if (superior !== null)
    yield {
      _id: ids.skpApproval(x.nip, periodId),
      type: 'skp-approval',
      schemaVersion: 1,
      nip: x.nip,
      periodId,
      appraiserNip: superior,
      decision: 'approved',
      note: 'SKP disetujui.',
      expectations: { kolaboratif: 'Aktif dalam koordinasi unit' },
      skpRev: firstRev(p.seed, skp),
      decidedAt: wib(days[4] ?? `${p.year}-01-08`, 10 * 60),
    };

  // Daily entries: none, one or two a working day (one on average), verified a day later.
  const approved: ActivityDoc[] = [];
  for (const date of days) {
    const r = rng.next();
    const count = r < 0.15 ? 0 : r < 0.85 ? 1 : 2;
    let t = 8 * 60 + rng.int(0, 6) * 5;
    for (let k = 0; k < count; k++) {
      const rhk = rng.int(0, 1);
      const minutes = rng.int(6, 24) * 5;
      const createdAt = wib(date, t + minutes + 10);
      const suffix = deterministicUlid(Date.parse(createdAt), rng);
      let activity: ActivityDoc = {
        _id: ids.activity(x.nip, date, suffix),
        type: 'activity',
        schemaVersion: 1,
        nip: x.nip,
        date,
        start: hhmm(t),
        end: hhmm(t + minutes),
        kegiatan: rng.pick(KEGIATAN),
        uraian: '',
        rhkId: RHK[rhk]?.id ?? null,
        ikiId: `iki-${rhk + 1}`,
        realisasi: 1,
        satuan: RHK[rhk]?.satuan ?? 'kegiatan',
        links: [],
        location: null,
        catalogCode: null,
        status: 'submitted',
        round: 1,
        createdAt,
        updatedAt: createdAt,
      };
      t += minutes + rng.int(2, 8) * 5;
      if (rng.int(1, PHOTO_EVERY) === 1) {
        const photo = newPhotoDoc(activity._id, 'foto-1.jpg', placeholder(), createdAt, suffix);
        yield photo;
        const ref = {
          id: photo._id,
          name: photo.name,
          contentType: 'image/jpeg' as const,
          length: PLACEHOLDER.bytes,
          thumb: PLACEHOLDER.thumb,
        };
        activity = { ...activity, photos: [ref] };
      }
      yield activity;
      // The last working day's entries wait for their head.
      if (superior === null || date === lastDay) continue;
      const returned = rng.chance(0.04);
      yield {
        _id: ids.verification(x.nip, date, suffix),
        type: 'verification',
        schemaVersion: 1,
        nip: x.nip,
        date,
        activityId: activity._id,
        appraiserNip: superior,
        round: 1,
        decision: returned ? 'returned' : 'approved',
        note: returned ? 'Lengkapi bukti dukung kegiatan ini.' : '',
        decidedAt: wib(date, 16 * 60 + rng.int(0, 60)),
      };
      if (!returned) approved.push(activity);
    }
  }

  if (superior !== null) {
    // Feedback from the head: an apresiasi or a bimbingan in each month's second half.
    for (const month of monthsOf(p)) {
      if (!rng.chance(0.35)) continue;
      const date = days.filter((d) => d.startsWith(month))[rng.int(10, 15)] ?? `${month}-20`;
      const at = wib(date, 14 * 60 + rng.int(0, 90));
      const apresiasi = rng.chance(0.6);
      yield {
        _id: ids.feedback(x.nip, deterministicUlid(Date.parse(at), rng)),
        type: 'feedback',
        schemaVersion: 1,
        nip: x.nip,
        authorNip: superior,
        kind: apresiasi ? 'apresiasi' : 'bimbingan',
        date,
        text: apresiasi
          ? 'Laporan bulan ini rapi dan tepat waktu.'
          : 'Lengkapi bukti dukung setiap kegiatan sebelum diajukan.',
        value: apresiasi ? 'akuntabel' : 'kompeten',
        rhkId: null,
        activityIds: [],
        photoIds: [],
        actions: [],
        periodId: null,
        dialog: null,
        share: null,
        replies: [],
        createdAt: at,
        updatedAt: at,
      };
    }

    // Each quarter fully within the months but the year's last (still under way): a final
    // appraisal, accepted a few days later.
    const appraiser = byNip.get(superior);
    for (let q = quarterOfMonth(firstMonth(p) + 2); q <= 3; q++) {
      const range = quarterRange(p.year, q as 1 | 2 | 3 | 4);
      const after = days.filter((d) => d > range.end);
      const finalDay = after[3] ?? range.end;
      const hasil = rng.chance(0.2) ? 'di-atas' : rng.chance(0.05) ? 'di-bawah' : 'sesuai';
      const perilaku = rng.chance(0.85) ? 'sesuai' : 'di-atas';
      const item = (rating: 'di-atas' | 'sesuai' | 'di-bawah') => ({
        rating,
        note: 'Sesuai bukti dukung triwulan ini',
        evidence: approved
          .filter((a) => a.date >= range.start && a.date <= range.end)
          .slice(0, 3)
          .map((a) => a._id),
        updatedAt: wib(finalDay, 9 * 60),
      });
      const appraisal: AppraisalDoc = {
        _id: ids.appraisal(x.nip, quarterId(p.year, q)),
        type: 'appraisal',
        schemaVersion: 1,
        nip: x.nip,
        periodId: quarterId(p.year, q),
        appraiserNip: superior,
        status: 'final',
        rhk: { 'rhk-1': item(hasil), 'rhk-2': item(hasil) },
        hasilKerja: item(hasil),
        perilaku: {},
        perilakuOverall: item(perilaku),
        recommendations: [],
        predikat: predikat(hasil, perilaku),
        predikatNote: 'Sesuai matriks dari kedua nilai dan bukti dukungnya',
        parties: {
          pegawai: party(x, unitName),
          penilai: party(appraiser ?? x, unitName),
          atasanPenilai:
            appraiser?.superiorNip != null
              ? party(byNip.get(appraiser.superiorNip) ?? appraiser, unitName)
              : null,
        },
        finalizedAt: wib(finalDay, 10 * 60),
        updatedAt: wib(finalDay, 10 * 60),
      };
      yield appraisal;
      yield {
        _id: ids.acknowledgement(x.nip, appraisal.periodId),
        type: 'acknowledgement',
        schemaVersion: 1,
        nip: x.nip,
        periodId: appraisal.periodId,
        appraiserNip: superior,
        kind: 'accept',
        reasons: '',
        at: wib(after[5] ?? finalDay, 11 * 60),
      };
    }
  }

  // Attendance as the Pengelola imported it, the first working day of the next month.
  for (const month of monthsOf(p)) {
    const monthDays = days.filter((d) => d.startsWith(month));
    const importedOn = days.find((d) => d > (monthDays[monthDays.length - 1] ?? month)) ?? lastDay;
    const attendance: AttendanceDoc = {
      _id: ids.attendance(x.nip, month),
      type: 'attendance',
      schemaVersion: 1,
      nip: x.nip,
      month,
      unitId: x.unitId,
      hours: HOURS,
      days: monthDays.map((date) => {
        const sick = rng.chance(0.02);
        return {
          date,
          status: sick ? 'sakit' : 'hadir',
          in: sick ? null : hhmm(7 * 60 + 10 + rng.int(0, 25)),
          out: sick ? null : hhmm(16 * 60 + 5 + rng.int(0, 40)),
        };
      }),
      importedAt: wib(importedOn, 7 * 60 + 30),
      importedBy: 'admin',
    };
    yield attendance;
  }
}

function party(x: ScalePerson, unitName: ReadonlyMap<string, string>): AppraisalParty {
  return {
    nip: x.nip,
    name: x.name,
    position: x.position,
    rank: x.role === 'staf' ? 'Penata (III/c)' : 'Pembina (IV/a)',
    unitName: unitName.get(x.unitId) ?? x.unitId,
  };
}

/** The placeholder photo: the demo's small "dokumen" thumbnail, as the image and as its preview. */
const PLACEHOLDER = (() => {
  const bytes = readFileSync(new URL('photos/dokumen.thumb.jpg', import.meta.url));
  const base64 = bytes.toString('base64');
  return { base64, bytes: bytes.length, thumb: `data:image/jpeg;base64,${base64}` };
})();

function placeholder(): { content_type: string; data: string } {
  return { content_type: 'image/jpeg', data: PLACEHOLDER.base64 };
}
