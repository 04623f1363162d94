/** Words of the frame: navigation, page titles, skip link. */
import { defineMessages } from '../ui/i18n';

export const appMessages = defineMessages({
  id: {
    skipToContent: 'Langsung ke konten utama',
    mainNav: 'Navigasi utama',
    navHome: 'Beranda',
    navActivities: 'Kegiatan',
    navPerformance: 'Kinerja',
    navTeam: 'Tim',
    navProfile: 'Profil',
    titleSignIn: 'Masuk',
    titleSkp: 'SKP',
    titleSkpApproval: 'Persetujuan SKP',
    titleAppraisal: 'Penilaian tim',
    titleSyncIssues: 'Perlu diperbaiki',
    titleNotFound: 'Tidak ditemukan',
    brand: 'Kinerja ASN',
    brandHome: 'Kinerja ASN, ke Beranda',
    notifications: 'Pemberitahuan aplikasi',
    storageLow:
      'Ruang penyimpanan perangkat hampir penuh. Kosongkan ruang agar kegiatan baru tetap dapat disimpan.',
  },
  en: {
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    navHome: 'Home',
    navActivities: 'Activities',
    navPerformance: 'Performance',
    navTeam: 'Team',
    navProfile: 'Profile',
    titleSignIn: 'Sign in',
    titleSkp: 'SKP (performance plan)',
    titleSkpApproval: 'SKP approval',
    titleAppraisal: 'Team appraisal',
    titleSyncIssues: 'To fix',
    titleNotFound: 'Not found',
    brand: 'Kinerja ASN',
    brandHome: 'Kinerja ASN, go to Home',
    notifications: 'App notifications',
    storageLow:
      'Device storage is almost full. Free up space so new activities can still be saved.',
  },
});
