/**
 * Working hours in words, in the reader's language: "Senin–Jumat, 07.30–16.00, Jumat sampai
 * 16.30". Weekday names come from Intl, times from the app's clock format.
 */
import { useCallback, useMemo } from 'react';
import { FRIDAY } from '../../../core/work-hours';
import type { WorkHours } from '../../../core/schemas/reference';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { localeOf, usePrefsStore } from '../../../ui/prefs-store';
import { unitsMessages } from './units-messages';

/** The names of the ISO weekdays 1 (Monday) to 7 (Sunday) in the reader's language, by number. */
export function useWeekdayNames(): (day: number) => string {
  const lang = usePrefsStore((s) => s.lang);
  const names = useMemo(() => {
    const fmt = new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    return [1, 2, 3, 4, 5, 6, 7].map((d) => fmt.format(new Date(Date.UTC(2024, 0, d))));
  }, [lang]);
  return useCallback((day: number) => names[day - 1] ?? String(day), [names]);
}

/** Hours as one line; a run of three or more weekdays is written as a range. */
export function useWorkHoursText(): (hours: WorkHours) => string {
  const t = useT(unitsMessages);
  const format = useFormat();
  const dayName = useWeekdayNames();
  return useCallback(
    (hours: WorkHours) => {
      const days = [...hours.days].sort((a, b) => a - b);
      const first = days[0] ?? 1;
      const last = days[days.length - 1] ?? first;
      const run = days.length >= 3 && last - first === days.length - 1;
      const daysText = run
        ? t('dayRange', { first: dayName(first), last: dayName(last) })
        : days.map(dayName).join(', ');
      const times = {
        days: daysText,
        start: format.clock(hours.start),
        end: format.clock(hours.end),
      };
      const fridayEnd = hours.fridayEnd;
      return fridayEnd !== undefined && fridayEnd !== hours.end && days.includes(FRIDAY)
        ? t('hoursFriday', { ...times, fridayEnd: format.clock(fridayEnd) })
        : t('hoursText', times);
    },
    [t, format, dayName],
  );
}
