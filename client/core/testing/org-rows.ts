/**
 * A generated organisation in the import layout, for tests and benchmarks: a pemda with OPDs,
 * each OPD with bidang, each bidang with a head and staff; valid, unique NIPs (one in ten PPPK).
 * Deterministic: the same count gives the same rows.
 */
import type { PersonRow, UnitRow } from '../org-import/org-columns';

const FIRST = [
  'Agus',
  'Budi',
  'Dewi',
  'Eko',
  'Fitri',
  'Hadi',
  'Indah',
  'Joko',
  'Lestari',
  'Rina',
  'Sri',
  'Yoga',
];
const LAST = [
  'Santoso',
  'Wibowo',
  'Lestari',
  'Pratama',
  'Hidayah',
  'Susanto',
  'Wahyuni',
  'Nugroho',
  'Aminah',
  'Gunawan',
];
const BACK = ['', '', 'S.Pd.', 'S.E.', 'S.Sos.', 'A.Md.', 'S.T., M.T.'];
const STAFF = [
  ['Analis Kebijakan', 'fungsional'],
  ['Pengadministrasi Umum', 'pelaksana'],
  ['Pengelola Keuangan', 'pelaksana'],
  ['Pranata Komputer', 'fungsional'],
] as const;
/** People per bidang (a head and staff) and bidang per OPD. */
const BIDANG_SIZE = 20;
const BIDANG_PER_OPD = 5;

/** A valid NIP for the i-th generated person: distinct for every i below 13 million. */
export function generatedNip(i: number, pppk: boolean): string {
  const dateIndex = i % 13_440;
  const birthYear = 1960 + Math.floor(dateIndex / 336);
  const birthMonth = 1 + (Math.floor(dateIndex / 28) % 12);
  const day = 1 + (dateIndex % 28);
  const tmtYear = birthYear + 19 + (i % 5);
  const tmtMonth = pppk ? 21 : 1 + (i % 12);
  const gender = 1 + (i % 2);
  const sequence = 1 + Math.floor(i / 13_440);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${birthYear}${pad(birthMonth, 2)}${pad(day, 2)}${tmtYear}${pad(tmtMonth, 2)}${gender}${pad(sequence, 3)}`;
}

/** `count` people in OPDs of BIDANG_PER_OPD bidang: rows of units and of people. */
export function generateOrgRows(count: number): { units: UnitRow[]; people: PersonRow[] } {
  const units: UnitRow[] = [
    {
      kode_unit: 'pemda',
      nama_unit: 'Pemerintah Kabupaten Contoh',
      kode_induk: '',
      jenis: 'pemda',
    },
  ];
  const people: PersonRow[] = [];
  let opdHead = '';
  for (let i = 0; i < count; i++) {
    const perOpd = 1 + BIDANG_PER_OPD * BIDANG_SIZE;
    const opd = Math.floor(i / perOpd);
    const inOpd = i % perOpd;
    const opdCode = `opd-${opd + 1}`;
    const bidang = Math.floor((inOpd - 1) / BIDANG_SIZE);
    const bidangCode = `${opdCode}-bidang-${bidang + 1}`;
    const pppk = i % 10 === 9;
    const nip = generatedNip(i, pppk);
    if (inOpd === 0) {
      units.push({
        kode_unit: opdCode,
        nama_unit: `Dinas Contoh ${opd + 1}`,
        kode_induk: 'pemda',
        jenis: 'dinas',
      });
      opdHead = nip;
    } else if ((inOpd - 1) % BIDANG_SIZE === 0) {
      units.push({
        kode_unit: bidangCode,
        nama_unit: `Bidang ${bidang + 1} Dinas Contoh ${opd + 1}`,
        kode_induk: opdCode,
        jenis: 'bidang',
      });
    }
    const isOpdHead = inOpd === 0;
    const isBidangHead = !isOpdHead && (inOpd - 1) % BIDANG_SIZE === 0;
    const staff = STAFF[i % STAFF.length] ?? STAFF[0];
    const bidangHead = people[people.length - ((inOpd - 1) % BIDANG_SIZE)]?.nip ?? '';
    people.push({
      nip,
      nama: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
      gelar_depan: i % 17 === 0 ? 'Drs.' : '',
      gelar_belakang: BACK[i % BACK.length] ?? '',
      jenis_asn: pppk ? 'PPPK' : 'PNS',
      jabatan: isOpdHead
        ? `Kepala Dinas Contoh ${opd + 1}`
        : isBidangHead
          ? `Kepala Bidang ${bidang + 1}`
          : staff[0],
      jenis_jabatan: isOpdHead || isBidangHead ? 'struktural' : staff[1],
      kode_unit: isOpdHead ? opdCode : bidangCode,
      nip_atasan: isOpdHead ? '' : isBidangHead ? opdHead : bidangHead,
      status: 'aktif',
      peran: '',
      pangkat_golongan: pppk ? 'Golongan IX' : 'Penata (III/c)',
    });
  }
  return { units, people };
}

/** A units-file row of a valid top unit, with overrides. */
export function makeUnitRow(overrides: Partial<Record<keyof UnitRow, string>> = {}): UnitRow {
  return {
    kode_unit: 'dinas',
    nama_unit: 'Dinas Contoh',
    kode_induk: '',
    jenis: 'dinas',
    ...overrides,
  };
}

/** A people-file row of a valid PNS with no superior in unit `dinas`, with overrides. */
export function makePersonRow(overrides: Partial<Record<keyof PersonRow, string>> = {}): PersonRow {
  return {
    nip: '198001012005011001',
    nama: 'Budi Santoso',
    gelar_depan: '',
    gelar_belakang: 'S.E.',
    jenis_asn: 'PNS',
    jabatan: 'Kepala Dinas',
    jenis_jabatan: 'struktural',
    kode_unit: 'dinas',
    nip_atasan: '',
    status: 'aktif',
    peran: '',
    pangkat_golongan: 'Pembina (IV/a)',
    kelas_jabatan: '',
    ...overrides,
  };
}
