/**
 * Words of the head's Penilaian overview: the team's appraisals per period, and the SKPs and
 * objections waiting for them.
 */
import { defineMessages } from '../../ui/i18n';

export const teamAppraisalsMessages = defineMessages({
  id: {
    teamTitle: 'Penilaian kinerja tim',
    appraisalsTitle: 'Evaluasi kinerja per periode',
    periodLabel: 'Periode',
    noReports: 'Tidak ada pegawai yang Anda nilai pada periode ini.',
    notStarted: 'Belum dinilai',
    draftWith: 'Draf · {predikat}',
    finalWith: 'Final · {predikat}',
    startAppraisal: 'Mulai menilai',
    continue: 'Lanjutkan',
    view: 'Lihat',
    openAppraisalOf: 'Penilaian {name}',
    skpsTitle: 'SKP menunggu persetujuan',
    skpOf: 'SKP {name} tahun {year}',
    objectionsTitle: 'Keberatan menunggu keputusan Anda',
    objectedOn: 'diajukan {date}',
    decidedTitle: 'Keberatan yang sudah diputuskan',
  },
  en: {
    teamTitle: 'Team performance appraisal',
    appraisalsTitle: 'Evaluations by period',
    periodLabel: 'Period',
    noReports: 'Nobody reports to you in this period.',
    notStarted: 'Not started',
    draftWith: 'Draft · {predikat}',
    finalWith: 'Final · {predikat}',
    startAppraisal: 'Start appraisal',
    continue: 'Continue',
    view: 'View',
    openAppraisalOf: 'Appraisal of {name}',
    skpsTitle: 'SKPs waiting for approval',
    skpOf: 'SKP of {name} for {year}',
    objectionsTitle: 'Objections waiting for your decision',
    objectedOn: 'filed {date}',
    decidedTitle: 'Decided objections',
  },
});
