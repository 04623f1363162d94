/** The people and units of the demo organisation "Pemerintah Gayungan". */
import type { StoredRole } from '../../client/core/org-chart';

export type DemoPerson = {
  nip: string;
  name: string;
  position: string;
  unitId: string;
  superiorNip: string | null;
  /** Pangkat/golongan (PNS) or golongan (PPPK). */
  rank: string;
  kind: 'pns' | 'pppk';
  functional: boolean;
  roles: StoredRole[];
  /** Which plan (RHK, IKI, daily tasks) the person works to; see demo-plans.ts. */
  plan: PlanKey;
};

export type PlanKey =
  | 'kepala-dinas'
  | 'kepala-sekolah'
  | 'guru-kelas'
  | 'guru-pjok'
  | 'tata-usaha'
  | 'camat'
  | 'lurah'
  | 'staf-pelayanan'
  | 'staf-administrasi'
  | 'kepala-bkpsdm'
  | 'analis-sdm';

export const NIP = {
  bambang: '197203151998031002',
  sri: '197805202003122001',
  dewi: '198811122011012003',
  agus: '199004072015031004',
  rina: '199206182019032005',
  hendra: '198510302009021006',
  suharti: '197911092005012007',
  fajar: '199101252017011008',
  eko: '197604141999031009',
  siti: '198207072006042010',
  yoga: '199303032020121011',
  nur: '199512252022032012',
  budi: '198009192007011013',
  putri: '199708172023212014',
  hadi: '197112011997031016',
  ratna: '198602142010012015',
} as const;

const p = (
  nip: string,
  name: string,
  position: string,
  unitId: string,
  superiorNip: string | null,
  rank: string,
  plan: PlanKey,
  extra: Partial<Pick<DemoPerson, 'kind' | 'functional' | 'roles'>> = {},
): DemoPerson => ({
  nip,
  name,
  position,
  unitId,
  superiorNip,
  rank,
  plan,
  kind: extra.kind ?? 'pns',
  functional: extra.functional ?? false,
  roles: extra.roles ?? [],
});

// A kepala sekolah is a guru with an additional duty (tugas tambahan): a functional post too.
const fn = { functional: true } as const;

export const PEOPLE: readonly DemoPerson[] = [
  p(
    NIP.bambang,
    'Drs. Bambang Sutrisno, M.Pd.',
    'Kepala Dinas Pendidikan',
    'dinas-pendidikan',
    null,
    'Pembina Utama Muda (IV/c)',
    'kepala-dinas',
  ),
  p(
    NIP.sri,
    'Sri Wahyuni, S.Pd., M.Pd.',
    'Kepala Sekolah',
    'sdn-gayungan-1',
    NIP.bambang,
    'Pembina (IV/a)',
    'kepala-sekolah',
    fn,
  ),
  p(
    NIP.dewi,
    'Dewi Lestari, S.Pd.',
    'Guru Kelas',
    'sdn-gayungan-1',
    NIP.sri,
    'Penata (III/c)',
    'guru-kelas',
    fn,
  ),
  p(
    NIP.agus,
    'Agus Prasetyo, S.Pd.',
    'Guru PJOK',
    'sdn-gayungan-1',
    NIP.sri,
    'Penata Muda Tingkat I (III/b)',
    'guru-pjok',
    fn,
  ),
  p(
    NIP.rina,
    'Rina Marlina, S.Pd.',
    'Guru Kelas',
    'sdn-gayungan-1',
    NIP.sri,
    'Penata Muda (III/a)',
    'guru-kelas',
    fn,
  ),
  p(
    NIP.hendra,
    'Hendra Gunawan',
    'Pengelola Tata Usaha',
    'sdn-gayungan-1',
    NIP.sri,
    'Pengatur Tingkat I (II/d)',
    'tata-usaha',
  ),
  p(
    NIP.suharti,
    'Suharti, S.Pd.',
    'Kepala Sekolah',
    'sdn-ketintang-2',
    NIP.bambang,
    'Pembina (IV/a)',
    'kepala-sekolah',
    fn,
  ),
  p(
    NIP.fajar,
    'Fajar Nugroho, S.Pd.',
    'Guru Kelas',
    'sdn-ketintang-2',
    NIP.suharti,
    'Penata Muda Tingkat I (III/b)',
    'guru-kelas',
    fn,
  ),
  p(
    NIP.eko,
    'Drs. Eko Wibowo, M.Si.',
    'Camat Gayungan',
    'kecamatan-gayungan',
    null,
    'Pembina Tingkat I (IV/b)',
    'camat',
  ),
  p(
    NIP.siti,
    'Siti Aminah, S.Sos.',
    'Lurah Ketintang',
    'kelurahan-ketintang',
    NIP.eko,
    'Penata Tingkat I (III/d)',
    'lurah',
  ),
  p(
    NIP.yoga,
    'Yoga Pratama',
    'Staf Pelayanan',
    'kelurahan-ketintang',
    NIP.siti,
    'Pengatur Muda (II/a)',
    'staf-pelayanan',
  ),
  p(
    NIP.nur,
    'Nur Hidayah, A.Md.',
    'Staf Administrasi',
    'kelurahan-ketintang',
    NIP.siti,
    'Pengatur (II/c)',
    'staf-administrasi',
  ),
  p(
    NIP.budi,
    'Budi Santoso, S.E.',
    'Lurah Menanggal',
    'kelurahan-menanggal',
    NIP.eko,
    'Penata Tingkat I (III/d)',
    'lurah',
  ),
  p(
    NIP.putri,
    'Putri Anggraini',
    'Staf Pelayanan (PPPK)',
    'kelurahan-menanggal',
    NIP.budi,
    'Golongan V',
    'staf-pelayanan',
    { kind: 'pppk' },
  ),
  p(
    NIP.hadi,
    'Ir. Hadi Susanto, M.M.',
    'Kepala BKPSDM',
    'bkpsdm',
    null,
    'Pembina Utama Muda (IV/c)',
    'kepala-bkpsdm',
  ),
  p(
    NIP.ratna,
    'Ratna Sari, S.Psi.',
    'Analis SDM Aparatur (Pengelola Kinerja)',
    'bkpsdm',
    NIP.hadi,
    'Penata Tingkat I (III/d)',
    'analis-sdm',
    { functional: true, roles: ['pengelola'] },
  ),
];

export type DemoUnit = {
  unitId: string;
  name: string;
  parentId: string | null;
  headNip: string | null;
};

export const UNITS: readonly DemoUnit[] = [
  { unitId: 'pemda', name: 'Pemerintah Gayungan', parentId: null, headNip: null },
  { unitId: 'dinas-pendidikan', name: 'Dinas Pendidikan', parentId: 'pemda', headNip: NIP.bambang },
  {
    unitId: 'sdn-gayungan-1',
    name: 'SD Negeri Gayungan I',
    parentId: 'dinas-pendidikan',
    headNip: NIP.sri,
  },
  {
    unitId: 'sdn-ketintang-2',
    name: 'SD Negeri Ketintang II',
    parentId: 'dinas-pendidikan',
    headNip: NIP.suharti,
  },
  { unitId: 'kecamatan-gayungan', name: 'Kecamatan Gayungan', parentId: 'pemda', headNip: NIP.eko },
  {
    unitId: 'kelurahan-ketintang',
    name: 'Kelurahan Ketintang',
    parentId: 'kecamatan-gayungan',
    headNip: NIP.siti,
  },
  {
    unitId: 'kelurahan-menanggal',
    name: 'Kelurahan Menanggal',
    parentId: 'kecamatan-gayungan',
    headNip: NIP.budi,
  },
  { unitId: 'bkpsdm', name: 'BKPSDM', parentId: 'pemda', headNip: NIP.hadi },
];

/** Where each person works and what they teach or serve, used in RHK and activity texts. */
export const PLACE_OF: Readonly<Record<string, { kelas?: string; kelurahan?: string }>> = {
  [NIP.dewi]: { kelas: '4A' },
  [NIP.rina]: { kelas: '2B' },
  [NIP.fajar]: { kelas: '5' },
  [NIP.siti]: { kelurahan: 'Ketintang' },
  [NIP.yoga]: { kelurahan: 'Ketintang' },
  [NIP.nur]: { kelurahan: 'Ketintang' },
  [NIP.budi]: { kelurahan: 'Menanggal' },
  [NIP.putri]: { kelurahan: 'Menanggal' },
};

export function personOf(nip: string): DemoPerson {
  const found = PEOPLE.find((x) => x.nip === nip);
  if (!found) throw new Error(`unknown demo person ${nip}`);
  return found;
}

export function unitOf(unitId: string): DemoUnit {
  const found = UNITS.find((u) => u.unitId === unitId);
  if (!found) throw new Error(`unknown demo unit ${unitId}`);
  return found;
}
