import { defineMessages } from './i18n';

export const photoFieldMessages = defineMessages({
  id: {
    chosen: '{what} dipilih: {name}',
    stored: '{what} tersimpan: {name}',
    problem: 'Foto tidak dapat dibaca atau terlalu besar. Pilih foto lain.',
  },
  en: {
    chosen: '{what} chosen: {name}',
    stored: '{what} saved: {name}',
    problem: 'The photo cannot be read or is too large. Choose another one.',
  },
});
