/** Words of a feedback thread (ui/feedback-thread.tsx). */
import { defineMessages } from './i18n';

export const feedbackThreadMessages = defineMessages({
  id: {
    label: 'Percakapan umpan balik',
    wrote: '{name} · {when}',
  },
  en: {
    label: 'Feedback conversation',
    wrote: '{name} · {when}',
  },
});
