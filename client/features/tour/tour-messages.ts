/** Words of the first-run tour: its frame, its buttons, and each step (ids from tour-steps.ts). */
import { defineMessages } from '../../ui/i18n';

export const tourMessages = defineMessages({
  id: {
    title: 'Panduan singkat',
    progress: 'Langkah {n} dari {total}',
    skip: 'Lewati',
    back: 'Sebelumnya',
    next: 'Berikutnya',
    done: 'Selesai',
    hint: 'Bagian yang dijelaskan diberi bingkai. Panduan ini dapat dibuka lagi dari Profil.',
    'step.log.title': 'Catat kegiatan setiap hari',
    'step.log.body':
      'Tulis kegiatan harian Anda dengan bukti dukung di sini, juga tanpa sinyal. Atasan memverifikasinya, dan semuanya menjadi bahan penilaian.',
    'step.sync.title': 'Status sinkron',
    'step.sync.body':
      'Yang Anda catat tersimpan dulu di perangkat ini dan dikirim saat ada jaringan. Baris ini menunjukkan apakah semuanya sudah terkirim.',
    'step.performance.title': 'Kinerja',
    'step.performance.body':
      'SKP Anda, penilaian mandiri setiap periode, dan Rapor dengan setiap nilai beserta alasannya.',
    'step.profile.title': 'Profil',
    'step.profile.body':
      'Di sini ada "Tentang penilaian" (aturan, hak Anda, dan dasar hukumnya), siapa yang melihat data Anda, dan panduan ini lagi.',
    'step.team-head.title': 'Tim',
    'step.team-head.body':
      'Verifikasi kegiatan anggota tim, beri umpan balik, setujui SKP mereka, dan nilai kinerjanya setiap periode.',
    'step.team-atasan.title': 'Tim',
    'step.team-atasan.body':
      'Selain tim Anda sendiri: keberatan yang perlu Anda putuskan sebagai Atasan Pejabat Penilai, dan kalibrasi sebaran predikat dari penilai di bawah Anda.',
    'step.console.title': 'Kelola',
    'step.console.body':
      'Unit kerja, pegawai dan atasannya, periode, katalog, kehadiran, dan capaian kinerja organisasi. Perubahan hanya dapat disimpan saat daring.',
  },
  en: {
    title: 'Quick guide',
    progress: 'Step {n} of {total}',
    skip: 'Skip',
    back: 'Previous',
    next: 'Next',
    done: 'Done',
    hint: 'The part explained has a frame around it. You can open this guide again from Profile.',
    'step.log.title': 'Log your activities every day',
    'step.log.body':
      'Write your daily activities with evidence here, also without signal. Your superior verifies them, and they all feed your appraisal.',
    'step.sync.title': 'Sync status',
    'step.sync.body':
      'What you log is kept on this device first and sent when there is a network. This line shows whether everything has been sent.',
    'step.performance.title': 'Performance',
    'step.performance.body':
      'Your SKP, your self-assessment each period, and your report card with every rating and its reason.',
    'step.profile.title': 'Profile',
    'step.profile.body':
      'Here you find "About appraisal" (the rules, your rights and their legal basis), who sees your data, and this guide again.',
    'step.team-head.title': 'Team',
    'step.team-head.body':
      'Verify your team’s activities, give feedback, approve their SKP and appraise them each period.',
    'step.team-atasan.title': 'Team',
    'step.team-atasan.body':
      'Besides your own team: objections for you to decide as the appraisers’ superior, and the calibration of the ratings the appraisers under you give.',
    'step.console.title': 'Manage',
    'step.console.body':
      'Work units, people and their superiors, periods, catalogs, attendance and organisation ratings. Changes can be saved only online.',
  },
});
