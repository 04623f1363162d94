/** Continuous feedback (apresiasi, umpan balik) and coaching sessions (bimbingan kinerja) from heads to staff. */
import type { BerakhlakValue, FeedbackKind } from '../../client/core/vocabulary';
import { NIP } from './demo-people';

export type FeedbackScript = {
  nip: string;
  kind: FeedbackKind;
  /** Working days before today. */
  daysAgo: number;
  text: string;
  value: BerakhlakValue | null;
  rhkId: string | null;
  /** A bimbingan's agreed actions, each due two weeks after the session. */
  actions: readonly string[];
  /** An apresiasi the head proposes to share with the unit as a praktik baik. */
  share: string | null;
};

export const FEEDBACK: readonly FeedbackScript[] = [
  {
    nip: NIP.dewi,
    kind: 'apresiasi',
    daysAgo: 12,
    text: 'Modul ajar pecahan senilai yang Ibu susun sangat runtut dan asesmen awalnya jelas. Murid yang biasanya pasif ikut aktif di kelompok kecil.',
    value: 'kompeten',
    rhkId: 'rhk-1',
    actions: [],
    share:
      'Bu Dewi menyusun modul ajar pecahan senilai dengan asesmen awal yang jelas; murid yang pasif ikut aktif di kelompok kecil. Modulnya bisa dipinjam untuk kelas lain.',
  },
  {
    nip: NIP.dewi,
    kind: 'bimbingan',
    daysAgo: 4,
    text: 'Bimbingan kinerja: kita bahas tindak lanjut asesmen. Hasil remedial sudah baik, tetapi catatan perkembangan murid belum rutin dikirim ke orang tua.',
    value: 'berorientasi-pelayanan',
    rhkId: 'rhk-3',
    actions: [
      'Kirim ringkasan perkembangan belajar kepada orang tua setiap akhir bulan melalui grup kelas.',
    ],
    share: null,
  },
  {
    nip: NIP.agus,
    kind: 'apresiasi',
    daysAgo: 9,
    text: 'Terima kasih sudah mengoordinasikan persiapan tim futsal bersama wali kelas; jadwal latihan tidak lagi bertabrakan dengan jam pelajaran.',
    value: 'kolaboratif',
    rhkId: 'rhk-3',
    actions: [],
    share: null,
  },
  {
    nip: NIP.hendra,
    kind: 'bimbingan',
    daysAgo: 14,
    text: 'Bimbingan kinerja tentang laporan dana BOS: bukti belanja dicatat di buku kas umum pada hari yang sama agar laporan triwulan tidak terlambat lagi.',
    value: 'akuntabel',
    rhkId: 'rhk-2',
    actions: [
      'Setiap Jumat siang kita cocokkan buku kas umum dengan bukti belanja selama 30 menit.',
    ],
    share: null,
  },
  {
    nip: NIP.rina,
    kind: 'apresiasi',
    daysAgo: 6,
    text: 'Pojok baca kelas 2B sudah hidup. Jurnal membaca murid bisa dijadikan bukti dukung RHK literasi.',
    value: 'adaptif',
    rhkId: 'rhk-4',
    actions: [],
    share: null,
  },
  {
    nip: NIP.fajar,
    kind: 'apresiasi',
    daysAgo: 8,
    text: 'Penggunaan video animasi untuk materi sistem pernapasan membuat murid kelas 5 antusias. Pertahankan, dan tambahkan lembar refleksi di akhir pelajaran.',
    value: 'adaptif',
    rhkId: 'rhk-2',
    actions: [],
    share: null,
  },
  {
    nip: NIP.yoga,
    kind: 'bimbingan',
    daysAgo: 10,
    text: 'Bimbingan kinerja: pelayanan Mas Yoga disukai warga, tetapi loket dibuka pukul 07.00 dan beberapa kali Mas Yoga baru hadir setelah 07.20.',
    value: 'akuntabel',
    rhkId: null,
    actions: [
      'Hadir paling lambat 06.55 selama sebulan ke depan; kita tinjau bersama di akhir bulan.',
    ],
    share: null,
  },
  {
    nip: NIP.nur,
    kind: 'apresiasi',
    daysAgo: 3,
    text: 'Agenda surat elektronik yang Mbak Nur rapikan memudahkan pencarian disposisi. Terima kasih.',
    value: 'adaptif',
    rhkId: 'rhk-1',
    actions: [],
    share: null,
  },
  {
    nip: NIP.putri,
    kind: 'apresiasi',
    daysAgo: 5,
    text: 'Ada warga lansia yang menyampaikan terima kasih karena dibantu mengisi formulir permohonan. Contoh pelayanan yang baik.',
    value: 'berorientasi-pelayanan',
    rhkId: 'rhk-1',
    actions: [],
    share: null,
  },
  {
    nip: NIP.siti,
    kind: 'apresiasi',
    daysAgo: 7,
    text: 'Rapat koordinasi RT/RW Kelurahan Ketintang berjalan efektif dan notulennya cepat sampai ke kecamatan.',
    value: 'kolaboratif',
    rhkId: 'rhk-2',
    actions: [],
    share: null,
  },
  {
    nip: NIP.ratna,
    kind: 'bimbingan',
    daysAgo: 11,
    text: 'Bimbingan kinerja: rekap kebutuhan pelatihan per unit sudah baik; tambahkan prioritas berdasarkan hasil penilaian perilaku.',
    value: 'kompeten',
    rhkId: 'rhk-3',
    actions: ['Draf rekap berprioritas dikirim sebelum akhir bulan.'],
    share: null,
  },
];
