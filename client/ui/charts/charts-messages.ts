import { defineMessages } from '../i18n';

export const chartsMessages = defineMessages({
  id: {
    showTable: 'Tampilkan tabel',
    hideTable: 'Sembunyikan tabel',
  },
  en: {
    showTable: 'Show table',
    hideTable: 'Hide table',
  },
});
