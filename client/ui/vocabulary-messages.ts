/**
 * The domain words more than one feature shows, as people read them: the status of a daily
 * activity or of an SKP (which may also not exist yet), an SKP's name, the BerAKHLAK values with their behaviour guides, the IKI aspects and the RHK kinds,
 * the kinds of feedback, the status of an agreed action and the parts of a dialog kinerja
 * (codes from core/activity-status.ts and core/vocabulary.ts). Words only one feature shows stay
 * in that feature's messages.
 */
import { defineMessages } from './i18n';

export const vocabularyMessages = defineMessages({
  id: {
    'status.draft': 'Draf',
    'status.submitted': 'Diajukan',
    'status.approved': 'Disetujui',
    'status.returned': 'Dikembalikan',
    'status.none': 'Belum disusun',
    skpOfYear: 'SKP tahun {year}',
    'value.berorientasi-pelayanan': 'Berorientasi Pelayanan',
    'value.akuntabel': 'Akuntabel',
    'value.kompeten': 'Kompeten',
    'value.harmonis': 'Harmonis',
    'value.loyal': 'Loyal',
    'value.adaptif': 'Adaptif',
    'value.kolaboratif': 'Kolaboratif',
    'guide.berorientasi-pelayanan':
      'Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif, dan dapat diandalkan; terus melakukan perbaikan.',
    'guide.akuntabel':
      'Jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi; menggunakan barang milik negara secara bertanggung jawab; tidak menyalahgunakan kewenangan.',
    'guide.kompeten':
      'Meningkatkan kompetensi diri; membantu orang lain belajar; melaksanakan tugas dengan kualitas terbaik.',
    'guide.harmonis':
      'Menghargai setiap orang apa pun latar belakangnya; suka menolong orang lain; membangun lingkungan kerja yang kondusif.',
    'guide.loyal':
      'Memegang teguh Pancasila, UUD 1945, NKRI, dan pemerintahan yang sah; menjaga nama baik sesama ASN, pimpinan, instansi, dan negara; menjaga rahasia jabatan.',
    'guide.adaptif':
      'Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi; bertindak proaktif.',
    'guide.kolaboratif':
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka bekerja sama untuk menghasilkan nilai tambah; menggerakkan sumber daya untuk tujuan bersama.',
    'aspect.kuantitas': 'Kuantitas',
    'aspect.kualitas': 'Kualitas',
    'aspect.waktu': 'Waktu',
    'aspect.biaya': 'Biaya',
    'kind.utama': 'Utama',
    'kind.tambahan': 'Tambahan',
    'feedbackKind.apresiasi': 'Apresiasi',
    'feedbackKind.perlu-perbaikan': 'Perlu perbaikan',
    'feedbackKind.bimbingan': 'Bimbingan',
    'feedbackKind.dialog': 'Dialog kinerja',
    'actionStatus.open': 'Belum selesai',
    'actionStatus.done': 'Selesai',
    'actionStatus.carried': 'Dilanjutkan ke sesi berikutnya',
    'dialogPart.agenda': 'Agenda',
    'dialogPart.wentWell': 'Yang sudah berjalan baik',
    'dialogPart.toImprove': 'Yang perlu ditingkatkan',
    'dialogPart.actions': 'Tindakan pengembangan',
  },
  en: {
    'status.draft': 'Draft',
    'status.submitted': 'Submitted',
    'status.approved': 'Approved',
    'status.returned': 'Returned',
    'status.none': 'Not drafted',
    skpOfYear: 'SKP {year}',
    'value.berorientasi-pelayanan': 'Service-oriented',
    'value.akuntabel': 'Accountable',
    'value.kompeten': 'Competent',
    'value.harmonis': 'Harmonious',
    'value.loyal': 'Loyal',
    'value.adaptif': 'Adaptive',
    'value.kolaboratif': 'Collaborative',
    'guide.berorientasi-pelayanan':
      "Understands and meets the public's needs; friendly, quick, solution-minded, dependable; keeps improving.",
    'guide.akuntabel':
      'Honest, responsible, careful, disciplined, high integrity; uses state property responsibly; does not abuse authority.',
    'guide.kompeten': 'Raises own competence; helps others learn; does tasks at the best quality.',
    'guide.harmonis':
      'Respects everyone whatever their background; helps others; builds a good workplace.',
    'guide.loyal':
      'Holds to Pancasila, UUD 1945, NKRI and lawful government; guards the good name of colleagues, leaders, agency and state; keeps official secrets.',
    'guide.adaptif': 'Adapts quickly to change; keeps innovating; acts proactively.',
    'guide.kolaboratif':
      'Lets others contribute; open to working together to add value; mobilises resources for shared goals.',
    'aspect.kuantitas': 'Quantity',
    'aspect.kualitas': 'Quality',
    'aspect.waktu': 'Time',
    'aspect.biaya': 'Cost',
    'kind.utama': 'Main',
    'kind.tambahan': 'Additional',
    'feedbackKind.apresiasi': 'Appreciation',
    'feedbackKind.perlu-perbaikan': 'To improve',
    'feedbackKind.bimbingan': 'Coaching',
    'feedbackKind.dialog': 'Performance dialogue',
    'actionStatus.open': 'Open',
    'actionStatus.done': 'Done',
    'actionStatus.carried': 'Carried over to the next session',
    'dialogPart.agenda': 'Agenda',
    'dialogPart.wentWell': 'What went well',
    'dialogPart.toImprove': 'What to improve',
    'dialogPart.actions': 'Development actions',
  },
});
