/**
 * What the organisation ratings table reads live from the device: the periods, the units (as a
 * tree, for their place), the people's names (who set a rating) and the ratings themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { OrgRatingDoc } from '../../../core/schemas/reference';
import { unitTree, type UnitTree } from '../../../core/unit-rules';
import type { PeriodRow, UnitRow } from '../../../data/read-model';
import { useReadModel } from '../../../data/user-data';

export type RatingsView = {
  periods: readonly PeriodRow[];
  tree: UnitTree<UnitRow>;
  names: ReadonlyMap<string, string>;
  /** By `{unitId}:{periodId}`. */
  ratings: ReadonlyMap<string, OrgRatingDoc>;
};

export const ratingKey = (unitId: string, periodId: string) => `${unitId}:${periodId}`;

export function useRatingsView(): RatingsView | undefined {
  const rm = useReadModel();
  const data = useLiveQuery(
    () =>
      Promise.all([
        rm.periods.orderBy('start').toArray(),
        rm.units.toArray(),
        rm.employees.toArray(),
        rm.docs.where('type').equals('org-rating').toArray(),
      ]),
    [rm],
  );
  return useMemo(() => {
    if (data === undefined) return undefined;
    const [periods, units, employees, docs] = data;
    const ratings = new Map<string, OrgRatingDoc>();
    for (const row of docs) {
      const r = row.doc as unknown as OrgRatingDoc;
      ratings.set(ratingKey(r.unitId, r.periodId), r);
    }
    return {
      periods,
      tree: unitTree(units),
      names: new Map(employees.map((e) => [e.nip, e.name])),
      ratings,
    };
  }, [data]);
}
