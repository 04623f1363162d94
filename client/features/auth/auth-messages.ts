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
  },
});
