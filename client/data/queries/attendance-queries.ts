/**
 * A person's attendance on this device: the months imported by the Pengelola with the corrections
 * applied to them (core/attendance.ts makes the days that count of the two).
 */
import { attendanceMonth, type AttendanceMonth } from '../../core/attendance';
import type { AttendanceAppliedDoc, AttendanceDoc } from '../../core/schemas/attendance';
import type { ReadModel } from '../read-model';

async function docsOfType<T>(rm: ReadModel, type: string, nip: string): Promise<T[]> {
  const rows = await rm.docs.where('[type+ownerNip]').equals([type, nip]).toArray();
  return rows.map((r) => r.doc as T);
}

/** The imported months of a person from `from` to `to` (`yyyy-mm`, both included), oldest first. */
export async function attendanceMonthsOf(
  rm: ReadModel,
  nip: string,
  from: string,
  to: string,
): Promise<AttendanceMonth[]> {
  const [months, applied] = await Promise.all([
    docsOfType<AttendanceDoc>(rm, 'attendance', nip),
    docsOfType<AttendanceAppliedDoc>(rm, 'attendance-applied', nip),
  ]);
  return months
    .filter((m) => m.month >= from && m.month <= to)
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => attendanceMonth(m, applied));
}
