import { defineMessages } from '../../ui/i18n';

export const jpCardMessages = defineMessages({
  id: {
    title: 'Pengembangan kompetensi',
    summary: 'JP terverifikasi tahun {year}',
    open: 'Buka Pengembangan',
  },
  en: {
    title: 'Competency development',
    summary: 'Verified JP in {year}',
    open: 'Open Development',
  },
});
