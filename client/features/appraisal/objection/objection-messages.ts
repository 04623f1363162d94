/**
 * Words of an objection (keberatan, PP 30/2019 Pasal 59): the employee's answer to a final
 * appraisal and the days left to object, the Atasan Pejabat Penilai Kinerja deciding it, and the
 * decision as everyone then reads it.
 */
import { defineMessages } from '../../../ui/i18n';

export const objectionMessages = defineMessages({
  id: {
    responseTitle: 'Tanggapan Anda',
    accept: 'Terima',
    object: 'Ajukan keberatan',
    sendObjection: 'Kirim keberatan',
    reasonsLabel: 'Alasan keberatan',
    reasonsHint:
      'Tuliskan alasan dan buktinya (paling sedikit {min} karakter). Keberatan diputuskan oleh Atasan Pejabat Penilai Kinerja.',
    acceptedOn: 'Anda menerima penilaian ini pada {date}.',
    youObjectedOn: 'Anda mengajukan keberatan pada {date}:',
    waitingDecision: 'Menunggu keputusan Atasan Pejabat Penilai Kinerja.',
    countdownDays: 'Sisa {days} hari untuk mengajukan keberatan (sampai {date}).',
    countdownLastDay: 'Hari ini hari terakhir untuk mengajukan keberatan ({date}).',
    countdownClosed: 'Batas waktu keberatan sudah lewat ({date}).',
    decisionHeading: 'Keputusan atas keberatan ({date}), bersifat final:',
    decisionUpheld: 'Penilaian dipertahankan; predikat tetap {predikat}.',
    decisionChanged:
      'Nilai diubah: hasil kerja {hasil}, perilaku kerja {perilaku}; predikat berubah dari {before} menjadi {predikat}.',
    decisionRatingsSamePredikat:
      'Nilai diubah: hasil kerja {hasil}, perilaku kerja {perilaku}; predikat tetap {predikat}.',
    decisionReason: 'Alasan: {reason}',
    noObjection: 'Tidak ada keberatan atas penilaian ini di perangkat ini.',
    decisionTitle: 'Keberatan {name}',
    appraiserLine: 'Pejabat Penilai Kinerja: {name}',
    objectionReasons: 'Alasan keberatan',
    objectedOn: 'Diajukan {date}',
    decideTitle: 'Keputusan Anda',
    decisionDone: 'Keputusan',
    outcomeLegend: 'Hasil keputusan',
    outcomeUpheld: 'Pertahankan penilaian',
    outcomeChanged: 'Ubah nilai',
    newHasil: 'Nilai hasil kerja yang baru',
    newPerilaku: 'Nilai perilaku kerja yang baru',
    reasonLabel: 'Alasan keputusan',
    finalWarning: 'Keputusan ini final dan terlihat oleh pegawai dan Pejabat Penilai Kinerja.',
    decide: 'Putuskan',
    confirmTitle: 'Putuskan keberatan {name}?',
    confirmFinal:
      'Keputusan ini final: setelah disimpan tidak dapat dibatalkan atau diubah, oleh Anda maupun orang lain.',
    confirmBack: 'Periksa lagi',
    confirmDecide: 'Ya, putuskan',
    reasonsTooShort:
      'Alasan keberatan paling sedikit {min} karakter; baru {count} karakter. Tambahkan alasan dan buktinya.',
  },
  en: {
    responseTitle: 'Your response',
    accept: 'Accept',
    object: 'Object',
    sendObjection: 'Send objection',
    reasonsLabel: 'Reasons for the objection',
    reasonsHint:
      'Write your reasons and evidence (at least {min} characters). The appraiser’s superior decides the objection.',
    acceptedOn: 'You accepted this appraisal on {date}.',
    youObjectedOn: 'You objected on {date}:',
    waitingDecision: 'Waiting for the decision of the appraiser’s superior.',
    countdownDays: '{days} [[days:day|days]] left to object (until {date}).',
    countdownLastDay: 'Today is the last day to object ({date}).',
    countdownClosed: 'The time to object has passed ({date}).',
    decisionHeading: 'Decision on the objection ({date}), final:',
    decisionUpheld: 'The appraisal stands; the rating remains {predikat}.',
    decisionChanged:
      'Ratings changed: work results {hasil}, work behaviour {perilaku}; the rating changes from {before} to {predikat}.',
    decisionRatingsSamePredikat:
      'Ratings changed: work results {hasil}, work behaviour {perilaku}; the rating remains {predikat}.',
    decisionReason: 'Reason: {reason}',
    noObjection: 'There is no objection to this appraisal on this device.',
    decisionTitle: 'Objection of {name}',
    appraiserLine: 'Appraiser: {name}',
    objectionReasons: 'Reasons for the objection',
    objectedOn: 'Filed {date}',
    decideTitle: 'Your decision',
    decisionDone: 'Decision',
    outcomeLegend: 'Outcome',
    outcomeUpheld: 'Uphold the appraisal',
    outcomeChanged: 'Change the ratings',
    newHasil: 'New work results rating',
    newPerilaku: 'New work behaviour rating',
    reasonLabel: 'Reason for the decision',
    finalWarning: 'This decision is final and shown to the employee and the appraiser.',
    decide: 'Decide',
    confirmTitle: 'Decide the objection of {name}?',
    confirmFinal:
      'This decision is final: once saved it cannot be undone or changed, by you or anyone else.',
    confirmBack: 'Review again',
    confirmDecide: 'Yes, decide',
    reasonsTooShort:
      'The reasons need at least {min} characters; so far {count}. Add your reasons and evidence.',
  },
});
