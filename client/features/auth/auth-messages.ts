import { defineMessages } from '../../ui/i18n';

export const authMessages = defineMessages({
  id: {
    title: 'Masuk ke Kinerja',
    intro: 'Aplikasi kinerja ASN Pemerintah Gayungan.',
    nip: 'NIP',
    nipHint: '18 angka, tanpa spasi',
    password: 'Kata sandi',
    showPassword: 'Tampilkan kata sandi',
    stay: 'Tetap masuk di perangkat ini',
    stayHint:
      'Pilih hanya di perangkat milik Anda. Data Anda tetap tersimpan sehingga aplikasi dapat dibuka tanpa jaringan.',
    submit: 'Masuk',
    nipRequired: 'Isi NIP Anda',
    inactive: 'Akun Anda tidak aktif. Hubungi Pengelola Kinerja.',
    nipLength: 'NIP terdiri dari 18 angka; yang terisi {count} angka.',
    passwordRequired: 'Isi kata sandi Anda',
    wrongCredentials: 'NIP atau kata sandi salah. Periksa lalu coba lagi.',
    triesLeft: 'Sisa {count} percobaan sebelum dijeda.',
    wrongPaused:
      'NIP atau kata sandi salah. Terlalu banyak percobaan masuk. Coba lagi dalam {wait}.',
    rateLimited: 'Terlalu banyak percobaan masuk. Coba lagi dalam {wait}.',
    rateLimitedOver: 'Anda dapat mencoba masuk lagi sekarang.',
    offline:
      'Tidak ada jaringan. Masuk pertama kali di perangkat ini memerlukan jaringan; setelah itu Kinerja dapat dibuka tanpa jaringan.',
    offlineNow: 'Anda sedang luring. Masuk memerlukan jaringan.',
    server: 'Server sedang bermasalah. Coba lagi beberapa saat lagi.',
    language: 'Use English',
    passwordHint: 'Pertama kali masuk? Isi kode aktivasi dari Pengelola Kinerja.',
    forgot: 'Lupa kata sandi?',
    forgotBody:
      'Minta kode aktivasi baru kepada Pengelola Kinerja di BKPSDM (atau pengelola kepegawaian unit kerja Anda). Masuk dengan NIP dan kode itu, lalu buat kata sandi baru. Kode berlaku 14 hari dan hanya sekali pakai; kata sandi lama tidak berlaku lagi.',
    codeExpired:
      'Kode aktivasi ini sudah kedaluwarsa. Minta kode baru kepada Pengelola Kinerja di BKPSDM.',
    codeInvalid:
      'Kode aktivasi ini tidak berlaku lagi (mungkin sudah dipakai atau diganti). Minta kode baru kepada Pengelola Kinerja di BKPSDM.',
    choosePasswordTitle: 'Buat kata sandi',
    choosePasswordIntro:
      'Kode aktivasi Anda benar. Buat kata sandi untuk masuk; setelah itu kode tidak dapat dipakai lagi.',
    choosePasswordSubmit: 'Simpan dan masuk',
    choosePasswordCancel: 'Kembali',
  },
  en: {
    title: 'Sign in to Kinerja',
    intro: 'The performance app of the civil servants of Pemerintah Gayungan.',
    nip: 'NIP (civil servant number)',
    nipHint: '18 digits, no spaces',
    password: 'Password',
    showPassword: 'Show password',
    stay: 'Stay signed in on this device',
    stayHint:
      'Choose this only on your own device. Your data stays stored so the app opens without a network.',
    submit: 'Sign in',
    nipRequired: 'Enter your NIP',
    inactive:
      'Your account is not active (for example on leave, on study leave or retired). Ask the Pengelola Kinerja.',
    nipLength: 'A NIP has 18 digits; this one has {count}.',
    passwordRequired: 'Enter your password',
    wrongCredentials: 'Wrong NIP or password. Check them and try again.',
    triesLeft: '{count} tries left before sign-in is paused.',
    wrongPaused: 'Wrong NIP or password. Too many sign-in attempts. Try again in {wait}.',
    rateLimited: 'Too many sign-in attempts. Try again in {wait}.',
    rateLimitedOver: 'You can try to sign in again now.',
    offline:
      'No network. The first sign-in on a device needs the network; after that Kinerja opens without one.',
    offlineNow: 'You are offline. Signing in needs the network.',
    server: 'The server has a problem. Try again in a moment.',
    language: 'Pakai Bahasa Indonesia',
    passwordHint:
      'First sign-in? Enter the activation code from your HR officer (Pengelola Kinerja).',
    forgot: 'Forgot your password?',
    forgotBody:
      'Ask the HR officer (Pengelola Kinerja) at BKPSDM, or your unit’s staff administrator, for a new activation code. Sign in with your NIP and that code, then choose a new password. The code is valid for 14 days and works once; your old password stops working.',
    codeExpired:
      'This activation code has expired. Ask the HR officer (Pengelola Kinerja) at BKPSDM for a new one.',
    codeInvalid:
      'This activation code no longer works (it may have been used or replaced). Ask the HR officer (Pengelola Kinerja) at BKPSDM for a new one.',
    choosePasswordTitle: 'Choose a password',
    choosePasswordIntro:
      'Your activation code is right. Choose a password to sign in; after that the code cannot be used again.',
    choosePasswordSubmit: 'Save and sign in',
    choosePasswordCancel: 'Back',
  },
});
