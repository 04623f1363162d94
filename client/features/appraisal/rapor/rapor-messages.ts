/** Words of "Rapor saya", the employee's report card of a final appraisal. */
import { defineMessages } from '../../../ui/i18n';

export const raporMessages = defineMessages({
  id: {
    raporTitle: 'Rapor saya · {period}',
    raporBy: 'Dinilai oleh {name}, final pada {date}',
    raporNotYet: 'Rapor belum tersedia',
    raporNotYetBody:
      'Rapor muncul setelah Pejabat Penilai Kinerja memfinalkan penilaian periode ini.',
    howTitle: 'Bagaimana predikat ditentukan',
    aboutLink: 'Tentang penilaian',
    howBody:
      'Setiap RHK dinilai Di Atas, Sesuai, atau Di Bawah Ekspektasi dari realisasi dan bukti dukungnya, lalu hasil kerja dinilai secara keseluruhan. Setiap nilai BerAKHLAK dinilai dengan cara yang sama, lalu perilaku kerja secara keseluruhan. Predikat mengikuti matriks PermenPANRB 6/2022: perilaku di bawah ekspektasi menurunkan predikat walaupun hasil kerja di atas ekspektasi.',
    improveTitle: 'Yang perlu ditingkatkan',
    detailsTitle: 'Rincian penilaian',
    improveNone:
      'Tidak ada area di bawah ekspektasi. Pertahankan, dan baca catatan setiap nilai untuk ruang tumbuh.',
    improveAreas: 'Area di bawah ekspektasi: {areas}.',
    trainingsTitle: 'Pelatihan yang disarankan',
    trainingHours: '{hours} jam pelajaran',
    openAttendance: 'Buka Kehadiran',
  },
  en: {
    raporTitle: 'My report card · {period}',
    raporBy: 'Appraised by {name}, final on {date}',
    raporNotYet: 'No report card yet',
    raporNotYetBody:
      'The report card appears once your appraiser finalises this period’s appraisal.',
    howTitle: 'How the rating follows',
    aboutLink: 'About appraisal',
    howBody:
      'Each RHK is rated above, meeting or below expectation from its results and evidence, then the work results overall. Each BerAKHLAK value is rated the same way, then the behaviour overall. The rating follows the PermenPANRB 6/2022 matrix: behaviour below expectation lowers the rating even when results are above expectation.',
    improveTitle: 'What to improve',
    detailsTitle: 'The appraisal in detail',
    improveNone: 'No area is below expectation. Keep it up, and read each note for room to grow.',
    improveAreas: 'Areas below expectation: {areas}.',
    trainingsTitle: 'Recommended trainings',
    trainingHours: '{hours} lesson hours',
    openAttendance: 'Open Attendance',
  },
});
