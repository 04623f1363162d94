import { defineMessages } from '../i18n';

export const chartsMessages = defineMessages({
  id: {
    showTable: 'Tampilkan tabel',
    hideTable: 'Sembunyikan tabel',
    atMost: 'paling banyak {count}',
    atLeast: 'paling sedikit {count}',
  },
  en: {
    showTable: 'Show table',
    hideTable: 'Hide table',
    atMost: 'at most {count}',
    atLeast: 'at least {count}',
  },
});
