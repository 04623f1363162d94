import { defineMessages } from './i18n';

export const certificatePhotoMessages = defineMessages({
  id: {
    open: 'Buka sertifikat',
    previewAlt: 'Pratinjau sertifikat: {title}',
    originalAlt: 'Sertifikat: {title}',
    loading: 'Memuat sertifikat…',
    unavailableOffline: 'Sertifikat tidak tersedia offline. Buka lagi saat perangkat daring.',
    notSent:
      'Sertifikat belum dapat dimuat: mungkin belum terkirim dari perangkat pegawai. Coba lagi setelah sinkron.',
    openOriginal: 'Buka ukuran penuh di tab baru',
  },
  en: {
    open: 'Open the certificate',
    previewAlt: 'Certificate preview: {title}',
    originalAlt: 'Certificate: {title}',
    loading: 'Loading the certificate…',
    unavailableOffline: 'The certificate is not available offline. Open it again when online.',
    notSent:
      "The certificate cannot be loaded yet: it may not have been sent from the employee's device. Try again after a sync.",
    openOriginal: 'Open full size in a new tab',
  },
});

/** The same words for the letter backing an attendance correction (surat tugas, keterangan). */
export const letterPhotoMessages = defineMessages({
  id: {
    open: 'Buka surat',
    previewAlt: 'Pratinjau surat: {title}',
    originalAlt: 'Surat: {title}',
    loading: 'Memuat surat…',
    unavailableOffline: 'Surat tidak tersedia offline. Buka lagi saat perangkat daring.',
    notSent:
      'Surat belum dapat dimuat: mungkin belum terkirim dari perangkat pegawai. Coba lagi setelah sinkron.',
    openOriginal: 'Buka ukuran penuh di tab baru',
  },
  en: {
    open: 'Open the letter',
    previewAlt: 'Letter preview: {title}',
    originalAlt: 'Letter: {title}',
    loading: 'Loading the letter…',
    unavailableOffline: 'The letter is not available offline. Open it again when online.',
    notSent:
      "The letter cannot be loaded yet: it may not have been sent from the employee's device. Try again after a sync.",
    openOriginal: 'Open full size in a new tab',
  },
});
