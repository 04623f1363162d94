/**
 * The demo's catalog of expectation texts (ekspektasi khusus pimpinan): suggestions a head picks
 * from when approving a report's SKP, a few per BerAKHLAK value, some for one jenis jabatan only.
 */
import type { BerakhlakValue, JenisJabatan } from '../../client/core/vocabulary';

export type DemoExpectation = {
  code: string;
  value: BerakhlakValue;
  text: string;
  /** The jenis jabatan it suits (core's expectationsFor); absent: every one. */
  jenisJabatan?: JenisJabatan[];
};

export const EXPECTATIONS: readonly DemoExpectation[] = [
  {
    code: 'pelayanan-hari-sama',
    value: 'berorientasi-pelayanan',
    text: 'Menyelesaikan layanan pada hari yang sama bila berkas lengkap, dengan sikap ramah dan bahasa yang santun.',
  },
  {
    code: 'pelayanan-tanggap-keluhan',
    value: 'berorientasi-pelayanan',
    text: 'Menanggapi pertanyaan dan keluhan masyarakat paling lambat satu hari kerja.',
    jenisJabatan: ['pelaksana', 'fungsional'],
  },
  {
    code: 'pelayanan-standar-unit',
    value: 'berorientasi-pelayanan',
    text: 'Memastikan standar pelayanan unit terpasang, dipatuhi, dan dievaluasi setiap triwulan bersama staf.',
    jenisJabatan: ['struktural'],
  },
  {
    code: 'akuntabel-tepat-waktu',
    value: 'akuntabel',
    text: 'Hadir tepat waktu dan mencatat progres harian beserta bukti dukung paling lambat keesokan harinya.',
  },
  {
    code: 'akuntabel-laporan',
    value: 'akuntabel',
    text: 'Menyampaikan laporan pertanggungjawaban kegiatan dan anggaran tepat waktu dengan bukti yang lengkap.',
    jenisJabatan: ['struktural'],
  },
  {
    code: 'akuntabel-barang-milik-negara',
    value: 'akuntabel',
    text: 'Memakai barang milik negara secara bertanggung jawab dan melaporkan kerusakan tanpa menunda.',
  },
  {
    code: 'kompeten-20-jp',
    value: 'kompeten',
    text: 'Mengikuti paling sedikit 20 JP pengembangan kompetensi dan membagikan hasilnya kepada rekan kerja.',
  },
  {
    code: 'kompeten-mutu-profesi',
    value: 'kompeten',
    text: 'Menerapkan standar profesi dalam setiap tugas dan memperbaiki hasil kerja berdasarkan umpan balik.',
    jenisJabatan: ['fungsional'],
  },
  {
    code: 'kompeten-bimbingan',
    value: 'kompeten',
    text: 'Memberi bimbingan kinerja kepada setiap staf paling sedikit sekali dalam satu triwulan dan menindaklanjuti hasilnya.',
    jenisJabatan: ['struktural'],
  },
  {
    code: 'kompeten-prosedur-layanan',
    value: 'kompeten',
    text: 'Menguasai prosedur layanan yang dipegang hingga dapat menggantikan rekan yang berhalangan.',
    jenisJabatan: ['pelaksana'],
  },
  {
    code: 'harmonis-menghargai',
    value: 'harmonis',
    text: 'Menghargai setiap rekan kerja dan warga tanpa membedakan latar belakang, serta menyelesaikan perbedaan pendapat dengan musyawarah.',
  },
  {
    code: 'harmonis-membantu',
    value: 'harmonis',
    text: 'Membantu rekan yang beban kerjanya sedang tinggi tanpa menunggu diminta.',
  },
  {
    code: 'loyal-netralitas',
    value: 'loyal',
    text: 'Menjaga netralitas ASN dan nama baik instansi, termasuk di media sosial.',
  },
  {
    code: 'loyal-rahasia',
    value: 'loyal',
    text: 'Menjaga kerahasiaan data pribadi masyarakat dan dokumen jabatan yang dipegang.',
  },
  {
    code: 'adaptif-layanan-daring',
    value: 'adaptif',
    text: 'Menguasai setiap pembaruan aplikasi layanan dan membantu rekan maupun warga yang belum terbiasa.',
  },
  {
    code: 'adaptif-perubahan-tugas',
    value: 'adaptif',
    text: 'Menerima perubahan tugas dengan terbuka dan cepat menyesuaikan cara kerja.',
  },
  {
    code: 'adaptif-inovasi',
    value: 'adaptif',
    text: 'Mengusulkan paling sedikit satu perbaikan cara kerja unit setiap semester dan memimpin penerapannya.',
    jenisJabatan: ['struktural'],
  },
  {
    code: 'kolaboratif-lintas-bidang',
    value: 'kolaboratif',
    text: 'Aktif dalam rapat koordinasi dan terbuka bekerja sama lintas bidang untuk mencapai sasaran unit.',
  },
  {
    code: 'kolaboratif-komunitas',
    value: 'kolaboratif',
    text: 'Aktif dalam komunitas belajar dan saling mengobservasi pekerjaan dengan rekan sejawat.',
    jenisJabatan: ['fungsional'],
  },
  {
    code: 'kolaboratif-program-unit',
    value: 'kolaboratif',
    text: 'Melibatkan staf dan mitra dalam merencanakan program unit, serta membagi peran dengan jelas.',
    jenisJabatan: ['struktural'],
  },
  {
    code: 'kolaboratif-loket',
    value: 'kolaboratif',
    text: 'Berbagi tugas dengan rekan di loket pelayanan saat antrean panjang.',
    jenisJabatan: ['pelaksana'],
  },
];
