import { useCallback } from 'react';
import { durationMessages } from './duration-messages';
import { useT } from './i18n';

/** Minutes as "45 menit" or "2 jam 15 menit" in the person's language. */
export function useDuration(): (minutes: number) => string {
  const t = useT(durationMessages);
  return useCallback(
    (minutes: number) =>
      minutes < 60
        ? t('minutes', { minutes })
        : t('hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 }),
    [t],
  );
}
