/** Plans of the education posts: kepala dinas, kepala sekolah, guru kelas, guru PJOK, tata usaha. */
import type { JobPlan, PlanContext, TaskPlan } from './demo-plan-types';

const TOPICS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  '2B': [
    ['Matematika', 'penjumlahan dan pengurangan bersusun'],
    ['Matematika', 'mengenal satuan panjang tidak baku'],
    ['Bahasa Indonesia', 'membaca nyaring cerita bergambar'],
    ['Bahasa Indonesia', 'menulis kalimat sederhana'],
    ['Pendidikan Pancasila', 'aturan di rumah dan di sekolah'],
    ['Seni Musik', 'menyanyikan lagu anak-anak dengan tempo yang tepat'],
  ],
  '4A': [
    ['Matematika', 'pecahan senilai'],
    ['Matematika', 'keliling dan luas bangun datar'],
    ['Bahasa Indonesia', 'menemukan gagasan pokok paragraf'],
    ['IPAS', 'siklus air dan manfaatnya'],
    ['IPAS', 'gaya dan gerak'],
    ['Pendidikan Pancasila', 'keberagaman budaya di lingkungan sekitar'],
  ],
  '5': [
    ['Matematika', 'KPK dan FPB'],
    ['Matematika', 'volume kubus dan balok'],
    ['IPAS', 'sistem pernapasan manusia'],
    ['IPAS', 'ekosistem dan rantai makanan'],
    ['Bahasa Indonesia', 'menulis teks narasi'],
    ['Pendidikan Pancasila', 'hak dan kewajiban sebagai warga'],
  ],
};

function guruKelas(c: PlanContext): JobPlan {
  const topics = TOPICS[c.kelas] ?? TOPICS['4A'] ?? [];
  const each = (f: (mapel: string, topik: string) => string) => topics.map(([m, t]) => f(m, t));
  const tasks: TaskPlan[] = [
    {
      catalogCode: 'pembelajaran',
      rhkId: 'rhk-2',
      ikiId: 'iki-2-1',
      kegiatan: each((m, t) => `Melaksanakan pembelajaran ${m} materi ${t} di kelas ${c.kelas}`),
      uraian: [
        'Pembelajaran berdiferensiasi dalam kelompok kecil sesuai hasil asesmen diagnostik.',
        'Menggunakan media konkret dan lembar kerja murid; diakhiri refleksi bersama.',
        'Diskusi kelompok dilanjutkan presentasi hasil kerja murid.',
        '',
      ],
      satuan: 'jam pelajaran',
      realisasi: [2, 3],
      minutes: { perUnit: 35 },
      weight: 0,
      daily: { perDay: 2 },
      returnNote: 'Uraian terlalu umum: sebutkan tujuan pembelajaran dan hasil yang dicapai murid.',
    },
    {
      catalogCode: 'modul-ajar',
      rhkId: 'rhk-1',
      ikiId: 'iki-1-1',
      kegiatan: each((m, t) => `Menyusun modul ajar ${m} materi ${t} kelas ${c.kelas}`),
      uraian: ['Modul ajar memuat asesmen awal dan aktivitas berdiferensiasi.', ''],
      satuan: 'dokumen',
      realisasi: [1, 1],
      minutes: [60, 120],
      weight: 2,
      returnNote: 'Tautkan modul ajar yang disusun sebagai bukti dukung.',
    },
    {
      catalogCode: 'asesmen',
      rhkId: 'rhk-3',
      ikiId: 'iki-3-1',
      kegiatan: each(
        (m, t) => `Memeriksa dan menilai lembar kerja ${m} materi ${t} kelas ${c.kelas}`,
      ),
      uraian: [
        'Nilai direkap di daftar nilai dan dibagikan kepada murid beserta umpan balik singkat.',
        '',
      ],
      satuan: 'lembar jawaban',
      realisasi: [24, 30],
      minutes: [45, 90],
      weight: 3,
      returnNote: 'Realisasi melebihi jumlah murid di kelas; mohon diperiksa kembali.',
    },
    {
      catalogCode: 'remedial',
      rhkId: 'rhk-3',
      ikiId: 'iki-3-2',
      kegiatan: each(
        (m, t) => `Melaksanakan remedial ${m} materi ${t} bagi murid yang belum tuntas`,
      ),
      uraian: ['Remedial dengan tutor sebaya dan soal bertahap.', ''],
      satuan: 'murid',
      realisasi: [3, 7],
      minutes: [30, 60],
      weight: 2,
      returnNote: 'Lampirkan daftar murid yang mengikuti remedial.',
    },
  ];
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: `Tersusunnya perencanaan pembelajaran kelas ${c.kelas} yang berkualitas`,
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah modul ajar yang disusun',
            target: 24,
            satuan: 'dokumen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: `Terlaksananya pembelajaran yang berpusat pada murid di kelas ${c.kelas}`,
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah jam pelajaran yang dilaksanakan',
            target: 864,
            satuan: 'jam pelajaran',
          },
          {
            id: 'iki-2-2',
            aspect: 'kualitas',
            text: 'Persentase murid yang mencapai tujuan pembelajaran',
            target: 85,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'utama',
        text: 'Terlaksananya asesmen dan tindak lanjut hasil belajar murid',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'kuantitas',
            text: 'Jumlah hasil asesmen murid yang dinilai',
            target: 900,
            satuan: 'lembar jawaban',
          },
          {
            id: 'iki-3-2',
            aspect: 'kuantitas',
            text: 'Jumlah murid yang mendapat remedial atau pengayaan',
            target: 120,
            satuan: 'murid',
          },
        ],
      },
    ],
    tasks,
    expectations: schoolExpectations,
  };
}

const schoolExpectations = {
  'berorientasi-pelayanan':
    'Menanggapi pertanyaan orang tua murid paling lambat satu hari kerja dengan bahasa yang santun.',
  kompeten:
    'Mengikuti paling sedikit 20 JP pengembangan kompetensi dan membagikan hasilnya di komunitas belajar sekolah.',
  kolaboratif:
    'Aktif dalam pertemuan komunitas belajar (kombel) dan saling mengobservasi pembelajaran dengan rekan guru.',
} as const;

const PJOK_CLASSES = [
  ['1', 'gerak dasar lokomotor dan nonlokomotor'],
  ['2', 'permainan tradisional bakiak'],
  ['3', 'permainan bola kecil (kasti)'],
  ['4A', 'senam lantai guling depan'],
  ['5', 'atletik lari jarak pendek'],
  ['6', 'permainan bola besar (sepak bola)'],
] as const;

function guruPjok(): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Tersusunnya perencanaan pembelajaran PJOK kelas 1 sampai 6',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah modul ajar PJOK yang disusun',
            target: 18,
            satuan: 'dokumen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Terlaksananya pembelajaran PJOK yang aktif dan menyenangkan',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah jam pelajaran PJOK yang dilaksanakan',
            target: 864,
            satuan: 'jam pelajaran',
          },
          {
            id: 'iki-2-2',
            aspect: 'kualitas',
            text: 'Persentase murid dengan kebugaran jasmani kategori baik',
            target: 75,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'tambahan',
        text: 'Terbinanya ekstrakurikuler futsal dan pencak silat',
        parentRhkId: 'rhk-3',
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'kuantitas',
            text: 'Jumlah sesi latihan ekstrakurikuler',
            target: 64,
            satuan: 'kegiatan',
          },
        ],
      },
    ],
    tasks: [
      {
        catalogCode: 'pembelajaran',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: PJOK_CLASSES.map(
          ([k, t]) => `Melaksanakan pembelajaran PJOK materi ${t} di kelas ${k}`,
        ),
        uraian: ['Pemanasan, latihan inti berpasangan, dan pendinginan di lapangan sekolah.', ''],
        satuan: 'jam pelajaran',
        realisasi: [2, 3],
        minutes: { perUnit: 35 },
        weight: 0,
        daily: { perDay: 2 },
        returnNote: 'Sebutkan kelas dan jumlah murid yang hadir pada pembelajaran ini.',
      },
      {
        catalogCode: 'modul-ajar',
        rhkId: 'rhk-1',
        ikiId: 'iki-1-1',
        kegiatan: PJOK_CLASSES.map(([k, t]) => `Menyusun modul ajar PJOK materi ${t} kelas ${k}`),
        uraian: [''],
        satuan: 'dokumen',
        realisasi: [1, 1],
        minutes: [60, 120],
        weight: 1,
        returnNote: 'Tautkan modul ajar yang disusun sebagai bukti dukung.',
      },
      {
        catalogCode: 'ekstrakurikuler',
        rhkId: 'rhk-3',
        ikiId: 'iki-3-1',
        kegiatan: [
          'Melatih ekstrakurikuler futsal',
          'Melatih ekstrakurikuler pencak silat',
          'Mendampingi tim futsal sekolah latihan persiapan O2SN tingkat kecamatan',
        ],
        uraian: ['Latihan teknik dasar dan permainan; kehadiran anggota dicatat.', ''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [60, 90],
        weight: 2,
        returnNote: 'Lampirkan foto daftar hadir anggota ekstrakurikuler.',
      },
    ],
    expectations: schoolExpectations,
  };
}

function tataUsaha(c: PlanContext): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: `Termutakhirkannya data pokok pendidikan (Dapodik) ${c.unitName}`,
        parentRhkId: 'rhk-2',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah data murid, PTK, dan sarpras yang dimutakhirkan',
            target: 1200,
            satuan: 'data',
          },
          {
            id: 'iki-1-2',
            aspect: 'waktu',
            text: 'Sinkronisasi Dapodik sebelum batas waktu setiap semester',
            target: 2,
            satuan: 'kali',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Tersusunnya pertanggungjawaban dana BOS yang tertib dan tepat waktu',
        parentRhkId: 'rhk-2',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah dokumen pertanggungjawaban dana BOS yang disusun',
            target: 240,
            satuan: 'dokumen',
          },
          {
            id: 'iki-2-2',
            aspect: 'waktu',
            text: 'Laporan penggunaan dana BOS disampaikan tepat waktu',
            target: 4,
            satuan: 'laporan',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'utama',
        text: 'Terkelolanya persuratan dan arsip sekolah',
        parentRhkId: 'rhk-2',
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'kuantitas',
            text: 'Jumlah surat masuk dan keluar yang diagendakan',
            target: 600,
            satuan: 'surat',
          },
        ],
      },
    ],
    tasks: [
      {
        catalogCode: 'dapodik',
        rhkId: 'rhk-1',
        ikiId: 'iki-1-1',
        kegiatan: [
          'Memutakhirkan data peserta didik di aplikasi Dapodik',
          'Menginput data sarana dan prasarana sekolah di Dapodik',
          'Memperbarui data rombongan belajar dan jadwal mengajar di Dapodik',
          'Memvalidasi data PTK dan melakukan sinkronisasi Dapodik',
        ],
        uraian: ['Data dicocokkan dengan buku induk murid sebelum diinput.', ''],
        satuan: 'data',
        realisasi: [10, 40],
        minutes: [60, 150],
        weight: 3,
        returnNote: 'Lampirkan tangkapan layar hasil validasi Dapodik.',
      },
      {
        catalogCode: 'laporan-bos',
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: [
          'Mencatat transaksi belanja dana BOS di buku kas umum',
          'Merekap bukti belanja dana BOS',
          'Menginput realisasi penggunaan dana BOS di aplikasi ARKAS',
        ],
        uraian: ['Bukti belanja dicocokkan dengan RKAS.', ''],
        satuan: 'dokumen',
        realisasi: [2, 8],
        minutes: [60, 120],
        weight: 2,
        returnNote: 'Jumlah dokumen tidak sesuai dengan buku kas umum; mohon dicek kembali.',
      },
      {
        catalogCode: 'agenda-surat',
        rhkId: 'rhk-3',
        ikiId: 'iki-3-1',
        kegiatan: [
          'Mengagendakan surat masuk dan keluar sekolah',
          'Menyusun surat undangan rapat komite sekolah',
          'Mengarsipkan surat keputusan dan dokumen kepegawaian guru',
        ],
        uraian: [''],
        satuan: 'surat',
        realisasi: [3, 12],
        minutes: [30, 75],
        weight: 2,
        returnNote: 'Sebutkan nomor agenda surat yang dicatat.',
      },
    ],
    expectations: {
      akuntabel:
        'Menyampaikan laporan penggunaan dana BOS paling lambat tanggal 10 bulan berikutnya dengan bukti yang lengkap.',
      adaptif: 'Menguasai pembaruan aplikasi Dapodik dan ARKAS setiap rilis baru.',
      'berorientasi-pelayanan':
        'Melayani permintaan surat guru dan orang tua murid pada hari yang sama.',
    },
  };
}

function kepalaSekolah(c: PlanContext): JobPlan {
  const kelas = ['1', '2B', '3', '4A', '5', '6'];
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: `Meningkatnya kualitas pembelajaran di ${c.unitName}`,
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kuantitas',
            text: 'Jumlah guru yang disupervisi akademik',
            target: 24,
            satuan: 'guru',
          },
          {
            id: 'iki-1-2',
            aspect: 'kualitas',
            text: 'Persentase guru yang menerapkan pembelajaran berdiferensiasi',
            target: 80,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: `Terkelolanya administrasi dan keuangan ${c.unitName} secara akuntabel`,
        parentRhkId: 'rhk-2',
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'kuantitas',
            text: 'Jumlah dokumen keuangan dan administrasi sekolah yang diperiksa',
            target: 300,
            satuan: 'dokumen',
          },
          {
            id: 'iki-2-2',
            aspect: 'waktu',
            text: 'Laporan penggunaan dana BOS disampaikan tepat waktu',
            target: 4,
            satuan: 'laporan',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'tambahan',
        text: 'Terlaksananya kegiatan kokurikuler dan ekstrakurikuler yang menumbuhkan karakter murid',
        parentRhkId: 'rhk-1',
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'kuantitas',
            text: 'Jumlah projek penguatan profil pelajar Pancasila yang dilaksanakan',
            target: 3,
            satuan: 'projek',
          },
        ],
      },
    ],
    tasks: [
      {
        catalogCode: 'supervisi-akademik',
        rhkId: 'rhk-1',
        ikiId: 'iki-1-1',
        kegiatan: kelas.map((k) => `Melaksanakan supervisi akademik pembelajaran di kelas ${k}`),
        uraian: ['Observasi kelas dilanjutkan percakapan umpan balik dengan guru.', ''],
        satuan: 'guru',
        realisasi: [1, 1],
        minutes: [70, 90],
        weight: 2,
        returnNote: 'Lampirkan instrumen supervisi yang sudah diisi.',
      },
      {
        catalogCode: 'rapat-koordinasi',
        rhkId: 'rhk-1',
        ikiId: 'iki-1-2',
        kegiatan: [
          'Memimpin rapat dinas guru dan tenaga kependidikan',
          'Memimpin pertemuan komunitas belajar (kombel) guru',
          'Mengikuti rapat koordinasi kepala sekolah di Dinas Pendidikan',
        ],
        uraian: ['Notulen rapat dibagikan kepada peserta.', ''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [60, 120],
        weight: 2,
        returnNote: 'Lampirkan notulen dan foto daftar hadir rapat.',
      },
      {
        catalogCode: null,
        rhkId: 'rhk-2',
        ikiId: 'iki-2-1',
        kegiatan: [
          'Memeriksa dan menandatangani SPJ dana BOS',
          'Memeriksa buku kas umum dan bukti belanja sekolah',
          'Memeriksa dan menandatangani surat keluar sekolah',
        ],
        uraian: [''],
        satuan: 'dokumen',
        realisasi: [3, 12],
        minutes: [30, 60],
        weight: 2,
        returnNote: 'Sebutkan dokumen yang diperiksa.',
      },
      {
        catalogCode: null,
        rhkId: 'rhk-3',
        ikiId: 'iki-3-1',
        kegiatan: [
          'Memantau pelaksanaan projek profil pelajar Pancasila tema gaya hidup berkelanjutan',
          'Memantau pelaksanaan projek profil pelajar Pancasila tema kearifan lokal',
        ],
        uraian: [''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [45, 90],
        weight: 1,
        returnNote: 'Lampirkan dokumentasi kegiatan projek.',
      },
    ],
    expectations: {
      kolaboratif:
        'Menggerakkan komunitas belajar sekolah dan melibatkan komite sekolah dalam program sekolah.',
      akuntabel: 'Mengelola dana BOS secara transparan dan menyampaikan laporan tepat waktu.',
      kompeten:
        'Melaksanakan supervisi akademik kepada setiap guru paling sedikit dua kali setahun.',
    },
  };
}

function kepalaDinas(): JobPlan {
  return {
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Meningkatnya mutu layanan pendidikan dasar di Pemerintah Gayungan',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-1-1',
            aspect: 'kualitas',
            text: 'Persentase SD dengan capaian literasi dan numerasi di atas kompetensi minimum',
            target: 80,
            satuan: 'persen',
          },
          {
            id: 'iki-1-2',
            aspect: 'kuantitas',
            text: 'Angka partisipasi murni (APM) SD',
            target: 98,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Terwujudnya tata kelola satuan pendidikan yang akuntabel',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-2-1',
            aspect: 'waktu',
            text: 'Persentase sekolah yang menyampaikan laporan dana BOS tepat waktu',
            target: 100,
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-3',
        kind: 'tambahan',
        text: 'Terlaksananya pembinaan kepala sekolah',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-3-1',
            aspect: 'kuantitas',
            text: 'Jumlah kegiatan pembinaan kepala sekolah',
            target: 4,
            satuan: 'kegiatan',
          },
        ],
      },
    ],
    tasks: [],
    expectations: {},
  };
}

export const schoolPlans = {
  'kepala-dinas': kepalaDinas,
  'kepala-sekolah': kepalaSekolah,
  'guru-kelas': guruKelas,
  'guru-pjok': guruPjok,
  'tata-usaha': tataUsaha,
} as const satisfies Record<string, (c: PlanContext) => JobPlan>;
