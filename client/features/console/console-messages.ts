/** Words of the console frame: its title, sections and the offline notice. */
import { defineMessages } from '../../ui/i18n';

export const consoleMessages = defineMessages({
  id: {
    title: 'Kelola organisasi',
    sectionsNav: 'Bagian kelola organisasi',
    units: 'Unit kerja',
    people: 'Pegawai',
    periods: 'Periode',
    catalogs: 'Katalog',
    development: 'Pengembangan kompetensi',
    attendance: 'Kehadiran',
    ratings: 'Nilai organisasi',
    import: 'Impor & ekspor',
    audit: 'Riwayat perubahan',
    settings: 'Pengaturan',
    offline:
      'Luring: data yang tampil adalah hasil sinkron terakhir dan hanya dapat dibaca. Perubahan dapat dilakukan lagi saat tersambung.',
    readOnlyHint: 'Tersedia saat tersambung',
    noSection: 'Bagian ini tidak ada. Pilih salah satu bagian di atas.',
  },
  en: {
    title: 'Manage the organisation',
    sectionsNav: 'Organisation sections',
    units: 'Work units',
    people: 'People',
    periods: 'Periods',
    catalogs: 'Catalogs',
    development: 'Competency development',
    attendance: 'Attendance',
    ratings: 'Organisation ratings',
    import: 'Import & export',
    audit: 'Change history',
    settings: 'Settings',
    offline:
      'Offline: what you see is the last synced data and is read-only. Changes are possible again once connected.',
    readOnlyHint: 'Available when connected',
    noSection: 'There is no such section. Choose one of the sections above.',
  },
});
