/**
 * The scripts of the demo's continuous feedback (demo-feedback.ts builds the documents): what
 * each head wrote to whom and when, what the staff answered, and the dialog kinerja after each
 * final appraisal. The story:
 * - Dewi has an apresiasi with a share proposal she has not consented to yet (the demo journey),
 *   and Rina, in her school, already shared hers: Beranda shows one praktik baik.
 * - Hendra's first bimbingan left one action undone; it was carried over to the next session.
 * - Yoga's punctuality action is overdue; most other actions are done or not yet due.
 * - Agus has had no feedback for more than four weeks (Perlu tindakan lists him for Sri).
 * Scripts speak in calendar days before today; each lands on the working day on or before it.
 */
import type { BerakhlakValue, FeedbackKind } from '../../client/core/vocabulary';
import { NIP } from './demo-people';

/** A message `after` minutes after the feedback was written, on the same day. */
export type Later = { text: string; after: number };

type ActionScript = {
  text: string;
  /** Days after the session it is due. */
  dueIn: number;
  done?: boolean;
  /** Carried over to the session with this key (open there, 'carried' here). */
  carriedTo?: string;
};

export type FeedbackScript = {
  /** Stable name: seeds its id and lets a later session carry this one's actions. */
  key: string;
  nip: string;
  kind: Exclude<FeedbackKind, 'dialog'>;
  daysAgo: number;
  text: string;
  value: BerakhlakValue | null;
  rhkId: string | null;
  /** Refers to the person's latest approved entry of the RHK by then (and its photo). */
  about?: 'activity' | 'photo';
  actions?: readonly ActionScript[];
  /** An apresiasi the head proposes to share with the unit; `consented` by the employee. */
  share?: { text: string; consented: boolean };
  /** The head's follow-up messages. */
  followUps?: readonly Later[];
  /** The employee read it `readAfter` minutes later (unread when absent), and replied. */
  response?: { readAfter: number; replies?: readonly Later[] };
};

export const FEEDBACK: readonly FeedbackScript[] = [
  {
    key: 'dewi-modul',
    nip: NIP.dewi,
    kind: 'apresiasi',
    daysAgo: 4,
    text: 'Modul ajar pecahan senilai yang Ibu susun sangat runtut dan asesmen awalnya jelas. Murid yang biasanya pasif ikut aktif di kelompok kecil.',
    value: 'kompeten',
    rhkId: 'rhk-1',
    about: 'activity',
    share: {
      text: 'Bu Dewi menyusun modul ajar pecahan senilai dengan asesmen awal yang jelas; murid yang pasif ikut aktif di kelompok kecil. Modulnya bisa dipinjam untuk kelas lain.',
      consented: false,
    },
  },
  {
    key: 'dewi-ortu',
    nip: NIP.dewi,
    kind: 'bimbingan',
    daysAgo: 19,
    text: 'Bimbingan kinerja: kita bahas tindak lanjut asesmen. Hasil remedial sudah baik, tetapi catatan perkembangan murid belum rutin dikirim ke orang tua.',
    value: 'berorientasi-pelayanan',
    rhkId: 'rhk-3',
    actions: [
      { text: 'Susun daftar murid remedial per tujuan pembelajaran.', dueIn: 7, done: true },
      {
        text: 'Kirim ringkasan perkembangan belajar kepada orang tua setiap akhir bulan melalui grup kelas.',
        dueIn: 24,
      },
    ],
    response: {
      readAfter: 40,
      replies: [
        { text: 'Baik, Bu. Format ringkasannya saya kirim dulu untuk Ibu periksa.', after: 45 },
      ],
    },
    followUps: [{ text: 'Formatnya sudah bagus, silakan langsung dipakai.', after: 120 }],
  },
  {
    key: 'dewi-foto',
    nip: NIP.dewi,
    kind: 'perlu-perbaikan',
    daysAgo: 26,
    text: 'Foto bukti dukung pembelajaran ini hanya memperlihatkan papan tulis. Ambil foto saat murid bekerja dalam kelompok supaya terlihat pembelajarannya berpusat pada murid.',
    value: 'akuntabel',
    rhkId: 'rhk-2',
    about: 'photo',
    response: { readAfter: 90 },
  },
  {
    key: 'agus-futsal',
    nip: NIP.agus,
    kind: 'apresiasi',
    daysAgo: 45,
    text: 'Terima kasih sudah mengoordinasikan persiapan tim futsal bersama wali kelas; jadwal latihan tidak lagi bertabrakan dengan jam pelajaran.',
    value: 'kolaboratif',
    rhkId: 'rhk-3',
    response: { readAfter: 30, replies: [{ text: 'Sama-sama, Bu. Terima kasih.', after: 32 }] },
  },
  {
    key: 'agus-modul',
    nip: NIP.agus,
    kind: 'perlu-perbaikan',
    daysAgo: 61,
    text: 'Modul ajar PJOK kelas 5 dan 6 belum diunggah ke folder bersama. Mohon dilengkapi agar guru pengganti bisa memakainya bila Bapak bertugas di luar sekolah.',
    value: 'kompeten',
    rhkId: 'rhk-1',
    response: { readAfter: 200 },
  },
  {
    key: 'rina-pojok-baca',
    nip: NIP.rina,
    kind: 'apresiasi',
    daysAgo: 8,
    text: 'Pojok baca kelas 2B sudah hidup: murid bergiliran membawa buku dari rumah dan jurnal membacanya rapi. Jurnal itu bisa dijadikan bukti dukung RHK literasi.',
    value: 'adaptif',
    rhkId: 'rhk-4',

    share: {
      text: 'Pojok baca kelas 2B Bu Rina: murid bergiliran membawa buku dari rumah dan mencatat bacaannya di jurnal membaca. Kelas lain dipersilakan berkunjung saat jam literasi.',
      consented: true,
    },
    response: {
      readAfter: 25,
      replies: [
        { text: 'Terima kasih, Bu. Silakan dibagikan, saya senang kalau ditiru.', after: 30 },
      ],
    },
  },
  {
    key: 'rina-asesmen',
    nip: NIP.rina,
    kind: 'bimbingan',
    daysAgo: 16,
    text: 'Bimbingan kinerja tentang asesmen diagnostik membaca: pengelompokan murid sudah tepat, tetapi hasilnya belum dipakai untuk membedakan tugas di kelas.',
    value: 'kompeten',
    rhkId: 'rhk-2',
    actions: [
      {
        text: 'Ikut observasi kelas 4A Bu Dewi pada pembelajaran berdiferensiasi.',
        dueIn: 7,
        done: true,
      },
      { text: 'Siapkan tiga lembar kerja berjenjang untuk kelompok membaca.', dueIn: 21 },
    ],
    response: { readAfter: 60 },
  },
  {
    key: 'hendra-bos-1',
    nip: NIP.hendra,
    kind: 'bimbingan',
    daysAgo: 33,
    text: 'Bimbingan kinerja tentang laporan dana BOS: bukti belanja dicatat di buku kas umum pada hari yang sama agar laporan triwulan tidak terlambat lagi.',
    value: 'akuntabel',
    rhkId: 'rhk-2',
    actions: [
      {
        text: 'Setiap Jumat siang kita cocokkan buku kas umum dengan bukti belanja selama 30 menit.',
        dueIn: 14,
        done: true,
      },
      {
        text: 'Lengkapi dan arsipkan bukti belanja BOS triwulan lalu yang belum ada.',
        dueIn: 14,
        carriedTo: 'hendra-bos-2',
      },
    ],
    response: {
      readAfter: 20,
      replies: [{ text: 'Siap, Bu. Mulai Jumat ini saya jadwalkan.', after: 25 }],
    },
  },
  {
    key: 'hendra-bos-2',
    nip: NIP.hendra,
    kind: 'bimbingan',
    daysAgo: 12,
    text: 'Bimbingan lanjutan: pencocokan mingguan berjalan. Bukti belanja triwulan lalu baru separuh yang diarsipkan, jadi tindakan itu kita lanjutkan.',
    value: 'akuntabel',
    rhkId: 'rhk-2',
    actions: [
      { text: 'Kirim laporan penggunaan dana BOS bulan ini sebelum tanggal 10.', dueIn: 16 },
    ],
    response: {
      readAfter: 35,
      replies: [
        {
          text: 'Baik, Bu. Bukti belanja Agustus sudah saya lengkapi, tinggal September.',
          after: 40,
        },
      ],
    },
  },
  {
    key: 'hendra-dapodik',
    nip: NIP.hendra,
    kind: 'apresiasi',
    daysAgo: 5,
    text: 'Sinkronisasi Dapodik semester ini selesai sebelum batas waktu dan datanya sudah cocok dengan buku induk. Terima kasih, Pak Hendra.',
    value: 'akuntabel',
    rhkId: 'rhk-1',
    about: 'activity',
  },
  {
    key: 'fajar-video',
    nip: NIP.fajar,
    kind: 'apresiasi',
    daysAgo: 8,
    text: 'Penggunaan video animasi untuk materi sistem pernapasan membuat murid kelas 5 antusias. Pertahankan, dan tambahkan lembar refleksi di akhir pelajaran.',
    value: 'adaptif',
    rhkId: 'rhk-2',
    about: 'photo',
    response: {
      readAfter: 15,
      replies: [
        { text: 'Terima kasih, Bu. Lembar refleksinya saya siapkan minggu ini.', after: 20 },
      ],
    },
  },
  {
    key: 'fajar-nilai',
    nip: NIP.fajar,
    kind: 'perlu-perbaikan',
    daysAgo: 22,
    text: 'Nilai asesmen sumatif lingkup materi 2 belum diinput ke rapor digital sampai batas yang disepakati. Mohon diselesaikan paling lambat Jumat.',
    value: 'akuntabel',
    rhkId: 'rhk-3',
    response: { readAfter: 50 },
  },
  {
    key: 'yoga-disiplin',
    nip: NIP.yoga,
    kind: 'bimbingan',
    daysAgo: 24,
    text: 'Bimbingan kinerja: pelayanan Mas Yoga disukai warga, tetapi loket dibuka pukul 07.00 dan beberapa kali Mas Yoga baru hadir setelah 07.20.',
    value: 'akuntabel',
    rhkId: null,
    actions: [
      {
        text: 'Hadir paling lambat 06.55 selama sebulan ke depan; kita tinjau bersama di akhir bulan.',
        dueIn: 14,
      },
    ],
    response: {
      readAfter: 10,
      replies: [{ text: 'Mohon maaf, Bu Lurah. Saya akan berangkat lebih awal.', after: 12 }],
    },
  },
  {
    key: 'yoga-layanan',
    nip: NIP.yoga,
    kind: 'apresiasi',
    daysAgo: 6,
    text: 'Surat keterangan domisili untuk warga yang mendaftar sekolah selesai di hari yang sama semuanya. Terima kasih, Mas Yoga.',
    value: 'berorientasi-pelayanan',
    rhkId: 'rhk-1',
    about: 'activity',
  },
  {
    key: 'nur-agenda',
    nip: NIP.nur,
    kind: 'apresiasi',
    daysAgo: 3,
    text: 'Agenda surat elektronik yang Mbak Nur rapikan memudahkan pencarian disposisi. Terima kasih.',
    value: 'adaptif',
    rhkId: 'rhk-1',
    about: 'activity',
  },
  {
    key: 'nur-laporan',
    nip: NIP.nur,
    kind: 'perlu-perbaikan',
    daysAgo: 17,
    text: 'Laporan bulanan kelurahan sudah tepat waktu, tetapi lampiran rekap layanan per RW belum lengkap. Lengkapi sebelum dikirim ke kecamatan.',
    value: 'akuntabel',
    rhkId: 'rhk-2',
    response: {
      readAfter: 30,
      replies: [{ text: 'Baik, Bu. Rekap RW 03 dan RW 05 sudah saya tambahkan.', after: 150 }],
    },
  },
  {
    key: 'putri-lansia',
    nip: NIP.putri,
    kind: 'apresiasi',
    daysAgo: 5,
    text: 'Ada warga lansia yang menyampaikan terima kasih karena dibantu mengisi formulir permohonan. Contoh pelayanan yang baik.',
    value: 'berorientasi-pelayanan',
    rhkId: 'rhk-1',
    response: { readAfter: 45, replies: [{ text: 'Terima kasih, Pak Lurah.', after: 46 }] },
  },
  {
    key: 'putri-adminduk',
    nip: NIP.putri,
    kind: 'bimbingan',
    daysAgo: 20,
    text: 'Bimbingan kinerja verifikasi berkas adminduk: masih ada berkas pindah datang yang dikembalikan dinas karena surat pengantar RT/RW tidak lengkap.',
    value: 'kompeten',
    rhkId: 'rhk-2',
    actions: [
      {
        text: 'Pelajari ulang daftar periksa berkas pindah datang dari Dispendukcapil.',
        dueIn: 5,
        done: true,
      },
      {
        text: 'Buat lembar periksa di loket agar warga melengkapi berkas sebelum antre.',
        dueIn: 28,
      },
    ],
    response: { readAfter: 70 },
  },
  {
    key: 'siti-rakor',
    nip: NIP.siti,
    kind: 'apresiasi',
    daysAgo: 7,
    text: 'Rapat koordinasi RT/RW Kelurahan Ketintang berjalan efektif dan notulennya cepat sampai ke kecamatan.',
    value: 'kolaboratif',
    rhkId: 'rhk-2',
    response: { readAfter: 100 },
  },
  {
    key: 'budi-laporan',
    nip: NIP.budi,
    kind: 'perlu-perbaikan',
    daysAgo: 14,
    text: 'Laporan penyelenggaraan pemerintahan Kelurahan Menanggal bulan lalu terlambat tiga hari. Mohon dijadwalkan lebih awal bulan ini.',
    value: 'akuntabel',
    rhkId: 'rhk-3',
    response: {
      readAfter: 60,
      replies: [{ text: 'Siap, Pak Camat. Bulan ini kami kirim tanggal 3.', after: 65 }],
    },
  },
  {
    key: 'ratna-rekap',
    nip: NIP.ratna,
    kind: 'bimbingan',
    daysAgo: 10,
    text: 'Bimbingan kinerja: rekap kebutuhan pelatihan per unit sudah baik; tambahkan prioritas berdasarkan hasil penilaian perilaku.',
    value: 'kompeten',
    rhkId: 'rhk-3',
    actions: [{ text: 'Draf rekap berprioritas dikirim sebelum akhir bulan.', dueIn: 14 }],
    response: { readAfter: 20 },
  },
  {
    key: 'sri-kombel',
    nip: NIP.sri,
    kind: 'apresiasi',
    daysAgo: 15,
    text: 'Komunitas belajar SD Negeri Gayungan I menjadi contoh bagi sekolah lain di kecamatan. Terima kasih atas kepemimpinan Ibu.',
    value: 'kolaboratif',
    rhkId: 'rhk-1',
    response: { readAfter: 80 },
  },
  {
    key: 'suharti-bos',
    nip: NIP.suharti,
    kind: 'apresiasi',
    daysAgo: 18,
    text: 'Laporan dana BOS SD Negeri Ketintang II triwulan ini lengkap dan tepat waktu. Pertahankan.',
    value: 'akuntabel',
    rhkId: 'rhk-2',
  },
];

/** The dialog kinerja after a person's final appraisal: the agenda is the feedback's text. */
export type DialogScript = {
  agenda: string;
  wentWell: string;
  toImprove: string;
  /** Development and career actions, due by the end of the current quarter. */
  actions: readonly { text: string; done?: boolean }[];
  response?: { readAfter: number; replies?: readonly Later[] };
};

export const DIALOGS: Readonly<Record<string, DialogScript>> = {
  [NIP.dewi]: {
    agenda:
      'Dialog kinerja triwulan: hasil penilaian, modul ajar berdiferensiasi, dan rencana pengembangan.',
    wentWell:
      'Perencanaan dan pelaksanaan pembelajaran melampaui target; modul ajar dipakai sebagai contoh di komunitas belajar.',
    toImprove: 'Tindak lanjut asesmen kepada orang tua belum rutin.',
    actions: [
      { text: 'Memandu satu pertemuan komunitas belajar tentang asesmen formatif.', done: true },
      { text: 'Mengikuti pelatihan asesmen formatif di platform pembelajaran guru.' },
    ],
    response: {
      readAfter: 30,
      replies: [
        { text: 'Terima kasih atas dialognya, Bu. Pelatihannya sudah saya daftarkan.', after: 60 },
      ],
    },
  },
  [NIP.agus]: {
    agenda: 'Dialog kinerja triwulan: pembelajaran PJOK dan pembinaan ekstrakurikuler.',
    wentWell: 'Pembinaan futsal menonjol dan kerja sama dengan wali kelas sangat baik.',
    toImprove: 'Modul ajar PJOK belum lengkap untuk semua kelas.',
    actions: [{ text: 'Melengkapi modul ajar PJOK kelas 1 sampai 6.' }],
  },
  [NIP.rina]: {
    agenda: 'Dialog kinerja triwulan: gerakan literasi kelas dan adaptasi Kurikulum Merdeka.',
    wentWell: 'Seluruh RHK tercapai; pojok baca berjalan rutin.',
    toImprove: 'Hasil asesmen diagnostik belum dipakai untuk membedakan tugas.',
    actions: [
      { text: 'Belajar pembelajaran berdiferensiasi bersama Bu Dewi melalui observasi kelas.' },
    ],
    response: { readAfter: 45 },
  },
  [NIP.hendra]: {
    agenda: 'Dialog kinerja triwulan: keterlambatan laporan BOS dan ketertiban bukti belanja.',
    wentWell: 'Pemutakhiran Dapodik tepat waktu dan datanya bersih.',
    toImprove:
      'Laporan penggunaan dana BOS terlambat 9 hari; bukti belanja belum lengkap saat diperiksa.',
    actions: [
      { text: 'Mengikuti pelatihan penyusunan laporan keuangan sekolah.' },
      { text: 'Menyusun jadwal tutup buku bulanan bersama bendahara.', done: true },
    ],
    response: {
      readAfter: 15,
      replies: [
        {
          text: 'Saya terima masukannya, Bu. Triwulan ini laporan saya kirim tepat waktu.',
          after: 20,
        },
      ],
    },
  },
  [NIP.yoga]: {
    agenda: 'Dialog kinerja triwulan: layanan surat keterangan dan kedisiplinan jam masuk.',
    wentWell: 'Layanan surat keterangan melampaui target; warga puas.',
    toImprove: 'Beberapa kali terlambat masuk pada bulan terakhir triwulan.',
    actions: [{ text: 'Mengikuti pelatihan pelayanan prima sampai selesai.' }],
  },
  [NIP.nur]: {
    agenda: 'Dialog kinerja triwulan: persuratan, laporan bulanan dan literasi digital.',
    wentWell: 'Persuratan tertib; laporan bulanan selalu selesai sebelum tanggal 5.',
    toImprove: 'Lampiran rekap layanan per RW kadang tidak lengkap.',
    actions: [
      { text: 'Menyelesaikan pelatihan literasi digital dan menerapkan arsip elektronik.' },
    ],
    response: { readAfter: 25 },
  },
};
