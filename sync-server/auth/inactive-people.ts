/**
 * People whose document says they are no longer active (cuti, tugas belajar, diberhentikan,
 * pensiun) may not sign in, with any secret or tool, and a session they hold stops working at
 * its next request. The employee documents come from the org state, which the tailer keeps
 * current; a connected device's longpoll wakes on every organisation change, so its session
 * ends as soon as the Pengelola's change is indexed. The admin account is nobody in the
 * directory and is never affected.
 */
import type { EmployeeDoc } from '../../client/core/schemas/reference';
import { EMPLOYEE_STATUS_LABELS } from '../../client/core/vocabulary';

/** Looks a person's current document up by NIP (the org state's `employee`). */
export type EmployeeLookup = (nip: string) => Pick<EmployeeDoc, 'active' | 'status'> | undefined;

/** Why this person may not sign in now, in Indonesian; null when they may. */
export function inactiveReason(employee: EmployeeLookup, nip: string): string | null {
  const doc = employee(nip);
  if (doc === undefined || doc.active) return null;
  const status = doc.status !== undefined ? EMPLOYEE_STATUS_LABELS[doc.status].toLowerCase() : null;
  return status === null
    ? 'Akun Anda tidak aktif. Hubungi Pengelola Kinerja.'
    : `Akun Anda tidak aktif (status: ${status}). Hubungi Pengelola Kinerja.`;
}
