/** Words of Beranda's card of the three aspects (the year so far). */
import { defineMessages } from '../../ui/i18n';

export const threeAspectsCardMessages = defineMessages({
  id: {
    title: 'Tiga aspek kinerja',
    range: 'Tahun {year} sampai hari ini',
    openAttendance: 'Buka Kehadiran',
    openRapor: 'Buka Rapor',
    openPerformance: 'Lihat kinerja',
  },
  en: {
    title: 'The three aspects of performance',
    range: '{year} up to today',
    openAttendance: 'Open Attendance',
    openRapor: 'Open report card',
    openPerformance: 'See performance',
  },
});
