/** Words of a freshly issued activation code (ui/issued-code.tsx). */
import { defineMessages } from './i18n';

export const issuedCodeMessages = defineMessages({
  id: {
    codeFor: 'Kode aktivasi untuk {name}:',
    codeOnce:
      'Kode ini hanya ditampilkan sekali dan berlaku sampai {date}. Serahkan secara pribadi; jangan kirim lewat grup.',
  },
  en: {
    codeFor: 'Activation code for {name}:',
    codeOnce:
      'This code is shown only once and is valid until {date}. Hand it over privately; do not send it to a group.',
  },
});
