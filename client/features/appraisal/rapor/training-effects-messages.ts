/** Words of the Rapor's "did it help?": the rating before and after the development activities. */
import { defineMessages } from '../../../ui/i18n';

export const trainingEffectsMessages = defineMessages({
  id: {
    title: 'Apakah pengembangan membantu?',
    noBefore: 'Belum ada penilaian final sebelumnya untuk dibandingkan.',
    beforeAfter: 'Sebelumnya {before} → sekarang {after}',
    noRating: 'belum dinilai',
    'change.naik': 'naik',
    'change.tetap': 'tetap',
    'change.turun': 'turun',
    from: 'Setelah mengikuti: {titles}',
  },
  en: {
    title: 'Did development help?',
    noBefore: 'No earlier final appraisal to compare with yet.',
    beforeAfter: 'Before {before} → now {after}',
    noRating: 'not rated',
    'change.naik': 'up',
    'change.tetap': 'unchanged',
    'change.turun': 'down',
    from: 'After: {titles}',
  },
});
