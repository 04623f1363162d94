/**
 * Words of the rules sections of "Tentang penilaian": the distribution curve (its rules are
 * composed from core's CURVE_RULES), the employee's rights and the three aspects.
 */
import { defineMessages } from '../../ui/i18n';

export const aboutRulesMessages = defineMessages({
  id: {
    curveTitle: 'Kurva distribusi: mengapa tidak semua bisa Sangat Baik',
    curveWhy:
      'Predikat pegawai mengikuti capaian organisasinya. Setiap periode Pengelola Kinerja menetapkan capaian kinerja unit Anda, dan capaian itu membatasi sebaran predikat pegawainya. Unit yang istimewa boleh memiliki banyak pegawai Sangat Baik; unit yang tidak mencapai targetnya tidak. Dengan begitu predikat tidak dibagikan rata, dan Sangat Baik berarti sama di semua unit.',
    curveHead:
      'Bagi pegawai yang memimpin unit, capaian kinerja unitnya menjadi nilai hasil kerjanya.',
    curveWarns:
      'Aplikasi memperingatkan atasan bila sebaran predikat timnya melanggar aturan ini; aplikasi tidak menghalangi penilaian.',
    curveCaption: 'Sebaran predikat pegawai menurut capaian kinerja organisasi',
    curveOrg: 'Capaian organisasi',
    curveRules: 'Sebaran predikat pegawai',
    curveYourUnit: 'Unit Anda, {period}',
    ruleAtMostShare: 'paling banyak {share} {predikat}',
    ruleAtLeastShare: 'paling sedikit {share} {predikat}',
    ruleAtMostCount: 'paling banyak {count} orang {predikat}',
    ruleAtLeastCount: 'paling sedikit {count} orang {predikat}',
    ruleNone: 'tidak ada yang {predikat}',
    rightsTitle: 'Hak Anda',
    rightSelf: 'Menilai diri sendiri lebih dulu',
    rightSelfBody:
      'Sebelum atasan menilai, Anda mengisi penilaian mandiri: realisasi setiap indikator dan refleksi atas periode itu. Atasan membacanya saat menilai. Langkah ini ditambahkan aplikasi agar penilaian adil; peraturan tidak mewajibkannya.',
    rightReason: 'Alasan untuk setiap nilai',
    rightReasonBody:
      'Setiap nilai hasil kerja dan perilaku kerja disertai alasan dan bukti dukung (kegiatan, foto, umpan balik), yang dapat Anda baca di Rapor.',
    rightObject: 'Mengajukan keberatan',
    rightObjectBody:
      'Dalam {days} hari sejak penilaian final, Anda dapat menerima hasilnya atau mengajukan keberatan tertulis dengan alasan kepada Atasan Pejabat Penilai.',
    rightObjectOpen: 'Untuk penilaian {period}, batasnya {date}.',
    rightObjectAccepted: 'Anda sudah menerima penilaian {period}.',
    rightObjectObjected: 'Anda sudah mengajukan keberatan atas penilaian {period}.',
    rightDecision: 'Keputusan Atasan Pejabat Penilai',
    rightDecisionBody:
      'Atasan Pejabat Penilai mendengar kedua pihak, lalu menguatkan penilaian atau mengubah nilainya, dengan alasan. Keputusan itu final.',
    aspectsTitle: 'Tiga aspek, dan dari mana asalnya',
    aspectAttendance: 'Kehadiran',
    aspectAttendanceBody:
      'Rekap kehadiran setiap bulan (hadir, cuti, sakit, tanpa keterangan, menit terlambat), diimpor Pengelola Kinerja dari data presensi. Atasan membacanya sebagai konteks nilai {akuntabel} (disiplin); kehadiran bukan nilai tersendiri.',
    aspectQuality: 'Kualitas pekerjaan',
    aspectQualityBody:
      'Nilai hasil kerja: setiap RHK dinilai dari realisasi indikatornya, dengan bukti dari kegiatan harian dan foto yang Anda catat.',
    aspectTeam: 'Kontribusi terhadap tim',
    aspectTeamBody:
      'Nilai perilaku kerja, terutama {kolaboratif} dan {harmonis}, dengan umpan balik atasan sebagai buktinya.',
  },
  en: {
    curveTitle: 'The distribution curve: why not everyone can be Sangat Baik',
    curveWhy:
      'Staff ratings follow their organisation’s achievement. Each period the Pengelola Kinerja sets your unit’s organisation rating, and that rating bounds how its staff’s predikat may be spread. An outstanding unit may have many staff rated very good; a unit that missed its targets may not. So ratings are not handed out evenly, and very good means the same in every unit.',
    curveHead:
      'For an employee who heads a unit, the unit’s rating becomes their work results rating.',
    curveWarns:
      'The app warns a superior when their team’s spread breaks these rules; it does not stop the appraisal.',
    curveCaption: 'Spread of staff predikat by organisation rating',
    curveOrg: 'Organisation rating',
    curveRules: 'Spread of staff predikat',
    curveYourUnit: 'Your unit, {period}',
    ruleAtMostShare: 'at most {share} {predikat}',
    ruleAtLeastShare: 'at least {share} {predikat}',
    ruleAtMostCount: 'at most {count} rated {predikat}',
    ruleAtLeastCount: 'at least {count} rated {predikat}',
    ruleNone: 'nobody rated {predikat}',
    rightsTitle: 'Your rights',
    rightSelf: 'Assess yourself first',
    rightSelfBody:
      'Before your superior rates you, you fill in a self-assessment: what each indicator achieved and a reflection on the period. Your superior reads it while rating. The app adds this step for a fair appraisal; the regulation does not require it.',
    rightReason: 'A reason for every rating',
    rightReasonBody:
      'Every work results and work behaviour rating comes with a reason and evidence (activities, photos, feedback) that you can read in your report card.',
    rightObject: 'Object',
    rightObjectBody:
      'Within {days} days of the final appraisal you may accept the result or object in writing, with reasons, to the appraiser’s superior (Atasan Pejabat Penilai).',
    rightObjectOpen: 'For the appraisal of {period}, the last day is {date}.',
    rightObjectAccepted: 'You accepted the appraisal of {period}.',
    rightObjectObjected: 'You objected to the appraisal of {period}.',
    rightDecision: 'The decision of the appraiser’s superior',
    rightDecisionBody:
      'The appraiser’s superior hears both sides, then upholds the appraisal or changes its ratings, with a reason. That decision is final.',
    aspectsTitle: 'The three aspects, and where each comes from',
    aspectAttendance: 'Attendance',
    aspectAttendanceBody:
      'Each month’s attendance summary (present, leave, sick, absent, minutes late), imported by the Pengelola Kinerja from the attendance records. Your superior reads it as context for {akuntabel} (discipline); attendance is not a rating of its own.',
    aspectQuality: 'Quality of work',
    aspectQualityBody:
      'The work results rating: each RHK is rated on what its indicators achieved, with evidence from the daily activities and photos you log.',
    aspectTeam: 'Contribution to the team',
    aspectTeamBody:
      'The work behaviour rating, above all {kolaboratif} and {harmonis}, with your superior’s feedback as evidence.',
  },
});
