/** Words of the attendance part of Impor & ekspor (docs/org-import.md, "Impor kehadiran"). */
import { defineMessages } from '../../../ui/i18n';

export const attendanceImportMessages = defineMessages({
  id: {
    title: 'Impor kehadiran',
    intro:
      'Pilih rekap presensi bulanan dari mesin sidik jari atau e-presensi, disimpan sebagai CSV: satu baris per pegawai per hari. Setiap baris diperiksa lebih dulu tanpa mengubah apa pun; setelah pemeriksaan tanpa kesalahan, Terapkan menyimpan kehadiran setiap pegawai per bulan sekaligus. Bulan yang sudah tersimpan diganti; koreksi kehadiran yang sudah diterapkan tetap berlaku.',
    scopeNote:
      'Anda mengimpor kehadiran pegawai di unit kerja yang Anda kelola saja; impor unit kerja dan pegawai dilakukan oleh Pengelola Kinerja tingkat pemda (BKPSDM).',
    file: 'Berkas kehadiran (CSV)',
    hint: 'Kolom: nip, tanggal, jam_masuk, jam_pulang, status, dan apel (boleh tidak ada)',
    noFile: 'Pilih berkas kehadiran (CSV).',
    template: 'Unduh contoh kehadiran.csv',
    resultTitle: 'Hasil pemeriksaan kehadiran',
    appliedTitle: 'Hasil impor kehadiran',
    summaryCaption: 'Ringkasan berkas kehadiran',
    what: 'Data',
    count: 'Jumlah',
    rows: 'Baris',
    people: 'Pegawai',
    months: 'Bulan',
    newMonths: 'Bulan pegawai baru',
    replaced: 'Bulan pegawai yang diganti',
    unchanged: 'Bulan pegawai yang sama (tidak ditulis ulang)',
    lateDays: 'Hari terlambat (menurut jam kerja unit)',
    missingScans: 'Hari hadir tanpa presensi masuk atau pulang',
    changedDays: 'Hari tersimpan yang berubah',
    droppedDays: 'Hari tersimpan yang tidak ada di berkas (hilang)',
    willDrop:
      '{dropped} hari yang tersimpan tidak ada di berkas ini dan akan hilang: bulan yang diganti hanya berisi hari-hari di berkas. Untuk mempertahankannya, sertakan hari-hari itu di berkas lalu periksa lagi.',
    moreRefused:
      '{shown} dari {total} baris ditolak ditampilkan; perbaiki pola kesalahannya lalu periksa lagi.',
    line: '{rows} baris, {people} pegawai, bulan {months}',
    willReplace: '{count} bulan pegawai akan diganti.',
    written: '{count} bulan pegawai disimpan.',
    confirmBody:
      'Kehadiran {people} pegawai, bulan {months}: {newMonths} bulan pegawai baru, {replaced} diganti. Semuanya disimpan sekaligus; bila satu ditolak, tidak ada yang berubah. Koreksi yang sudah diterapkan tetap berlaku.',
    confirmDropped:
      '{replaced} bulan pegawai diganti; {dropped} hari yang tersimpan tidak ada di berkas ini dan akan hilang.',
    confirmChanged: '{changed} hari yang tersimpan berubah mengikuti berkas.',
  },
  en: {
    title: 'Import attendance',
    intro:
      "Choose the monthly attendance recap of the fingerprint or e-presensi machines, saved as CSV: one row per person per day. Every row is checked first without changing anything; after a check without errors, Apply saves each person's month at once. A month already stored is replaced; attendance corrections already applied still hold.",
    scopeNote:
      'You import the attendance of the people in the units you keep only; work units and people are imported by the Pengelola Kinerja of the whole organisation (BKPSDM).',
    file: 'Attendance file (CSV)',
    hint: 'Columns: nip, tanggal, jam_masuk, jam_pulang, status, and apel (may be left out)',
    noFile: 'Choose an attendance file (CSV).',
    template: 'Download the example kehadiran.csv',
    resultTitle: 'Attendance check result',
    appliedTitle: 'Attendance import result',
    summaryCaption: 'Summary of the attendance file',
    what: 'Data',
    count: 'Count',
    rows: 'Rows',
    people: 'People',
    months: 'Months',
    newMonths: 'New person-months',
    replaced: 'Person-months replaced',
    unchanged: 'Person-months unchanged (not written again)',
    lateDays: "Days late (by the unit's working hours)",
    missingScans: 'Days present without a check-in or check-out',
    changedDays: 'Stored days changed',
    droppedDays: 'Stored days not in the file (lost)',
    willDrop:
      "Stored days not in this file, to be lost: {dropped}. A replaced month holds the file's days only; to keep them, include those days in the file and check again.",
    moreRefused:
      'Showing {shown} of {total} refused rows; fix the pattern of the errors, then check again.',
    line: '{rows} rows, {people} people, month {months}',
    willReplace: 'Person-months to be replaced: {count}.',
    written: 'Person-months saved: {count}.',
    confirmBody:
      'Attendance of {people} people, month {months}: {newMonths} new person-months, {replaced} replaced. Everything is saved at once; if one is refused, nothing changes. Corrections already applied still hold.',
    confirmDropped:
      'Person-months replaced: {replaced}; stored days not in this file, to be lost: {dropped}.',
    confirmChanged: 'Stored days changed to match the file: {changed}.',
  },
});
