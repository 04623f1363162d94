/**
 * The employee's own attendance on this device, for "Kehadiran": every imported month with the
 * corrections applied to it, their correction requests with the head's decisions and the
 * Pengelola's applications, the TPP rules in force, their kelas jabatan (for an amount in
 * rupiah), and the names of the people who decided or applied a correction.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttendanceMonth } from '../../core/attendance';
import type { TppSettings } from '../../core/schemas/attendance';
import type { ReadModel } from '../read-model';
import { useReadModel } from '../user-data';
import {
  attendanceMonthsOf,
  correctionRecords,
  tppSettings,
  type CorrectionRecord,
} from './attendance-queries';

export type MyAttendance = {
  /** Every imported month, oldest first. */
  months: AttendanceMonth[];
  /** The person's correction requests, newest first. */
  corrections: CorrectionRecord[];
  rules: TppSettings;
  kelasJabatan: number | undefined;
  /** Names by NIP of the heads who decided and the Pengelola who applied. */
  names: ReadonlyMap<string, string>;
};

/** Everything the "Kehadiran" screen of `nip` shows. */
export async function myAttendance(rm: ReadModel, nip: string): Promise<MyAttendance> {
  const [months, corrections, rules, me] = await Promise.all([
    attendanceMonthsOf(rm, nip, '0000-01', '9999-12'),
    correctionRecords(rm, [nip]),
    tppSettings(rm),
    rm.employees.where('nip').equals(nip).first(),
  ]);
  const people = corrections.flatMap((c) => [
    ...(c.decision ? [c.decision.appraiserNip] : []),
    ...(c.applied ? [c.applied.appliedBy, c.applied.decidedBy] : []),
  ]);
  const appliers = months.flatMap((m) => m.applied.flatMap((a) => [a.appliedBy, a.decidedBy]));
  const rows = await rm.employees
    .where('nip')
    .anyOf([...new Set([...people, ...appliers])])
    .toArray();
  return {
    months,
    corrections,
    rules,
    kelasJabatan: me?.kelasJabatan,
    names: new Map(rows.map((r) => [r.nip, r.name])),
  };
}

/** `myAttendance`, live: undefined while it loads. */
export function useMyAttendance(nip: string): MyAttendance | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => myAttendance(rm, nip), [rm, nip]);
}
