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
    'letter.open': 'Buka surat',
    'letter.previewAlt': 'Pratinjau surat: {title}',
    'letter.originalAlt': 'Surat: {title}',
    'letter.loading': 'Memuat surat…',
    'letter.unavailableOffline': 'Surat tidak tersedia offline. Buka lagi saat perangkat daring.',
    'letter.notSent':
      'Surat belum dapat dimuat: mungkin belum terkirim dari perangkat pegawai. Coba lagi setelah sinkron.',
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
    'letter.open': 'Open the letter',
    'letter.previewAlt': 'Letter preview: {title}',
    'letter.originalAlt': 'Letter: {title}',
    'letter.loading': 'Loading the letter…',
    'letter.unavailableOffline': 'The letter is not available offline. Open it again when online.',
    'letter.notSent':
      "The letter cannot be loaded yet: it may not have been sent from the employee's device. Try again after a sync.",
  },
});
