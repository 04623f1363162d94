/** Words of "Siapa yang melihat data saya". */
import { defineMessages } from '../../ui/i18n';

export const privacyMessages = defineMessages({
  id: {
    title: 'Siapa yang melihat data saya',
    intro:
      'Daftar ini dihitung dari aturan akses yang sama dengan yang dijalankan server, dengan susunan organisasi hari ini. Daftar berubah bila organisasi berubah, misalnya ada atasan baru atau Plt.',
    kindActivity: 'Kegiatan harian',
    kindPhoto: 'Foto bukti dukung',
    kindFeedback: 'Umpan balik',
    kindPraktikBaik: 'Praktik baik yang Anda setujui untuk dibagikan',
    kindSkp: 'SKP (rencana hasil kerja)',
    kindAppraisal: 'Penilaian kinerja',
    kindAttendance: 'Kehadiran',
    kindEmployee: 'Data kepegawaian (nama, jabatan, unit, atasan)',
    you: 'Anda sendiri, di perangkat tempat Anda masuk',
    byNip: 'NIP {nip}',
    relSuperior: 'Atasan langsung (Pejabat Penilai Kinerja)',
    relActingSuperior: 'Plt/Plh atasan langsung, selama penugasannya',
    relAtasanPenilai: 'Atasan Pejabat Penilai',
    relReport: 'Bawahan Anda',
    relColleague: 'Rekan satu unit',
    relOther: 'Pejabat lain menurut struktur organisasi',
    fetchOnly:
      'membuka satu per satu saat memeriksa kegiatan Anda; tidak disinkronkan ke perangkatnya',
    citedOnly:
      'hanya yang dikutip sebagai bukti dukung dalam penilaian final Anda, dibuka satu per satu saat memutuskan keberatan; tidak disinkronkan ke perangkatnya',
    pengelola: 'Pengelola Kinerja dan admin, karena tugasnya mengelola data kepegawaian',
    notReadBy: 'Tidak dapat melihat: {names}',
    whyTitle: 'Mengapa begini',
    why: 'Kegiatan, foto, umpan balik, dan kehadiran Anda hanya untuk Anda dan atasan langsung yang menilai Anda. SKP dan penilaian juga dibaca Atasan Pejabat Penilai, yang memutuskan keberatan (PP 30/2019). Rekan kerja tidak dapat membukanya.',
  },
  en: {
    title: 'Who sees my data',
    intro:
      'This list is worked out from the same access rules the server enforces, with today’s organisation. It changes when the organisation changes, for example a new head or a Plt.',
    kindActivity: 'Daily activities',
    kindPhoto: 'Evidence photos',
    kindFeedback: 'Feedback',
    kindPraktikBaik: 'Good practice you agreed to share',
    kindSkp: 'SKP (performance plan)',
    kindAppraisal: 'Performance appraisal',
    kindAttendance: 'Attendance',
    kindEmployee: 'Staff record (name, position, unit, superior)',
    you: 'You, on the devices you sign in on',
    byNip: 'NIP {nip}',
    relSuperior: 'Direct superior (appraiser)',
    relActingSuperior: 'Acting superior (Plt/Plh), while acting',
    relAtasanPenilai: 'Appraiser’s superior (Atasan Pejabat Penilai)',
    relReport: 'Your staff',
    relColleague: 'Colleague in your unit',
    relOther: 'Another official, by the organisation chart',
    fetchOnly:
      'opens them one at a time when reviewing your activities; never synced to their device',
    citedOnly:
      'only those cited as evidence in your final appraisal, opened one at a time when deciding an objection; never synced to their device',
    pengelola: 'The Pengelola Kinerja and the admin, who keep the staff records',
    notReadBy: 'Cannot see it: {names}',
    whyTitle: 'Why it is so',
    why: 'Your activities, photos, feedback and attendance are for you and the direct superior who appraises you. Your SKP and appraisal are also read by the appraiser’s superior, who decides objections (PP 30/2019). Colleagues cannot open them.',
  },
});
