/**
 * The units as the console shows them, read live from the device: the tree with each unit's
 * head (by name) and number of active people, and the people themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { activePeopleByUnit, unitTree, type UnitTree } from '../../../core/unit-rules';
import type { EmployeeRow, UnitRow } from '../../../data/read-model';
import { useReadModel } from '../../../data/user-data';

export type UnitView = UnitRow & { headName: string | null; people: number };
export type UnitsView = { tree: UnitTree<UnitView>; employees: readonly EmployeeRow[] };

export function useUnitsView(): UnitsView | undefined {
  const rm = useReadModel();
  const data = useLiveQuery(() => Promise.all([rm.units.toArray(), rm.employees.toArray()]), [rm]);
  return useMemo(() => {
    if (data === undefined) return undefined;
    const [units, employees] = data;
    const names = new Map(employees.map((e) => [e.nip, e.name]));
    const counts = activePeopleByUnit(employees);
    const views = units.map((u): UnitView => ({
      ...u,
      headName: u.headNip === null ? null : (names.get(u.headNip) ?? u.headNip),
      people: counts.get(u.unitId) ?? 0,
    }));
    return { tree: unitTree(views), employees };
  }, [data]);
}
