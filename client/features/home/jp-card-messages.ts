import { defineMessages } from '../../ui/i18n';

export const jpCardMessages = defineMessages({
  id: {
    title: 'Pengembangan kompetensi',
    summary: '{verified} / {target} JP tahun {year}',
    open: 'Buka Pengembangan',
  },
  en: {
    title: 'Competency development',
    summary: '{verified} / {target} JP in {year}',
    open: 'Open Development',
  },
});
