/**
 * A day as recorded or as asked (a DayChange on a date: an imported day, a correction's change) in
 * the calendar's words (attendance-calendar.tsx useDayWords().describe): "Hadir, 07.52–16.05,
 * terlambat 22 menit", "Dinas luar". One describer, so a day reads the same on the calendar, in
 * a correction request and where the head or the Pengelola compares the two.
 */
import { dayMinutes, type EffectiveDay } from '../core/attendance';
import type { DayChange } from '../core/schemas/attendance';
import type { WorkHours } from '../core/schemas/reference';
import { hoursOn } from '../core/work-hours';
import { useDayWords } from './attendance-calendar';

/**
 * The day with this status and these scans as it would count on `date`, judged by `hours` (null:
 * the month's hours are not on the device, so no minutes and taken as a working day).
 */
function asCounted(change: DayChange, date: string, hours: WorkHours | null): EffectiveDay {
  return {
    date,
    status: change.status,
    in: change.in,
    out: change.out,
    corrected: null,
    imported: null,
    ...(hours ? dayMinutes(hours, date, change) : { late: 0, early: 0 }),
    workDay: hours ? hoursOn(hours, date) !== null : true,
  };
}

/** Puts a recorded or asked day into words: `(change, date, hours) => "Hadir, 07.52–16.05, …"`. */
export function useDayChangeWords() {
  const words = useDayWords();
  return (change: DayChange, date: string, hours: WorkHours | null): string =>
    words.describe(asCounted(change, date, hours));
}
