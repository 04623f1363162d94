/**
 * How a person's SKP links to their superior's: the superior's RHK that a staff RHK may support
 * (the choice in the SKP editor, stored as `parentRhkId`) and the text behind a stored link (read
 * on the SKP and on its approval). A staff device holds its superior's SKP (channel `plan:{nip}`)
 * and employee record (`unit:{unitId}`); the head holds their own. Screens wrap these in
 * `useLiveQuery`.
 */
import { ids } from '../../core/ids';
import { buildOrgChart, superiorOf } from '../../core/org-chart';
import type { Rhk } from '../../core/schemas/work';
import type { SkpStatus } from '../../core/skp-status';
import type { ReadModel } from '../read-model';
import { skpState } from './skp-queries';

/** The superior's SKP of one year, as far as a staff RHK may link to it. */
export type ParentPlan = {
  nip: string;
  /** The superior's name, or their NIP when their record is not on this device. */
  name: string;
  periodId: string;
  status: SkpStatus;
  rhk: readonly Rhk[];
};

/** The superior's SKP statuses whose RHK staff may pick: submitted or approved, not drafts. */
const PICKABLE: readonly SkpStatus[] = ['submitted', 'approved'];

/**
 * The superiors whose SKP a person's RHK support: the recorded superior (the structural head),
 * then whoever is the superior on the date when a Plt/Plh acts for them.
 */
async function superiorsOf(rm: ReadModel, nip: string, date: string): Promise<string[]> {
  const [employees, units] = await Promise.all([rm.employees.toArray(), rm.units.toArray()]);
  const recorded = employees.find((e) => e.nip === nip)?.superiorNip ?? null;
  const onDate = superiorOf(buildOrgChart(employees, units), nip, date);
  return [...new Set([recorded, onDate])].filter((x): x is string => x !== null);
}

async function planOf(
  rm: ReadModel,
  nip: string,
  periodId: string,
  date: string,
  accept: (status: SkpStatus) => boolean,
): Promise<ParentPlan | null> {
  for (const superior of await superiorsOf(rm, nip, date)) {
    const state = await skpState(rm, superior, periodId);
    if (!state.skp || !accept(state.status)) continue;
    const record = await rm.employees.get(ids.employee(superior));
    return {
      nip: superior,
      name: record?.name ?? superior,
      periodId,
      status: state.status,
      rhk: state.skp.rhk,
    };
  }
  return null;
}

/**
 * The superior's SKP of the same year whose RHK a person may pick as the one their RHK supports:
 * submitted or approved (a draft may still change). Null when none is on this device.
 */
export function pickableParentPlan(
  rm: ReadModel,
  nip: string,
  periodId: string,
  date: string,
): Promise<ParentPlan | null> {
  return planOf(rm, nip, periodId, date, (s) => PICKABLE.includes(s));
}

/**
 * The superior's SKP of the same year in any state, to name the RHK that stored links point to
 * (on the staff's own SKP and on the head's approval screen). Null when none is on this device.
 */
export function linkedParentPlan(
  rm: ReadModel,
  nip: string,
  periodId: string,
  date: string,
): Promise<ParentPlan | null> {
  return planOf(rm, nip, periodId, date, (s) => s !== 'none');
}

/** The superior's RHK a stored `parentRhkId` names, with its number in their SKP; else null. */
export function parentRhkOf(
  plan: Pick<ParentPlan, 'rhk'> | null,
  parentRhkId: string,
): { n: number; rhk: Rhk } | null {
  const i = plan?.rhk.findIndex((r) => r.id === parentRhkId) ?? -1;
  const rhk = i >= 0 ? plan?.rhk[i] : undefined;
  return rhk ? { n: i + 1, rhk } : null;
}
