/** Plans of the government posts: camat, lurah, kelurahan staff, kepala BKPSDM, analis SDM. */
import type { JobPlan, PlanContext } from './demo-plan-types';

const kelurahanExpectations = {
  'berorientasi-pelayanan':
    'Menyelesaikan layanan surat keterangan pada hari yang sama bila berkas lengkap, dengan sikap ramah.',
  akuntabel:
    'Hadir tepat waktu pukul 07.00 dan mencatat progres harian paling lambat keesokan harinya.',
  adaptif: 'Menguasai layanan daring Klampid dan membantu warga yang belum terbiasa.',
} as const;

function camat(): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Meningkatnya kualitas pelayanan publik di Kecamatan Gayungan',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kualitas',
            text: 'Nilai indeks kepuasan masyarakat (IKM) layanan kecamatan dan kelurahan',
            target: 85,
            satuan: 'nilai',
          },
          {
            id: 'iki-1-2',
            aspect: 'waktu',
            text: 'Persentase layanan yang selesai sesuai standar pelayanan',
            target: 95,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Terselenggaranya koordinasi pemerintahan dan pemberdayaan masyarakat di kelurahan',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah rapat koordinasi dengan kelurahan',
            target: 24,
            satuan: 'kegiatan',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'utama',
        text: 'Tersusunnya laporan penyelenggaraan pemerintahan kecamatan',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'waktu',
            text: 'Jumlah laporan bulanan yang disampaikan tepat waktu',
            target: 12,
            satuan: 'laporan',
          },
        ],
      },
    ],
    tasks: [],
    expectations: {},
  };
}

function lurah(c: PlanContext): JobPlan {
  const rw = ['01', '02', '03', '04', '05'];
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: `Meningkatnya kualitas pelayanan administrasi di Kelurahan ${c.kelurahan}`,
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah dokumen layanan yang diperiksa dan ditandatangani',
            target: 3000,
            satuan: 'berkas',
          },
          {
            id: 'iki-1-2',
            aspect: 'waktu',
            text: 'Persentase layanan yang selesai pada hari yang sama',
            target: 90,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: `Terlaksananya pemberdayaan masyarakat dan ketenteraman wilayah Kelurahan ${c.kelurahan}`,
        parentRhkId: 'rhk-2',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah kegiatan pemberdayaan dan monitoring wilayah',
            target: 96,
            satuan: 'kegiatan',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'utama',
        text: 'Tersusunnya laporan penyelenggaraan pemerintahan kelurahan',
        parentRhkId: 'rhk-3',
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'waktu',
            text: 'Jumlah laporan bulanan yang disampaikan tepat waktu',
            target: 12,
            satuan: 'laporan',
          },
        ],
      },
    ],
    tasks: [
      {
        catalogCode: null,
        rhkId: 'rhk-1',
        ikiId: 'iki-1-1',
        kegiatan: [
          'Memeriksa dan menandatangani surat keterangan dan surat pengantar warga',
          'Memeriksa berkas permohonan administrasi kependudukan sebelum diteruskan ke Dispendukcapil',
        ],
        uraian: [''],
        satuan: 'berkas',
        realisasi: [12, 35],
        minutes: [45, 90],
        weight: 3,
        returnNote: 'Jumlah berkas berbeda dengan buku register layanan; mohon disesuaikan.',
      },
      {
        catalogCode: 'rapat-koordinasi',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: [
          `Memimpin rapat koordinasi dengan ketua RT/RW se-Kelurahan ${c.kelurahan}`,
          'Mengikuti rapat koordinasi lurah di Kecamatan Gayungan',
          'Memimpin rapat persiapan kerja bakti dan pencegahan demam berdarah',
        ],
        uraian: ['Hasil rapat dicatat dalam notulen.', ''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [60, 120],
        weight: 2,
        returnNote: 'Lampirkan foto daftar hadir rapat.',
      },
      {
        catalogCode: 'monitoring-wilayah',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: rw.map(
          (n) => `Monitoring kebersihan saluran dan titik rawan genangan di RW ${n}`,
        ),
        uraian: ['Temuan dicatat dan diteruskan ke kecamatan bila perlu penanganan.', ''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [60, 120],
        weight: 2,
        withLocation: true,
        returnNote: 'Lampirkan foto lokasi yang dimonitor.',
      },
      {
        catalogCode: 'pemberdayaan',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: [
          ...rw.slice(0, 3).map((n) => `Menghadiri kegiatan posyandu balita di RW ${n}`),
          'Mendampingi kegiatan PKK kelurahan',
        ],
        uraian: [''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [60, 120],
        weight: 1,
        returnNote: 'Lampirkan dokumentasi kegiatan.',
      },
      {
        catalogCode: null,
        rhkId: 'rhk-3',
        ikiId: 'iki-3-1',
        kegiatan: ['Memeriksa konsep laporan bulanan penyelenggaraan pemerintahan kelurahan'],
        uraian: [''],
        satuan: 'laporan',
        realisasi: [1, 1],
        minutes: [45, 90],
        weight: 0.3,
        returnNote: 'Tautkan konsep laporan yang diperiksa.',
      },
    ],
    expectations: {
      kolaboratif: 'Melibatkan RT/RW, LPMK, dan PKK dalam setiap program kelurahan.',
      'berorientasi-pelayanan':
        'Memastikan layanan kelurahan selesai pada hari yang sama bila berkas lengkap.',
      loyal: 'Menjaga netralitas ASN dan kerahasiaan data kependudukan warga.',
    },
  };
}

function stafPelayanan(): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Terlayaninya permohonan surat keterangan masyarakat dengan cepat dan tepat',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah permohonan surat keterangan yang dilayani',
            target: 1800,
            satuan: 'berkas',
          },
          {
            id: 'iki-1-2',
            aspect: 'waktu',
            text: 'Persentase surat keterangan yang selesai pada hari yang sama',
            target: 95,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Terverifikasinya berkas permohonan administrasi kependudukan',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah berkas administrasi kependudukan yang diverifikasi',
            target: 900,
            satuan: 'berkas',
          },
        ],
      },
    ],
    tasks: [
      {
        catalogCode: 'surat-keterangan',
        rhkId: 'rhk-1',
        ikiId: 'iki-1-1',
        kegiatan: [
          'Melayani permohonan surat keterangan domisili',
          'Melayani permohonan surat pengantar SKCK',
          'Melayani permohonan surat keterangan tidak mampu (SKTM)',
          'Melayani permohonan surat keterangan usaha',
          'Melayani permohonan surat keterangan ahli waris',
        ],
        uraian: ['Berkas diperiksa kelengkapannya lalu dicatat di buku register layanan.', ''],
        satuan: 'berkas',
        realisasi: [5, 18],
        minutes: [90, 180],
        weight: 3,
        returnNote:
          'Realisasi belum sesuai dengan buku register layanan; mohon diperiksa kembali jumlah berkasnya.',
      },
      {
        catalogCode: 'adminduk',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: [
          'Memverifikasi berkas permohonan KK dan KTP-el melalui Klampid',
          'Memverifikasi berkas pindah datang penduduk',
          'Memverifikasi berkas permohonan akta kelahiran',
          'Memverifikasi berkas permohonan akta kematian',
        ],
        uraian: ['Berkas yang belum lengkap dikembalikan kepada pemohon dengan penjelasan.', ''],
        satuan: 'berkas',
        realisasi: [3, 12],
        minutes: [60, 120],
        weight: 2,
        returnNote: 'Sebutkan jumlah berkas yang dikembalikan kepada pemohon karena belum lengkap.',
      },
    ],
    expectations: kelurahanExpectations,
  };
}

function stafAdministrasi(): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Terkelolanya persuratan dan kearsipan kelurahan',
        parentRhkId: 'rhk-3',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah surat masuk dan keluar yang diagendakan',
            target: 1500,
            satuan: 'surat',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Tersusunnya laporan bulanan kelurahan tepat waktu',
        parentRhkId: 'rhk-3',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'waktu',
            text: 'Jumlah laporan bulanan yang selesai paling lambat tanggal 5',
            target: 12,
            satuan: 'laporan',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'tambahan',
        text: 'Terdukungnya administrasi kegiatan pemberdayaan masyarakat',
        parentRhkId: 'rhk-2',
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'kuantitas',
            text: 'Jumlah kegiatan yang didukung administrasinya',
            target: 36,
            satuan: 'kegiatan',
          },
        ],
      },
    ],
    tasks: [
      {
        catalogCode: 'agenda-surat',
        rhkId: 'rhk-1',
        ikiId: 'iki-1-1',
        kegiatan: [
          'Mengagendakan surat masuk dan keluar kelurahan',
          'Mengarsipkan surat masuk beserta disposisi lurah',
          'Menyusun konsep surat undangan rapat koordinasi RT/RW',
        ],
        uraian: ['Surat dicatat di agenda elektronik dan diarsipkan menurut klasifikasi.', ''],
        satuan: 'surat',
        realisasi: [8, 30],
        minutes: [60, 120],
        weight: 3,
        returnNote: 'Sebutkan rentang nomor agenda surat yang dicatat.',
      },
      {
        catalogCode: 'laporan-bulanan',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: [
          'Merekap data layanan kelurahan untuk laporan bulanan',
          'Menyusun laporan bulanan penyelenggaraan pemerintahan kelurahan',
        ],
        uraian: [''],
        satuan: 'laporan',
        realisasi: [1, 1],
        minutes: [90, 150],
        weight: 0.6,
        returnNote: 'Tautkan konsep laporan bulanan sebagai bukti dukung.',
      },
      {
        catalogCode: null,
        rhkId: 'rhk-3',
        ikiId: 'iki-3-1',
        kegiatan: [
          'Menyiapkan administrasi kegiatan posyandu balita',
          'Menyusun notulen rapat koordinasi kelurahan',
          'Menyiapkan daftar hadir dan dokumentasi kegiatan PKK',
        ],
        uraian: [''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [45, 90],
        weight: 1.5,
        returnNote: 'Lampirkan foto daftar hadir kegiatan.',
      },
    ],
    expectations: kelurahanExpectations,
  };
}

function kepalaBkpsdm(): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Meningkatnya kualitas pengelolaan kinerja ASN Pemerintah Gayungan',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'waktu',
            text: 'Persentase ASN yang SKP-nya disetujui sebelum akhir Januari',
            target: 100,
            satuan: 'persen',
          },
          {
            id: 'iki-1-2',
            aspect: 'kualitas',
            text: 'Persentase perangkat daerah yang melaksanakan evaluasi kinerja triwulanan',
            target: 100,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Meningkatnya kompetensi ASN Pemerintah Gayungan',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Persentase ASN yang memperoleh pengembangan kompetensi paling sedikit 20 JP',
            target: 80,
            satuan: 'persen',
          },
        ],
      },
    ],
    tasks: [],
    expectations: {},
  };
}

function analisSdm(): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Terverifikasinya dokumen kinerja pegawai perangkat daerah',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah dokumen SKP dan evaluasi kinerja yang diverifikasi',
            target: 800,
            satuan: 'dokumen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Terlaksananya pendampingan penggunaan aplikasi Kinerja bagi perangkat daerah',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah kegiatan pendampingan',
            target: 36,
            satuan: 'kegiatan',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'utama',
        text: 'Tersusunnya analisis kebutuhan pengembangan kompetensi ASN',
        parentRhkId: 'rhk-2',
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'kuantitas',
            text: 'Jumlah data pegawai yang dianalisis',
            target: 600,
            satuan: 'data',
          },
          {
            id: 'iki-3-2',
            aspect: 'waktu',
            text: 'Rekomendasi pelatihan disampaikan setiap akhir triwulan',
            target: 4,
            satuan: 'laporan',
          },
        ],
      },
    ],
    tasks: [
      {
        catalogCode: 'verifikasi-kinerja',
        rhkId: 'rhk-1',
        ikiId: 'iki-1-1',
        kegiatan: [
          'Memverifikasi SKP pegawai Dinas Pendidikan',
          'Memverifikasi dokumen evaluasi kinerja triwulanan Kecamatan Gayungan',
          'Memverifikasi data kinerja pegawai kelurahan',
        ],
        uraian: ['Ketidaksesuaian dicatat dan dikembalikan kepada pengelola kinerja unit.', ''],
        satuan: 'dokumen',
        realisasi: [10, 35],
        minutes: [60, 150],
        weight: 3,
        returnNote: 'Sebutkan unit kerja yang dokumennya diverifikasi.',
      },
      {
        catalogCode: 'pendampingan-aplikasi',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: [
          'Mendampingi operator SD Negeri Gayungan I menggunakan aplikasi Kinerja',
          'Mendampingi pegawai Kelurahan Ketintang mencatat progres harian secara luring',
          'Sosialisasi penilaian perilaku kerja BerAKHLAK bagi kepala sekolah',
        ],
        uraian: [''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [90, 150],
        weight: 1.5,
        returnNote: 'Lampirkan foto daftar hadir pendampingan.',
      },
      {
        catalogCode: null,
        rhkId: 'rhk-3',
        ikiId: 'iki-3-1',
        kegiatan: [
          'Mengolah data hasil evaluasi kinerja untuk analisis kebutuhan pelatihan',
          'Menyusun rekap rekomendasi pelatihan per unit kerja',
        ],
        uraian: [''],
        satuan: 'data',
        realisasi: [20, 60],
        minutes: [90, 150],
        weight: 1.5,
        returnNote: 'Tautkan lembar kerja hasil olah data.',
      },
    ],
    expectations: {
      akuntabel: 'Menjaga kerahasiaan data kinerja pegawai dan menyampaikan rekap tepat waktu.',
      kolaboratif: 'Mendampingi pengelola kinerja di setiap perangkat daerah hingga mandiri.',
    },
  };
}

export const governmentPlans = {
  camat,
  lurah,
  'staf-pelayanan': stafPelayanan,
  'staf-administrasi': stafAdministrasi,
  'kepala-bkpsdm': kepalaBkpsdm,
  'analis-sdm': analisSdm,
} as const satisfies Record<string, (c: PlanContext) => JobPlan>;
