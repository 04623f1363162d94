/**
 * The signed-in person's "who sees my data", from this device's copy of the organisation: the
 * same employee and unit documents the rules judge writes with, live, so a new head or a Plt
 * shows at the next sync.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { readersOfMyData, type KindReaders } from '../../core/data-readers';
import { civilDate } from '../../core/dates';
import { buildOrgChart } from '../../core/org-chart';
import { useReadModel } from '../../data/user-data';

export type DataReadersView = { kinds: KindReaders[]; names: ReadonlyMap<string, string> };

export function useDataReaders(nip: string): DataReadersView | undefined {
  const readModel = useReadModel();
  return useLiveQuery(async () => {
    const [employees, units] = await Promise.all([
      readModel.employees.toArray(),
      readModel.units.toArray(),
    ]);
    const chart = buildOrgChart(employees, units);
    return {
      kinds: readersOfMyData(nip, chart, civilDate(Date.now())),
      names: new Map(employees.map((e) => [e.nip, e.name])),
    };
  }, [readModel, nip]);
}
