/**
 * The day as imported beside each correction the Pengelola is to apply. Attendance months are fed
 * to the person and their head only, so the console opens the month on demand (core's
 * mayFetchOnDemand lets the Pengelola keeping the person; fetch-on-demand.ts keeps the copy on this
 * device for offline use) and reads the day from it. An entry whose month is on the device
 * already is left as it is.
 */
import { attendanceSchema } from '../../../core/schemas/attendance';
import {
  importedDayOf,
  type AdminCorrection,
} from '../../../data/queries/attendance-admin-queries';
import { useOnDemand } from '../../../ui/use-on-demand';

/**
 * Where the imported day comes from: on the device (or opened), being asked for, unreadable now
 * (offline and never opened here), or not on the server (the month was not imported).
 */
export type ImportedState = 'here' | 'loading' | 'offline' | 'missing';

export type WithImported = { entry: AdminCorrection; importedState: ImportedState };

/** `entries` with the imported day filled in from the months opened on demand. */
export function useImportedDays(entries: readonly AdminCorrection[]): WithImported[] {
  const toOpen = [
    ...new Set(entries.filter((e) => e.imported === undefined).map((e) => e.monthId)),
  ].sort();
  const { docs } = useOnDemand(toOpen);
  return entries.map((entry) => {
    if (entry.imported !== undefined) return { entry, importedState: 'here' };
    const opened = docs.get(entry.monthId);
    if (opened === undefined) return { entry, importedState: 'loading' };
    if (opened.doc === null)
      return { entry, importedState: opened.source === 'offline' ? 'offline' : 'missing' };
    const month = attendanceSchema.safeParse(opened.doc);
    if (!month.success) return { entry, importedState: 'missing' };
    return {
      entry: { ...entry, ...importedDayOf(month.data, entry.record.request.date) },
      importedState: 'here',
    };
  });
}
