/**
 * The rules of a work unit's document: a code keeps its meaning, the parent exists and is open,
 * a move never makes a loop, the head is an active employee, its working hours are in order, and
 * a unit closes only once nobody works in it and every unit under it is closed. Judged against the
 * org chart of the device or of the server, whichever writes.
 */
import type { UnitDoc } from './schemas/reference';
import { activePeopleIn, closedOnOf, isSameUnit, openChildrenOf, wouldCycle } from './unit-rules';
import { WORK_HOURS_FIELDS, WORK_HOURS_PROBLEMS, workHoursProblems } from './work-hours';
import type { RawDoc, WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

type StoredUnit = Pick<UnitDoc, 'parentId' | 'headNip' | 'closedOn'>;

/** Judges a write of a unit against the one stored (null: a creation). */
export function validateUnit(
  doc: UnitDoc,
  old: RawDoc | null,
  ctx: Pick<WriteContext, 'chart'>,
): WriteVerdict {
  const units = ctx.chart.units;
  const prev = old as (RawDoc & StoredUnit) | null;
  if (prev === null) {
    const existing = units.get(doc.unitId);
    if (existing && !isSameUnit(existing, doc)) return refuse('unit-exists', 'unitId');
  }

  if (doc.workHours !== undefined) {
    const problems = workHoursProblems(doc.workHours);
    const field = WORK_HOURS_FIELDS.find((f) => problems[f] !== undefined);
    const problem = field === undefined ? undefined : problems[field];
    if (problem !== undefined)
      return refuse('invalid-doc', `workHours.${field}`, WORK_HOURS_PROBLEMS[problem]);
  }

  const moved = prev === null || prev.parentId !== doc.parentId;
  const reopened = closedOnOf(prev ?? {}) !== undefined && doc.closedOn === undefined;
  if (doc.parentId !== null && (moved || reopened)) {
    const parent = units.get(doc.parentId);
    if (parent === undefined) return refuse('unit-parent-unknown', 'parentId');
    if (closedOnOf(parent) !== undefined) return refuse('unit-parent-closed', 'parentId');
    if (wouldCycle(units, doc.unitId, doc.parentId)) return refuse('unit-cycle', 'parentId');
  }

  const headChanged = prev === null || prev.headNip !== doc.headNip;
  if (doc.headNip !== null && headChanged && !ctx.chart.employees.has(doc.headNip))
    return refuse('unit-head-inactive', 'headNip');

  if (doc.closedOn !== undefined && doc.closedOn !== closedOnOf(prev ?? {})) {
    const people = activePeopleIn(ctx.chart, doc.unitId);
    if (people > 0) return refuse('unit-has-people', 'closedOn', String(people));
    const open = openChildrenOf(units, doc.unitId).length;
    if (open > 0) return refuse('unit-has-open-units', 'closedOn', String(open));
  }
  return ALLOW;
}
