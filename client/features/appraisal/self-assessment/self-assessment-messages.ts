/** Words of the employee's self-assessment (penilaian mandiri) before the appraisal. */
import { defineMessages } from '../../../ui/i18n';

export const selfAssessmentMessages = defineMessages({
  id: {
    selfTitle: 'Penilaian mandiri · {period}',
    aboutLink: 'Tentang penilaian: aturan dan hak Anda',
    selfNoSkp: 'Belum ada SKP untuk tahun periode ini di perangkat ini.',
    selfTargetLine:
      'Target periode {target} {satuan} · tercatat di progres harian {logged} ({entries} entri)',
    selfRealisasi: 'Realisasi menurut saya ({satuan})',
    selfNote: 'Catatan',
    reflectionLabel: 'Refleksi',
    reflectionHint:
      'Apa yang berjalan baik, apa yang menghambat, dan apa yang ingin Anda tingkatkan?',
    saveDraft: 'Simpan draf',
    submitSelf: 'Ajukan penilaian mandiri',
    selfSaved: 'Draf penilaian mandiri tersimpan di perangkat ini.',
    selfSubmitted: 'Penilaian mandiri diajukan. Pejabat Penilai Kinerja melihatnya saat menilai.',
    selfClosed: 'Penilaian periode ini sudah final; penilaian mandiri tidak dapat diubah lagi.',
  },
  en: {
    selfTitle: 'Self-assessment · {period}',
    aboutLink: 'About appraisal: the rules and your rights',
    selfNoSkp: 'There is no SKP for this period’s year on this device.',
    selfTargetLine:
      'Period target {target} {satuan} · logged in daily progress {logged} ({entries} [[entries:entry|entries]])',
    selfRealisasi: 'Actual result as I see it ({satuan})',
    selfNote: 'Note',
    reflectionLabel: 'Reflection',
    reflectionHint: 'What went well, what held you back, and what do you want to improve?',
    saveDraft: 'Save draft',
    submitSelf: 'Submit self-assessment',
    selfSaved: 'Self-assessment draft saved on this device.',
    selfSubmitted: 'Self-assessment submitted. Your appraiser sees it while appraising.',
    selfClosed: 'This period’s appraisal is final; the self-assessment can no longer change.',
  },
});
