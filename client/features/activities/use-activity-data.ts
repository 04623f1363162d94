/** Live reads of the daily log for the activities screens; undefined while a query first runs. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Rhk } from '../../core/schemas/work';
import {
  activitiesInRange,
  approvedRhk,
  closedRanges,
  frequentEntries,
  type FrequentEntry,
} from '../../data/queries/activity-queries';
import type { ActivityRow, CatalogRow } from '../../data/read-model';
import { useReadModel } from '../../data/user-data';

/** A person's entries from `from` to `to`, by date and time. */
export function useActivitiesInRange(
  nip: string,
  from: string,
  to: string,
): ActivityRow[] | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => activitiesInRange(rm, nip, from, to), [rm, nip, from, to]);
}

/** One entry; null when it is not on this device. */
export function useActivity(id: string): ActivityRow | null | undefined {
  const rm = useReadModel();
  return useLiveQuery(async () => (await rm.activities.get(id)) ?? null, [rm, id]);
}

export type FormReference = {
  closed: { start: string; end: string }[];
  /** The approved SKP's RHK for the year of the entry; null without an approved SKP. */
  rhk: Rhk[] | null;
  catalog: CatalogRow[];
  frequent: FrequentEntry[];
};

/** What the entry form needs besides the entry: periods, RHK, catalog and frequent entries. */
export function useFormReference(
  nip: string,
  year: string,
  today: string,
): FormReference | undefined {
  const rm = useReadModel();
  return useLiveQuery(async () => {
    const [closed, rhk, catalog, frequent] = await Promise.all([
      closedRanges(rm),
      approvedRhk(rm, nip, year),
      rm.catalog.toArray(),
      frequentEntries(rm, nip, today),
    ]);
    return { closed, rhk, catalog: catalog.sort((a, b) => a.name.localeCompare(b.name)), frequent };
  }, [rm, nip, year, today]);
}
