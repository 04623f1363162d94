/**
 * The fixed words of PermenPANRB 6/2022 as codes, with their Indonesian labels.
 * Codes are stored in documents; labels are what people read (English lives in the i18n layer).
 */

export const RATINGS = ['di-atas', 'sesuai', 'di-bawah'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS = {
  'di-atas': 'Di Atas Ekspektasi',
  sesuai: 'Sesuai Ekspektasi',
  'di-bawah': 'Di Bawah Ekspektasi',
} as const satisfies Record<Rating, string>;

export const BERAKHLAK = [
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;
export type BerakhlakValue = (typeof BERAKHLAK)[number];

export const BERAKHLAK_LABELS = {
  'berorientasi-pelayanan': 'Berorientasi Pelayanan',
  akuntabel: 'Akuntabel',
  kompeten: 'Kompeten',
  harmonis: 'Harmonis',
  loyal: 'Loyal',
  adaptif: 'Adaptif',
  kolaboratif: 'Kolaboratif',
} as const satisfies Record<BerakhlakValue, string>;

/** The behaviour guide of each value, shown next to its rating so the rule is visible. */
export const BERAKHLAK_GUIDES = {
  'berorientasi-pelayanan':
    'Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif, dan dapat diandalkan; terus melakukan perbaikan.',
  akuntabel:
    'Jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi; menggunakan barang milik negara secara bertanggung jawab; tidak menyalahgunakan kewenangan.',
  kompeten:
    'Meningkatkan kompetensi diri; membantu orang lain belajar; melaksanakan tugas dengan kualitas terbaik.',
  harmonis:
    'Menghargai setiap orang apa pun latar belakangnya; suka menolong orang lain; membangun lingkungan kerja yang kondusif.',
  loyal:
    'Memegang teguh Pancasila, UUD 1945, NKRI, dan pemerintahan yang sah; menjaga nama baik sesama ASN, pimpinan, instansi, dan negara; menjaga rahasia jabatan.',
  adaptif: 'Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi; bertindak proaktif.',
  kolaboratif:
    'Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka bekerja sama untuk menghasilkan nilai tambah; menggerakkan sumber daya untuk tujuan bersama.',
} as const satisfies Record<BerakhlakValue, string>;

export const PREDIKATS = [
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const PREDIKAT_LABELS = {
  'sangat-baik': 'Sangat Baik',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  'sangat-kurang': 'Sangat Kurang',
} as const satisfies Record<Predikat, string>;

export const ORG_RATINGS = [
  'istimewa',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
] as const;
export type OrgRating = (typeof ORG_RATINGS)[number];

export const ORG_RATING_LABELS = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang',
  'sangat-kurang': 'Sangat Kurang',
} as const satisfies Record<OrgRating, string>;

export const IKI_ASPECTS = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type IkiAspect = (typeof IKI_ASPECTS)[number];

/**
 * Kinds of continuous feedback (umpan balik berkelanjutan, PermenPANRB 6/2022): praise, what to
 * improve, a coaching session with agreed actions, and the dialog kinerja after a periodic
 * appraisal (agenda, what went well, what to improve, development actions).
 */
export const FEEDBACK_KINDS = ['apresiasi', 'perlu-perbaikan', 'bimbingan', 'dialog'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_KIND_LABELS = {
  apresiasi: 'Apresiasi',
  'perlu-perbaikan': 'Perlu perbaikan',
  bimbingan: 'Bimbingan',
  dialog: 'Dialog kinerja',
} as const satisfies Record<FeedbackKind, string>;

/** Kinds that record agreed actions with a due date (carried over until done). */
export const KINDS_WITH_ACTIONS = [
  'bimbingan',
  'dialog',
] as const satisfies readonly FeedbackKind[];

/** An agreed action: open, done, or carried over to the next session. */
export const ACTION_STATUSES = ['open', 'done', 'carried'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Kinds of civil servant: PNS (pegawai negeri sipil) and PPPK (contract). */
export const ASN_KINDS = ['pns', 'pppk'] as const;
export type AsnKind = (typeof ASN_KINDS)[number];

/** Jenis jabatan: structural (heads a unit), functional (a profession), pelaksana (staff). */
export const JENIS_JABATAN = ['struktural', 'fungsional', 'pelaksana'] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

/** A person's status; anything but `aktif` ends sign-in and appraisal duty. */
export const EMPLOYEE_STATUSES = [
  'aktif',
  'cuti',
  'tugas-belajar',
  'diberhentikan',
  'pensiun',
] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export const EMPLOYEE_STATUS_LABELS = {
  aktif: 'Aktif',
  cuti: 'Cuti',
  'tugas-belajar': 'Tugas belajar',
  diberhentikan: 'Diberhentikan',
  pensiun: 'Pensiun',
} as const satisfies Record<EmployeeStatus, string>;

/** Kinds of work unit (jenis unit kerja) of a pemda. */
export const UNIT_KINDS = [
  'pemda',
  'sekretariat',
  'inspektorat',
  'dinas',
  'badan',
  'kantor',
  'satpol-pp',
  'rsud',
  'kecamatan',
  'kelurahan',
  'sekolah',
  'puskesmas',
  'uptd',
  'bagian',
  'bidang',
  'subbagian',
  'seksi',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Forms of competency development (Perlan LAN 10/2018): classroom (klasikal) and the rest
 * (nonklasikal). The JP each counts for is a rule per form (core/jp.ts), kept in the settings.
 */
export const DEV_FORMS_KLASIKAL = [
  'pelatihan',
  'seminar',
  'workshop',
  'kursus',
  'bimtek',
  'penataran',
  'sosialisasi',
] as const;
export const DEV_FORMS_NONKLASIKAL = [
  'coaching',
  'mentoring',
  'e-learning',
  'pelatihan-jarak-jauh',
  'detasering',
  'outbound',
  'patok-banding',
  'pertukaran',
  'belajar-mandiri',
  'komunitas-belajar',
  'magang',
] as const;
export const DEV_FORMS = [...DEV_FORMS_KLASIKAL, ...DEV_FORMS_NONKLASIKAL] as const;
export type DevForm = (typeof DEV_FORMS)[number];

export const DEV_FORM_LABELS = {
  pelatihan: 'Pelatihan',
  seminar: 'Seminar/konferensi',
  workshop: 'Workshop/lokakarya',
  kursus: 'Kursus',
  bimtek: 'Bimbingan teknis',
  penataran: 'Penataran',
  sosialisasi: 'Sosialisasi',
  coaching: 'Coaching',
  mentoring: 'Mentoring',
  'e-learning': 'E-learning',
  'pelatihan-jarak-jauh': 'Pelatihan jarak jauh',
  detasering: 'Detasering',
  outbound: 'Outbound',
  'patok-banding': 'Patok banding',
  pertukaran: 'Pertukaran PNS',
  'belajar-mandiri': 'Belajar mandiri',
  'komunitas-belajar': 'Komunitas belajar',
  magang: 'Magang/praktik kerja',
} as const satisfies Record<DevForm, string>;

/** True for a classroom form (klasikal). */
export function isKlasikal(form: DevForm): boolean {
  return (DEV_FORMS_KLASIKAL as readonly string[]).includes(form);
}

/** The competency a development activity builds (teknis, manajerial, sosial kultural). */
export const COMPETENCY_AREAS = ['teknis', 'manajerial', 'sosial-kultural'] as const;
export type CompetencyArea = (typeof COMPETENCY_AREAS)[number];
export const COMPETENCY_AREA_LABELS = {
  teknis: 'Teknis',
  manajerial: 'Manajerial',
  'sosial-kultural': 'Sosial kultural',
} as const satisfies Record<CompetencyArea, string>;

/** Where a development activity takes place: in person (luring) or online (daring). */
export const DEV_MODES = ['luring', 'daring'] as const;
export type DevMode = (typeof DEV_MODES)[number];

/** The weak areas a development activity addresses: work results, or a BerAKHLAK value. */
export type DevFocus = BerakhlakValue | 'hasil-kerja';

/**
 * A day's attendance status as the office's machines (fingerprint, e-presensi) export it: present,
 * permitted absence, sick, leave, official travel, study leave, absent without leave, day off.
 */
export const ATTENDANCE_STATUSES = [
  'hadir',
  'izin',
  'sakit',
  'cuti',
  'dinas-luar',
  'tugas-belajar',
  'tanpa-keterangan',
  'libur',
] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS = {
  hadir: 'Hadir',
  izin: 'Izin',
  sakit: 'Sakit',
  cuti: 'Cuti',
  'dinas-luar': 'Dinas luar',
  'tugas-belajar': 'Tugas belajar',
  'tanpa-keterangan': 'Tanpa keterangan',
  libur: 'Libur',
} as const satisfies Record<AttendanceStatus, string>;

/** Kelas jabatan (job class) of the national job grading, 1 to 17: what a TPP base is set by. */
export const KELAS_JABATAN_MAX = 17;

/**
 * Default weeks without feedback after which a staff member shows in the head's Perlu tindakan.
 * Here, not beside the setting's schema: the app's first screen reads it, and importing a value
 * from a schema module pulls zod and every schema into the entry chunk.
 */
export const DEFAULT_FEEDBACK_REMINDER_WEEKS = 4;
