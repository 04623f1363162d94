/** What the first set-up has done so far, live from this device's read model. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useReadModel } from '../../data/user-data';

export type SetupStatus = {
  units: number;
  people: number;
  /** Labels of the periods, newest year first. */
  periods: { id: string; label: string; year: number }[];
};

export function useSetupStatus(): SetupStatus | undefined {
  const readModel = useReadModel();
  return useLiveQuery(async () => {
    const [units, people, periods] = await Promise.all([
      readModel.units.count(),
      readModel.employees.count(),
      readModel.periods.toArray(),
    ]);
    return {
      units,
      people,
      periods: periods
        .map((p) => ({ id: p.periodId, label: p.label, year: p.year }))
        .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)),
    };
  }, [readModel]);
}
