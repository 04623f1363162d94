/**
 * Reads of the daily log for the activities screens, live but for the frequent entries; undefined
 * while a query first runs.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
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

/**
 * A person's entries from `from` to `to`, by date and time; `initial` (rows just read) shows
 * until the live query first answers.
 */
export function useActivitiesInRange(
  nip: string,
  from: string,
  to: string,
  initial?: ActivityRow[],
): ActivityRow[] | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => activitiesInRange(rm, nip, from, to), [rm, nip, from, to], initial);
}

/**
 * A person's entries of one day, by time; undefined until the query of that very day answers
 * (after the date changes, not the previous day's entries meanwhile).
 */
export function useDayEntries(nip: string, date: string): ActivityRow[] | undefined {
  const rm = useReadModel();
  const read = useLiveQuery(
    async () => ({ date, rows: await activitiesInRange(rm, nip, date, date) }),
    [rm, nip, date],
  );
  return read?.date === date ? read.rows : undefined;
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

/**
 * The person's frequent entries, read once when the form opens rather than live: a live query
 * re-read two months of entries (840 rows with two years on the device) at every save, the
 * form's own included, and held up the list the save opens. Templates need not follow the minute.
 */
function useFrequentEntries(nip: string, today: string): FrequentEntry[] | undefined {
  const rm = useReadModel();
  const [frequent, setFrequent] = useState<{ nip: string; list: FrequentEntry[] }>();
  useEffect(() => {
    let current = true;
    const keep = (list: FrequentEntry[]) => {
      if (current) setFrequent({ nip, list });
    };
    // Without templates the form still opens.
    frequentEntries(rm, nip, today).then(keep, () => keep([]));
    return () => {
      current = false;
    };
  }, [rm, nip, today]);
  // A new day (past midnight) reads them again; the open form keeps the last list meanwhile.
  return frequent?.nip === nip ? frequent.list : undefined;
}

/** What the entry form needs besides the entry: periods, RHK, catalog and frequent entries. */
export function useFormReference(
  nip: string,
  year: string,
  today: string,
): FormReference | undefined {
  const rm = useReadModel();
  const frequent = useFrequentEntries(nip, today);
  const live = useLiveQuery(async () => {
    const [closed, rhk, catalog] = await Promise.all([
      closedRanges(rm),
      approvedRhk(rm, nip, year),
      rm.catalog.toArray(),
    ]);
    return { closed, rhk, catalog: catalog.sort((a, b) => a.name.localeCompare(b.name)) };
  }, [rm, nip, year]);
  return useMemo(() => (live && frequent ? { ...live, frequent } : undefined), [live, frequent]);
}
