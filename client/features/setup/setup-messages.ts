import { defineMessages } from '../../ui/i18n';

export const setupMessages = defineMessages({
  id: {
    title: 'Persiapan awal',
    intro:
      'Tiga langkah untuk memakai Kinerja dengan organisasi Anda sendiri: unit kerja dan pegawai, periode pertama, lalu Pengelola Kinerja.',
    done: 'Selesai',
    todo: 'Belum',
    importTitle: '1. Masukkan unit kerja dan pegawai',
    importBody:
      'Impor dua berkas CSV dengan susunan seperti ekspor SIASN (lihat README, bagian “Memulai tanpa data demo”) di Kelola → Impor & ekspor: periksa dulu, lalu terapkan, dan unduh kode aktivasi pegawai baru.',
    importPage: 'Buka Impor & ekspor',
    importCli:
      'Atau, untuk impor pertama yang sangat besar, jalankan perintah ini di server (hentikan server dahulu), di folder aplikasi:',
    importDryRun:
      'Tanpa --apply perintah hanya memeriksa setiap baris dan menyebut yang salah beserta nomor barisnya; tidak ada yang berubah.',
    importCodes:
      'kode.csv berisi kode aktivasi setiap pegawai baru (nip, nama, kode_aktivasi). Bagikan kepada masing-masing secara pribadi, lalu hapus berkasnya.',
    importCount: 'Sekarang ada {units} unit kerja dan {people} pegawai.',
    importNone: 'Belum ada unit kerja di perangkat ini (data terbaru tiba saat sinkron).',
    periodTitle: '2. Buka periode pertama',
    periodBody:
      'Membuka periode tahunan (untuk SKP) dan Triwulan I sampai IV tahun itu. Periode dikirim ke server saat sinkron.',
    year: 'Tahun',
    yearInvalid: 'Isi tahun antara {min} dan {max}.',
    openPeriod: 'Buka periode',
    periodOpened: 'Periode {year} dibuka: tahunan dan Triwulan I–IV.',
    periodExisted: 'Periode {year} sudah ada; tidak ada yang diubah.',
    periodRefused: 'Periode tidak dibuka: {reason}',
    periodsNow: 'Periode yang ada:',
    periodsNone: 'Belum ada periode.',
    scope: 'Lingkup',
    scopeHint: 'Pengelola sebuah OPD hanya mengelola unit itu dan unit di bawahnya.',
    scopeAll: 'Seluruh organisasi (BKPSDM)',
    scopeOf: 'hanya {unit}',
    pengelolaTitle: '3. Tunjuk Pengelola Kinerja',
    pengelolaBody:
      'Pengelola Kinerja (biasanya di BKPSDM) mengelola unit kerja, pegawai, periode, dan kode aktivasi. Orangnya harus sudah ada di daftar pegawai.',
    nip: 'NIP',
    nipHint: '18 angka',
    nipInvalid: 'NIP harus 18 angka.',
    name: 'Tunjuk',
    named: '{name} kini Pengelola Kinerja.',
    namedNeedsCode:
      'Ia belum punya kata sandi: buat kode aktivasi untuknya di bawah dan serahkan secara pribadi.',
    pengelolaNow: 'Pengelola Kinerja sekarang:',
    pengelolaNone: 'Belum ada Pengelola Kinerja.',
    pengelolaActive: 'sudah aktif',
    pengelolaPending: 'menunggu aktivasi',
    pengelolaNoCode: 'belum punya kode aktivasi',
    codeTitle: 'Kode aktivasi',
    codeBody:
      'Kode sekali pakai untuk masuk pertama kali atau setelah lupa kata sandi. Membuat kode baru menghentikan kata sandi lama dan semua sesi orang itu.',
    issueCode: 'Buat kode aktivasi',
    offline: 'Langkah ini memerlukan jaringan. Coba lagi saat daring.',
    failed: 'Tidak berhasil: {reason}',
  },
  en: {
    title: 'First set-up',
    intro:
      'Three steps to use Kinerja with your own organisation: work units and people, the first period, then an HR officer (Pengelola Kinerja).',
    done: 'Done',
    todo: 'Not yet',
    importTitle: '1. Bring in the work units and people',
    importBody:
      'Import two CSV files laid out like a SIASN export (see the README, “Starting with your own organisation”) in Manage → Import & export: check first, then apply, and download the new people’s activation codes.',
    importPage: 'Open Import & export',
    importCli:
      'Or, for a very large first import, run this command on the server (stop the server first), in the app folder:',
    importDryRun:
      'Without --apply the command only checks every row and names what is wrong with its row number; nothing changes.',
    importCodes:
      'kode.csv holds the activation code of every new person (nip, nama, kode_aktivasi). Hand each one over privately, then delete the file.',
    importCount:
      'There are now {units} work [[units:unit|units]] and {people} [[people:person|people]].',
    importNone: 'No work unit on this device yet (the latest data arrives with the sync).',
    periodTitle: '2. Open the first period',
    periodBody:
      'Opens the annual period (for the SKP) and quarters I to IV of that year. The periods reach the server with the sync.',
    year: 'Year',
    yearInvalid: 'Enter a year from {min} to {max}.',
    openPeriod: 'Open the period',
    periodOpened: 'Period {year} is open: annual and quarters I–IV.',
    periodExisted: 'Period {year} exists already; nothing was changed.',
    periodRefused: 'The period was not opened: {reason}',
    periodsNow: 'Periods so far:',
    periodsNone: 'No period yet.',
    scope: 'Scope',
    scopeHint: 'The Pengelola of an OPD keeps that unit and the units under it only.',
    scopeAll: 'The whole organisation (BKPSDM)',
    scopeOf: '{unit} only',
    pengelolaTitle: '3. Name an HR officer (Pengelola Kinerja)',
    pengelolaBody:
      'The HR officer (usually at BKPSDM) keeps the work units, people, periods and activation codes. The person must be in the directory already.',
    nip: 'NIP',
    nipHint: '18 digits',
    nipInvalid: 'A NIP has 18 digits.',
    name: 'Name',
    named: '{name} is now an HR officer (Pengelola Kinerja).',
    namedNeedsCode:
      'They have no password yet: create an activation code for them below and hand it over privately.',
    pengelolaNow: 'HR officers now:',
    pengelolaNone: 'No HR officer yet.',
    pengelolaActive: 'active',
    pengelolaPending: 'waiting for activation',
    pengelolaNoCode: 'no activation code yet',
    codeTitle: 'Activation code',
    codeBody:
      'A one-time code to sign in the first time or after a forgotten password. A new code stops the old password and ends all of that person’s sessions.',
    issueCode: 'Create an activation code',
    offline: 'This step needs the network. Try again when online.',
    failed: 'Did not work: {reason}',
  },
});
