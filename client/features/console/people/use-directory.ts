/**
 * Every person and unit this device holds, live from the read model, with lookups by NIP and
 * unit id. A Pengelola's device holds the whole directory, inactive people included (the org
 * chart leaves those out, so the console lists from the tables).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { EmployeeRow, UnitRow } from '../../../data/read-model';
import { useReadModel } from '../../../data/user-data';

export type Directory = {
  /** Everyone, by name. */
  people: EmployeeRow[];
  units: UnitRow[];
  person: ReadonlyMap<string, EmployeeRow>;
  unit: ReadonlyMap<string, UnitRow>;
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');

export function useDirectory(): Directory | undefined {
  const rm = useReadModel();
  const people = useLiveQuery(() => rm.employees.toArray(), [rm]);
  const units = useLiveQuery(() => rm.units.toArray(), [rm]);
  return useMemo(() => {
    if (people === undefined || units === undefined) return undefined;
    return {
      people: [...people].sort(byName),
      units: [...units].sort(byName),
      person: new Map(people.map((p) => [p.nip, p])),
      unit: new Map(units.map((u) => [u.unitId, u])),
    };
  }, [people, units]);
}
