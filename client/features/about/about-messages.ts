/**
 * Words of "Tentang penilaian": the page, what appraisal is for, the year's cycle and how the
 * predikat follows. The rules sections are in about-rules-messages.ts, "Dasar hukum" in
 * legal-basis-messages.ts.
 */
import { defineMessages } from '../../ui/i18n';

export const aboutMessages = defineMessages({
  id: {
    title: 'Tentang penilaian',
    intro:
      'Bagaimana kinerja Anda direncanakan, dinilai, dan ditindaklanjuti, dan peraturan yang mendasarinya. Periode dan nilai di halaman ini diambil dari data Anda di perangkat ini.',
    basis: 'Dasar:',
    article: 'Pasal {n}',
    purposeTitle: 'Untuk apa kinerja dinilai',
    purposeBody:
      'Penilaian kinerja tidak untuk mencari kesalahan. Organisasi mencapai sasarannya lewat pegawai yang terus berkembang, pimpinan yang membina, dan kerja sama yang baik. Arah pertama yang disebut peraturan adalah pengembangan kinerja pegawai.',
    purposeUses: 'Hasil penilaian dipakai untuk:',
    useImprove: 'menunjukkan bagian yang perlu Anda kembangkan, dengan pelatihan yang cocok;',
    useDialog: 'bahan dialog kinerja antara Anda dan atasan;',
    useReward: 'dasar penghargaan dan sanksi, yang diputuskan di luar aplikasi ini.',
    cycleTitle: 'Siklus satu tahun',
    stepSkp: 'SKP (Sasaran Kinerja Pegawai)',
    stepSkpBody:
      'Di awal tahun Anda menyusun rencana hasil kerja (RHK) dengan indikator dan targetnya, yang mendukung RHK atasan. Pejabat Penilai Kinerja menyetujuinya atau mengembalikannya dengan catatan, dan menuliskan ekspektasinya.',
    stepLogs: 'Kegiatan harian',
    stepLogsBody:
      'Setiap hari Anda mencatat kegiatan dengan bukti dukung, juga tanpa sinyal. Atasan memverifikasinya: disetujui, atau dikembalikan dengan catatan.',
    stepFeedback: 'Umpan balik berkelanjutan',
    stepFeedbackBody:
      'Atasan memberi umpan balik dan bimbingan sepanjang periode, tidak hanya di akhir, supaya Anda tahu sejak awal apa yang sudah baik dan apa yang perlu diperbaiki.',
    stepAppraisal: 'Penilaian periodik dan tahunan',
    stepAppraisalBody:
      'Di akhir setiap periode (triwulan) dan di akhir tahun Anda mengisi penilaian mandiri, lalu atasan menilai hasil kerja dan perilaku kerja Anda.',
    stepDialog: 'Dialog kinerja',
    stepDialogBody:
      'Setelah hasil periodik keluar, Anda dan atasan membicarakan apa yang berjalan baik, apa yang perlu diperbaiki, dan langkah pengembangan berikutnya.',
    periodsTitle: 'Periode tahun {year}',
    periodsNone: 'Pengelola Kinerja belum membuka periode tahun ini.',
    periodRange: '{start} sampai {end}',
    periodOpen: 'Terbuka',
    periodClosed: 'Ditutup',
    periodCurrent: 'Sedang berjalan',
    periodSubmitBy: 'Batas pengisian {date}',
    predikatTitle: 'Dari nilai ke predikat',
    predikatBody:
      'Atasan menilai setiap RHK lalu hasil kerja keseluruhan, dan ketujuh nilai BerAKHLAK lalu perilaku kerja keseluruhan: Di Atas, Sesuai, atau Di Bawah Ekspektasi. Kedua nilai keseluruhan itu memberi predikat menurut matriks ini.',
    predikatWeak:
      'Perilaku yang lemah tidak tertutupi hasil yang kuat: hasil kerja Di Atas dengan perilaku kerja Di Bawah tetap {predikat}.',
    yourResult:
      'Penilaian final terakhir Anda, {period}: hasil kerja {hasil} dan perilaku kerja {perilaku}, predikat {predikat}. Kotaknya ditandai di matriks.',
    yourResultChanged: 'Nilai ini hasil keputusan atas keberatan Anda.',
    yourResultNone:
      'Anda belum memiliki penilaian final. Setelah ada, predikat Anda ditandai di matriks ini.',
    matrixCaption: 'Matriks predikat kinerja, dengan predikat terakhir Anda',
    openRapor: 'Buka Rapor {period}',
  },
  en: {
    title: 'About appraisal',
    intro:
      'How your performance is planned, appraised and followed up, and the regulations behind it. The periods and ratings on this page come from your data on this device.',
    basis: 'Based on:',
    article: 'Article {n}',
    purposeTitle: 'What appraisal is for',
    purposeBody:
      'Appraisal is not about finding fault. The organisation reaches its goals through staff who keep developing, leaders who coach, and good teamwork. The first aim the regulation names is developing the employee’s performance.',
    purposeUses: 'The results are used:',
    useImprove: 'to show what you can develop, with trainings that fit;',
    useDialog: 'as material for the performance dialogue between you and your superior;',
    useReward: 'as the basis for rewards and sanctions, decided outside this app.',
    cycleTitle: 'The cycle of a year',
    stepSkp: 'SKP (performance plan)',
    stepSkpBody:
      'At the start of the year you draft your planned work results (RHK) with their indicators and targets, each supporting one of your superior’s. Your appraiser approves the plan or returns it with a note, and writes down their expectations.',
    stepLogs: 'Daily activities',
    stepLogsBody:
      'Every day you log your activities with evidence, also without signal. Your superior verifies them: approved, or returned with a note.',
    stepFeedback: 'Continuous feedback',
    stepFeedbackBody:
      'Your superior gives feedback and coaching throughout the period, not only at its end, so you know early what goes well and what to improve.',
    stepAppraisal: 'Periodic and annual appraisal',
    stepAppraisalBody:
      'At the end of each period (quarter) and of the year you fill in a self-assessment, then your superior rates your work results and work behaviour.',
    stepDialog: 'Performance dialogue',
    stepDialogBody:
      'After a periodic result, you and your superior talk about what went well, what to improve and the next development steps.',
    periodsTitle: 'Periods of {year}',
    periodsNone: 'The Pengelola Kinerja has not opened this year’s periods yet.',
    periodRange: '{start} to {end}',
    periodOpen: 'Open',
    periodClosed: 'Closed',
    periodCurrent: 'Running now',
    periodSubmitBy: 'Entries due by {date}',
    predikatTitle: 'From ratings to a predikat',
    predikatBody:
      'Your superior rates each RHK and then your overall work results, and each of the seven BerAKHLAK values and then your overall work behaviour: above, meets or below expectation. The two overall ratings give the predikat by this matrix.',
    predikatWeak:
      'Weak behaviour is not outweighed by strong results: work results above expectation with behaviour below it is still {predikat}.',
    yourResult:
      'Your last final appraisal, {period}: work results {hasil} and work behaviour {perilaku}, predikat {predikat}. Its cell is marked in the matrix.',
    yourResultChanged: 'These ratings come from the decision on your objection.',
    yourResultNone:
      'You have no final appraisal yet. Once you do, your predikat is marked in this matrix.',
    matrixCaption: 'Predikat matrix, with your last predikat',
    openRapor: 'Open the report card of {period}',
  },
});
