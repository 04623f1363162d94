/**
 * Words of the employee's Kinerja overview: their SKPs, their appraisals per period, and for
 * heads the way to appraise.
 */
import { defineMessages } from '../../ui/i18n';

export const myAppraisalsMessages = defineMessages({
  id: {
    overviewTitle: 'Kinerja saya',
    teamCardTitle: 'Penilaian tim',
    teamCardBody:
      'Nilai kinerja pegawai yang Anda nilai, setujui SKP mereka, dan putuskan keberatan.',
    toTeamAppraisal: 'Buka penilaian tim',
    skpCardTitle: 'Sasaran Kinerja Pegawai (SKP)',
    allSkp: 'Semua SKP saya',
    appraisalsCardTitle: 'Evaluasi kinerja',
    beingAppraised: 'Sedang dinilai',
    notAppraised: 'Belum dinilai',
    openRapor: 'Rapor saya',
    selfAssessment: 'Penilaian mandiri',
  },
  en: {
    overviewTitle: 'My performance',
    teamCardTitle: 'Team appraisal',
    teamCardBody: 'Appraise the people you appraise, approve their SKP, and decide objections.',
    toTeamAppraisal: 'Open team appraisal',
    skpCardTitle: 'Performance plan (SKP)',
    allSkp: 'All my SKPs',
    appraisalsCardTitle: 'Performance evaluations',
    beingAppraised: 'Being appraised',
    notAppraised: 'Not appraised yet',
    openRapor: 'My report card',
    selfAssessment: 'Self-assessment',
  },
});
