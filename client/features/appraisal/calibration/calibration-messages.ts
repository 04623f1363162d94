/** Words of the calibration screen of the Atasan Pejabat Penilai Kinerja. */
import { defineMessages } from '../../../ui/i18n';

export const calibrationMessages = defineMessages({
  id: {
    title: 'Kalibrasi penilaian',
    intro:
      'Sebaran predikat dari penilaian final yang diberikan Pejabat Penilai Kinerja di bawah Anda, per periode, dibandingkan dengan kurva distribusi SE MenPANRB 03/2023, beserta petunjuk bias. Bahan pembinaan: penilaian final tidak berubah karenanya.',
    cardBody:
      'Periksa sebaran predikat yang diberikan Pejabat Penilai Kinerja di bawah Anda terhadap kurva distribusi dan petunjuk bias.',
    open: 'Buka kalibrasi',
    noAppraisers:
      'Tidak ada Pejabat Penilai Kinerja di bawah Anda yang datanya tersimpan di perangkat ini.',
    noAppraisals:
      'Pejabat ini belum menulis penilaian. Setiap penilaian yang ditulisnya, draf maupun final, sampai ke perangkat Anda saat sinkronisasi.',
    counts: '{finals} penilaian final · {drafts} masih draf',
    noFinals: 'Belum ada penilaian final pada periode ini.',
    spreadCaption: 'Sebaran predikat ({total} penilaian final)',
    colPredikat: 'Predikat',
    colCount: 'Jumlah',
    colShare: 'Persentase',
    colName: 'Pegawai',
    colHasil: 'Hasil kerja',
    colPerilaku: 'Perilaku kerja',
    listCaption: 'Penilaian final periode ini',
    orgRatingOf: 'Capaian kinerja organisasi {unit}: {rating}.',
    orgRatingNone:
      'Capaian kinerja organisasi {unit} belum ditetapkan; kurva distribusi belum dapat diperiksa.',
    curveOk: 'Sebaran predikat sesuai kurva distribusi SE MenPANRB 03/2023.',
    curvePending:
      '{pending} dari {total} pegawai belum dinilai final; kurva diperiksa setelah semua dinilai final.',
    curveBroken: 'Sebaran predikat melanggar kurva distribusi SE MenPANRB 03/2023:',
    hintLeniencyHasil:
      'Semua {count} pegawai mendapat nilai hasil kerja {rating} (kemungkinan kelonggaran).',
    hintLeniencyPerilaku:
      'Semua {count} pegawai mendapat nilai perilaku kerja {rating} (kemungkinan kelonggaran).',
    hintAllTop: 'Semua {count} pegawai berpredikat Sangat Baik (kemungkinan kelonggaran).',
    hintHalo: 'Ketujuh nilai BerAKHLAK {name} diberi {rating} (kemungkinan efek halo).',
    noHints: 'Tidak ada petunjuk bias pada penilaian ini.',
  },
  en: {
    title: 'Appraisal calibration',
    intro:
      'The spread of ratings in the final appraisals by the appraisers under you, per period, against the SE MenPANRB 03/2023 distribution curve, with bias hints. For coaching: final appraisals do not change because of it.',
    cardBody:
      'Check the spread of ratings the appraisers under you give against the distribution curve and the bias hints.',
    open: 'Open calibration',
    noAppraisers: 'No appraiser under you has data on this device.',
    noAppraisals:
      'This appraiser has not written an appraisal yet. Every appraisal they write, draft or final, reaches your device when it syncs.',
    counts: '{finals} final appraisals · {drafts} still in draft',
    noFinals: 'No final appraisal in this period yet.',
    spreadCaption: 'Spread of ratings ({total} final appraisals)',
    colPredikat: 'Rating',
    colCount: 'Count',
    colShare: 'Share',
    colName: 'Employee',
    colHasil: 'Work results',
    colPerilaku: 'Work behaviour',
    listCaption: 'Final appraisals of this period',
    orgRatingOf: 'Organisation rating of {unit}: {rating}.',
    orgRatingNone:
      'The organisation rating of {unit} is not set; the distribution curve cannot be checked yet.',
    curveOk: 'The spread fits the SE MenPANRB 03/2023 distribution curve.',
    curvePending:
      '{pending} of {total} people not finally rated yet; the curve is checked once everyone is.',
    curveBroken: 'The spread breaks the SE MenPANRB 03/2023 distribution curve:',
    hintLeniencyHasil:
      'All {count} people got the work results rating {rating} (possible leniency).',
    hintLeniencyPerilaku:
      'All {count} people got the behaviour rating {rating} (possible leniency).',
    hintAllTop: 'All {count} people are rated Sangat Baik (possible leniency).',
    hintHalo: 'All seven BerAKHLAK values of {name} are rated {rating} (possible halo effect).',
    noHints: 'No bias hints in these appraisals.',
  },
});
