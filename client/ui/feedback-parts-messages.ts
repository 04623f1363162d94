/**
 * Words of the pieces of a feedback several screens show (agreed-action-list.tsx,
 * dialog-kinerja-parts.tsx). The statuses and the parts' names are domain words:
 * vocabulary-messages.ts.
 */
import { defineMessages } from './i18n';

export const feedbackPartsMessages = defineMessages({
  id: {
    due: 'Tenggat {date}',
    noDue: 'Tanpa tenggat',
    overdue: 'Lewat tenggat',
    from: 'Disepakati dalam {kind}, {date}',
    carriedFrom: 'Dilanjutkan dari sesi sebelumnya',
    period: 'Periode',
    notFilled: 'Tidak diisi',
  },
  en: {
    due: 'Due {date}',
    noDue: 'No due date',
    overdue: 'Overdue',
    from: 'Agreed in {kind}, {date}',
    carriedFrom: 'Carried over from an earlier session',
    period: 'Period',
    notFilled: 'Not filled in',
  },
});
