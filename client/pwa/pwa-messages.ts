import { defineMessages } from '../ui/i18n';

export const pwaMessages = defineMessages({
  id: {
    updateAvailable: 'Versi baru tersedia.',
    updateNow: 'Perbarui sekarang',
    updateLater: 'Nanti',
    updating: 'Memperbarui…',
    waitingForForm: 'Pembaruan menunggu sampai formulir yang sedang diisi disimpan.',
    waitingForCount: 'Pembaruan menunggu sampai perubahan yang belum terkirim selesai dihitung.',
    waitingForSync: 'Pembaruan menunggu sampai {count} perubahan terkirim.',
    willApply: 'Aplikasi akan diperbarui otomatis setelah itu.',
    installOffer: 'Pasang Kinerja di layar utama agar terbuka cepat, juga tanpa jaringan.',
    install: 'Pasang',
    installLater: 'Nanti',
    iosTitle: 'Tambahkan ke Layar Utama',
    iosWhy:
      'Di iPhone dan iPad, data aplikasi yang tidak dipasang dapat dihapus Safari setelah 7 hari tidak dibuka.',
    iosStep1: 'Ketuk tombol Bagikan (kotak dengan panah ke atas) di bawah layar.',
    iosStep2: 'Geser dan pilih “Tambahkan ke Layar Utama”.',
    iosStep3: 'Ketuk “Tambah”, lalu buka Kinerja dari ikonnya.',
    iosDone: 'Mengerti',
  },
  en: {
    updateAvailable: 'A new version is available.',
    updateNow: 'Update now',
    updateLater: 'Later',
    updating: 'Updating…',
    waitingForForm: 'The update waits until the form you are filling in is saved.',
    waitingForCount: 'The update waits until the changes not yet sent have been counted.',
    waitingForSync:
      'The update waits until {count} [[count:change|changes]] [[count:has|have]] been sent.',
    willApply: 'The app will update by itself after that.',
    installOffer: 'Install Kinerja on your home screen so it opens fast, even without a network.',
    install: 'Install',
    installLater: 'Later',
    iosTitle: 'Add to Home Screen',
    iosWhy:
      'On iPhone and iPad, Safari may clear the data of apps that are not installed after 7 days without use.',
    iosStep1:
      'Tap the Share button (a square with an arrow pointing up) at the bottom of the screen.',
    iosStep2: 'Scroll and choose “Add to Home Screen”.',
    iosStep3: 'Tap “Add”, then open Kinerja from its icon.',
    iosDone: 'Got it',
  },
});
