/** Reference lists of the demo: the activity catalog (templates for daily entries) and the trainings. */
import type { IkiAspect } from '../../client/core/vocabulary';
import type { TrainingDoc } from '../../client/core/schemas/development';

export type DemoCatalogItem = {
  code: string;
  name: string;
  satuan: string;
  defaultMinutes: number;
  aspect?: IkiAspect;
  /** The jabatan it is offered to (core's templatesFor); absent: everyone. */
  positions?: string[];
};

const TEACHERS = ['Guru Kelas', 'Guru PJOK'];
const SCHOOL_HEADS = ['Kepala Sekolah'];
const SCHOOL_OFFICE = ['Pengelola Tata Usaha'];
const KELURAHAN_STAFF = ['Staf Pelayanan', 'Staf Pelayanan (PPPK)', 'Staf Administrasi'];
const AREA_HEADS = ['Camat Gayungan', 'Lurah Ketintang', 'Lurah Menanggal'];
const HR = ['Analis SDM Aparatur (Pengelola Kinerja)', 'Kepala BKPSDM'];

export const CATALOG: readonly DemoCatalogItem[] = [
  {
    code: 'modul-ajar',
    name: 'Menyusun modul ajar',
    satuan: 'dokumen',
    defaultMinutes: 120,
    aspect: 'kuantitas',
    positions: [...TEACHERS, ...SCHOOL_HEADS],
  },
  {
    code: 'pembelajaran',
    name: 'Melaksanakan pembelajaran di kelas',
    satuan: 'jam pelajaran',
    defaultMinutes: 70,
    aspect: 'kuantitas',
    positions: [...TEACHERS, ...SCHOOL_HEADS],
  },
  {
    code: 'asesmen',
    name: 'Memeriksa dan menilai hasil belajar murid',
    satuan: 'lembar jawaban',
    defaultMinutes: 60,
    aspect: 'kuantitas',
    positions: [...TEACHERS, ...SCHOOL_HEADS],
  },
  {
    code: 'remedial',
    name: 'Melaksanakan remedial dan pengayaan',
    satuan: 'murid',
    defaultMinutes: 45,
    aspect: 'kuantitas',
    positions: TEACHERS,
  },
  {
    code: 'ekstrakurikuler',
    name: 'Membina kegiatan ekstrakurikuler',
    satuan: 'kegiatan',
    defaultMinutes: 90,
    aspect: 'kuantitas',
    positions: TEACHERS,
  },
  {
    code: 'supervisi-akademik',
    name: 'Melaksanakan supervisi akademik',
    satuan: 'guru',
    defaultMinutes: 90,
    aspect: 'kuantitas',
    positions: SCHOOL_HEADS,
  },
  {
    code: 'dapodik',
    name: 'Menginput data Dapodik',
    satuan: 'data',
    defaultMinutes: 60,
    aspect: 'kuantitas',
    positions: [...SCHOOL_OFFICE, ...SCHOOL_HEADS],
  },
  {
    code: 'laporan-bos',
    name: 'Menyusun laporan penggunaan dana BOS',
    satuan: 'dokumen',
    defaultMinutes: 120,
    positions: [...SCHOOL_OFFICE, ...SCHOOL_HEADS],
  },
  {
    code: 'surat-keterangan',
    name: 'Melayani permohonan surat keterangan',
    satuan: 'berkas',
    defaultMinutes: 20,
    aspect: 'kuantitas',
    positions: KELURAHAN_STAFF,
  },
  {
    code: 'adminduk',
    name: 'Memverifikasi berkas administrasi kependudukan',
    satuan: 'berkas',
    defaultMinutes: 30,
    aspect: 'kuantitas',
    positions: KELURAHAN_STAFF,
  },
  {
    code: 'agenda-surat',
    name: 'Mengagendakan surat masuk dan keluar',
    satuan: 'surat',
    defaultMinutes: 30,
    aspect: 'kuantitas',
    positions: [...KELURAHAN_STAFF, ...SCHOOL_OFFICE],
  },
  {
    code: 'laporan-bulanan',
    name: 'Menyusun laporan bulanan',
    satuan: 'laporan',
    defaultMinutes: 120,
    aspect: 'waktu',
  },
  { code: 'rapat-koordinasi', name: 'Rapat koordinasi', satuan: 'kegiatan', defaultMinutes: 90 },
  {
    code: 'monitoring-wilayah',
    name: 'Melakukan monitoring wilayah',
    satuan: 'kegiatan',
    defaultMinutes: 120,
    positions: AREA_HEADS,
  },
  {
    code: 'pemberdayaan',
    name: 'Mendampingi kegiatan pemberdayaan masyarakat',
    satuan: 'kegiatan',
    defaultMinutes: 120,
    positions: AREA_HEADS,
  },
  {
    code: 'verifikasi-kinerja',
    name: 'Memverifikasi dokumen kinerja pegawai',
    satuan: 'dokumen',
    defaultMinutes: 60,
    aspect: 'kuantitas',
    positions: HR,
  },
  {
    code: 'pendampingan-aplikasi',
    name: 'Mendampingi pengguna aplikasi kinerja',
    satuan: 'kegiatan',
    defaultMinutes: 90,
    positions: HR,
  },
];

/**
 * A catalog activity; `startsInDays` places a scheduled one relative to the seeding day (null: open
 * all year), lasting `days`.
 */
export type DemoTraining = Omit<
  TrainingDoc,
  '_id' | '_rev' | '_attachments' | 'type' | 'schemaVersion' | 'start' | 'end'
> & { startsInDays: number | null; days: number };

export const TRAININGS: readonly DemoTraining[] = [
  {
    trainingId: 'manajemen-waktu',
    title: 'Manajemen Waktu dan Prioritas Kerja',
    description:
      'Menyusun rencana kerja harian dan mingguan, memilah pekerjaan penting dan mendesak, serta menyelesaikan tugas sesuai tenggat.',
    focus: ['hasil-kerja', 'akuntabel'],
    form: 'pelatihan',
    area: 'manajerial',
    jp: 8,
    provider: 'BKPSDM Kota Gayungan',
    mode: 'daring',
    seats: null,
    startsInDays: null,
    days: 1,
  },
  {
    trainingId: 'pelayanan-prima',
    title: 'Pelayanan Prima bagi ASN',
    description:
      'Standar pelayanan, komunikasi yang ramah dan jelas, menangani keluhan masyarakat, serta mengukur kepuasan layanan.',
    focus: ['berorientasi-pelayanan'],
    form: 'pelatihan',
    area: 'sosial-kultural',
    jp: 16,
    provider: 'BKPSDM Kota Gayungan',
    mode: 'luring',
    seats: 30,
    startsInDays: 21,
    days: 2,
  },
  {
    trainingId: 'literasi-digital',
    title: 'Literasi Digital untuk Perkantoran',
    description:
      'Mengolah data dengan lembar kerja, berbagi dokumen secara aman, dan memanfaatkan aplikasi layanan daring pemerintah.',
    focus: ['adaptif', 'kompeten'],
    form: 'e-learning',
    area: 'teknis',
    jp: 12,
    provider: 'Dinas Kominfo Kota Gayungan',
    mode: 'daring',
    seats: null,
    startsInDays: null,
    days: 1,
  },
  {
    trainingId: 'penyusunan-laporan',
    title: 'Penyusunan Laporan dan Bukti Dukung Kinerja',
    description:
      'Menulis laporan kegiatan yang ringkas, menyusun bukti dukung yang dapat diverifikasi, dan menyampaikannya tepat waktu.',
    focus: ['hasil-kerja', 'akuntabel'],
    form: 'bimtek',
    area: 'teknis',
    jp: 8,
    provider: 'Bagian Organisasi Setda',
    mode: 'luring',
    seats: 30,
    startsInDays: 28,
    days: 1,
  },
  {
    trainingId: 'kepemimpinan',
    title: 'Kepemimpinan Pengawas dan Administrator',
    description:
      'Memimpin tim kerja, memberi umpan balik dan bimbingan kinerja, serta mengambil keputusan berbasis data.',
    focus: ['kolaboratif', 'kompeten'],
    form: 'pelatihan',
    area: 'manajerial',
    jp: 24,
    provider: 'BPSDM Provinsi',
    mode: 'luring',
    seats: 30,
    startsInDays: 35,
    days: 3,
  },
  {
    trainingId: 'kerja-sama-tim',
    title: 'Membangun Kerja Sama Tim',
    description:
      'Membagi peran, berkomunikasi terbuka, menyelesaikan perbedaan pendapat, dan saling membantu mencapai sasaran unit.',
    focus: ['kolaboratif', 'harmonis'],
    form: 'workshop',
    area: 'sosial-kultural',
    jp: 8,
    provider: 'BKPSDM Kota Gayungan',
    mode: 'luring',
    seats: 30,
    startsInDays: 42,
    days: 1,
  },
  {
    trainingId: 'etika-asn',
    title: 'Etika dan Integritas ASN',
    description:
      'Kode etik dan kode perilaku ASN, menjaga rahasia jabatan, mencegah konflik kepentingan dan gratifikasi.',
    focus: ['loyal', 'akuntabel'],
    form: 'e-learning',
    area: 'sosial-kultural',
    jp: 6,
    provider: 'LAN RI (ASN Unggul)',
    mode: 'daring',
    seats: null,
    startsInDays: null,
    days: 1,
  },
  {
    trainingId: 'pembelajaran-berdiferensiasi',
    title: 'Pembelajaran Berdiferensiasi di Sekolah Dasar',
    description:
      'Memetakan kebutuhan belajar murid, merancang modul ajar berdiferensiasi, dan asesmen formatif di kelas.',
    focus: ['kompeten', 'hasil-kerja'],
    form: 'pelatihan',
    area: 'teknis',
    jp: 32,
    provider: 'Balai Guru Penggerak',
    mode: 'daring',
    seats: 30,
    startsInDays: 49,
    days: 4,
  },
];
