/**
 * The fixed words of PermenPANRB 6/2022 about appraisals: ratings, predikat, organisation ratings,
 * and the names Hasil Kerja and Perilaku Kerja (codes from core/vocabulary.ts), shown by the
 * appraisal screens, the predikat matrix and "Tentang penilaian". BerAKHLAK values, IKI aspects
 * and RHK kinds are shared with the SKP screens: vocabulary-messages.ts.
 */
import { defineMessages } from './i18n';

export const appraisalVocabularyMessages = defineMessages({
  id: {
    'rating.di-atas': 'Di Atas Ekspektasi',
    'rating.sesuai': 'Sesuai Ekspektasi',
    'rating.di-bawah': 'Di Bawah Ekspektasi',
    'ratingShort.di-atas': 'Di Atas',
    'ratingShort.sesuai': 'Sesuai',
    'ratingShort.di-bawah': 'Di Bawah',
    'predikat.sangat-baik': 'Sangat Baik',
    'predikat.baik': 'Baik',
    'predikat.butuh-perbaikan': 'Butuh Perbaikan',
    'predikat.kurang': 'Kurang/Misconduct',
    'predikat.sangat-kurang': 'Sangat Kurang',
    'org.istimewa': 'Istimewa',
    'org.baik': 'Baik',
    'org.butuh-perbaikan': 'Butuh Perbaikan',
    'org.kurang': 'Kurang',
    'org.sangat-kurang': 'Sangat Kurang',
    hasilKerja: 'Hasil Kerja',
    perilaku: 'Perilaku Kerja',
  },
  en: {
    'rating.di-atas': 'Above expectation',
    'rating.sesuai': 'Meets expectation',
    'rating.di-bawah': 'Below expectation',
    'ratingShort.di-atas': 'Above',
    'ratingShort.sesuai': 'Meets',
    'ratingShort.di-bawah': 'Below',
    'predikat.sangat-baik': 'Very good (Sangat Baik)',
    'predikat.baik': 'Good (Baik)',
    'predikat.butuh-perbaikan': 'Needs improvement (Butuh Perbaikan)',
    'predikat.kurang': 'Poor/Misconduct (Kurang)',
    'predikat.sangat-kurang': 'Very poor (Sangat Kurang)',
    'org.istimewa': 'Outstanding (Istimewa)',
    'org.baik': 'Good (Baik)',
    'org.butuh-perbaikan': 'Needs improvement',
    'org.kurang': 'Poor',
    'org.sangat-kurang': 'Very poor',
    hasilKerja: 'Work results',
    perilaku: 'Work behaviour',
  },
});
