/** A length of time as people say it, for every screen that shows one (ui/use-duration.ts). */
import { defineMessages } from './i18n';

export const durationMessages = defineMessages({
  id: {
    minutes: '{minutes} menit',
    hoursMinutes: '{hours} jam {minutes} menit',
  },
  en: {
    minutes: '{minutes} min',
    hoursMinutes: '{hours} h {minutes} min',
  },
});
