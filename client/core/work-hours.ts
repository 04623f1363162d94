/**
 * A unit's working hours (jam kerja): which hours hold for a unit (its own, else the nearest unit
 * above it with hours, else the common pemda week), what they mean on one date (a working day or
 * not, Friday's end), and how late a check-in or how early a check-out is against them. The
 * console keeps the hours, the daily log starts a day's first entry at them, and attendance
 * counts late and early minutes with them (issue #15).
 */
import { isoWeekday, isTime, minutesOfDay } from './dates';
import type { EmployeeDoc, WorkHours } from './schemas/reference';

/** ISO weekday of Friday (Jumat). */
export const FRIDAY = 5;

/**
 * The hours of a unit that neither it nor any unit above it sets: Monday to Friday 07:30-16:00,
 * Friday until 16:30, the five-day week of most pemda (Keppres 68/1995: 37.5 hours a week).
 */
export const DEFAULT_WORK_HOURS: WorkHours = {
  days: [1, 2, 3, 4, 5],
  start: '07:30',
  end: '16:00',
  fridayEnd: '16:30',
};

/** What the hours need of a unit: its id, its parent, its own hours when it has them. */
export type HoursUnit = {
  unitId: string;
  parentId: string | null;
  workHours?: WorkHours | undefined;
};

/** The hours that hold for a unit, and the unit that sets them (null: the default). */
export type UnitHours = { hours: WorkHours; from: string | null };

/**
 * The working hours of a unit: its own, else those of the nearest unit above it that has them,
 * else DEFAULT_WORK_HOURS (also for an unknown unit, or `null`: no unit).
 */
export function unitWorkHours(
  units: ReadonlyMap<string, HoursUnit>,
  unitId: string | null,
): UnitHours {
  const seen = new Set<string>();
  for (let id = unitId; id !== null && !seen.has(id);) {
    seen.add(id);
    const unit = units.get(id);
    if (unit === undefined) break;
    if (unit.workHours !== undefined) return { hours: unit.workHours, from: unit.unitId };
    id = unit.parentId;
  }
  return { hours: DEFAULT_WORK_HOURS, from: null };
}

/** True when the hours make `date` (`yyyy-mm-dd`) a working day. Public holidays are not known yet. */
export function isWorkDay(hours: WorkHours, date: string): boolean {
  return hours.days.includes(isoWeekday(date));
}

/** The start and end of work on a date (Friday's own end on a Friday); null on a day off. */
export function hoursOn(hours: WorkHours, date: string): { start: string; end: string } | null {
  if (!isWorkDay(hours, date)) return null;
  const end = isoWeekday(date) === FRIDAY ? (hours.fridayEnd ?? hours.end) : hours.end;
  return { start: hours.start, end };
}

function clockMinutes(clock: string): number {
  if (!isTime(clock)) throw new RangeError(`not an HH:mm time: ${clock}`);
  return minutesOfDay(clock);
}

/** Minutes a check-in (`HH:mm`) comes after the day's start; 0 when on time or on a day off. */
export function lateMinutes(hours: WorkHours, date: string, checkIn: string): number {
  const day = hoursOn(hours, date);
  const at = clockMinutes(checkIn);
  return day === null ? 0 : Math.max(0, at - minutesOfDay(day.start));
}

/** Minutes a check-out (`HH:mm`) comes before the day's end; 0 when at or after it, or on a day off. */
export function earlyMinutes(hours: WorkHours, date: string, checkOut: string): number {
  const day = hoursOn(hours, date);
  const at = clockMinutes(checkOut);
  return day === null ? 0 : Math.max(0, minutesOfDay(day.end) - at);
}

/**
 * The unit a person worked in on a date: the first of their past assignments (oldest first) that
 * had not ended by then, else their current unit.
 */
export function unitIdOn(person: Pick<EmployeeDoc, 'unitId' | 'history'>, date: string): string {
  return person.history?.find((a) => date <= a.to)?.unitId ?? person.unitId;
}

/** The fields of working hours a problem can be about. */
export const WORK_HOURS_FIELDS = ['days', 'start', 'end', 'fridayEnd'] as const;
export type WorkHoursField = (typeof WORK_HOURS_FIELDS)[number];

/** What can be wrong with working hours as typed, each with the sentence a refusal carries. */
export const WORK_HOURS_PROBLEMS = {
  'no-days': 'Pilih paling sedikit satu hari kerja',
  'bad-day': 'Hari kerja harus 1 (Senin) sampai 7 (Minggu), masing-masing sekali',
  'bad-time': 'Jam tidak valid (HH:mm)',
  'end-not-after-start': 'Jam pulang harus setelah jam masuk',
  'friday-off': 'Jam pulang hari Jumat hanya untuk unit yang bekerja pada hari Jumat',
} as const;
export type WorkHoursProblem = keyof typeof WORK_HOURS_PROBLEMS;

/** Working hours as a form holds them before they are saved. */
export type WorkHoursInput = {
  days: readonly number[];
  start: string;
  end: string;
  fridayEnd?: string | undefined;
};

/**
 * The first problem of each field of working hours; an empty object when they may be saved:
 * at least one weekday, each once; valid times; the day (and Friday) ending after it starts.
 */
export function workHoursProblems(
  hours: WorkHoursInput,
): Partial<Record<WorkHoursField, WorkHoursProblem>> {
  const out: Partial<Record<WorkHoursField, WorkHoursProblem>> = {};
  const { days, start, end, fridayEnd } = hours;
  if (days.length === 0) out.days = 'no-days';
  else if (
    new Set(days).size !== days.length ||
    days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
  )
    out.days = 'bad-day';
  if (!isTime(start)) out.start = 'bad-time';
  const endProblem = (clock: string): WorkHoursProblem | undefined => {
    if (!isTime(clock)) return 'bad-time';
    if (isTime(start) && minutesOfDay(clock) <= minutesOfDay(start)) return 'end-not-after-start';
    return undefined;
  };
  const endWrong = endProblem(end);
  if (endWrong) out.end = endWrong;
  if (fridayEnd !== undefined) {
    const fridayWrong = days.includes(FRIDAY) ? endProblem(fridayEnd) : 'friday-off';
    if (fridayWrong) out.fridayEnd = fridayWrong;
  }
  return out;
}
