/**
 * The demo's attendance: each person's months as the office's machines would have exported them
 * and the Pengelola imported them (BKPSDM's Ratna, the day after each month ends): a scan in a few
 * minutes before the unit's start and out after its end on most days, now and then late or a
 * forgotten check-out, Yoga often late, and the leave and sick days the log already keeps free.
 */
import { eachDate } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import { monthRange } from '../../client/core/attendance';
import type { AttendanceDay, AttendanceDoc } from '../../client/core/schemas/attendance';
import type { WorkHours } from '../../client/core/schemas/reference';
import { hoursOn, unitWorkHours, type HoursUnit } from '../../client/core/work-hours';
import { minutesOfDay, timeOfDay } from '../../client/core/dates';
import { NIP, PEOPLE } from './demo-people';
import type { Rng } from './deterministic';

/** A month of the demo: its `yyyy-mm`, its last date covered, and when it was imported. */
export type DemoAttendanceMonth = { month: string; until: string; importedAt: string };

function clock(base: string, delta: number): string {
  return timeOfDay(Math.max(0, Math.min(23 * 60 + 59, minutesOfDay(base) + delta)));
}

function dayOf(
  date: string,
  hours: WorkHours,
  away: 'leave' | 'sick' | undefined,
  oftenLate: boolean,
  rng: Rng,
): AttendanceDay | null {
  const day = hoursOn(hours, date);
  if (day === null) return null;
  if (away) return { date, status: away === 'leave' ? 'cuti' : 'sakit', in: null, out: null };
  const late = rng.chance(oftenLate ? 0.45 : 0.06);
  const lateBy = oftenLate ? rng.int(3, 40) : rng.int(2, 25);
  const checkIn = late ? clock(day.start, lateBy) : clock(day.start, -rng.int(3, 28));
  const forgotOut = rng.chance(0.02);
  const checkOut = forgotOut
    ? null
    : clock(day.end, rng.chance(0.03) ? -rng.int(10, 45) : rng.int(1, 40));
  return { date, status: 'hadir', in: checkIn, out: checkOut };
}

/** The attendance months of every person, as imported. */
export function buildAttendance(
  months: readonly DemoAttendanceMonth[],
  units: ReadonlyMap<string, HoursUnit>,
  absences: ReadonlyMap<string, ReadonlyMap<string, 'leave' | 'sick'>>,
  rngFor: (key: string) => Rng,
): AttendanceDoc[] {
  const out: AttendanceDoc[] = [];
  for (const person of PEOPLE) {
    const rng = rngFor(`attendance:${person.nip}`);
    const { hours } = unitWorkHours(units, person.unitId);
    const away = absences.get(person.nip);
    for (const m of months) {
      const days = eachDate(monthRange(m.month).start, m.until)
        .map((d) => dayOf(d, hours, away?.get(d), person.nip === NIP.yoga, rng))
        .filter((d): d is AttendanceDay => d !== null);
      if (days.length === 0) continue;
      out.push({
        _id: ids.attendance(person.nip, m.month),
        type: 'attendance',
        schemaVersion: 1,
        nip: person.nip,
        month: m.month,
        unitId: person.unitId,
        hours,
        days,
        importedAt: m.importedAt,
        importedBy: NIP.ratna,
      });
    }
  }
  return out;
}
