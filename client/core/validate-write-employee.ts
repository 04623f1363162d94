/**
 * The write rules of a person's document (employee), judged against the org chart the writer's
 * side holds: employee-rules.ts decides, this file gives it the chart as a directory.
 */
import { employeeVerdict, type OrgDirectory, type UnitRef } from './employee-rules';
import type { OrgChart } from './org-chart';
import type { EmployeeDoc } from './schemas/reference';
import type { RawDoc, WriteContext } from './write-context';
import type { WriteVerdict } from './write-reasons';

/** One directory per chart: an import judges thousands of people against the same chart. */
const directories = new WeakMap<OrgChart, OrgDirectory>();

/**
 * The chart as the rules' directory: its people are the active ones, so it is not complete.
 * Its units are the documents themselves (with `closedOn`) on both the device and the server.
 */
export function directoryOfChart(chart: OrgChart): OrgDirectory {
  const known = directories.get(chart);
  if (known) return known;
  const units = new Map<string, UnitRef>();
  for (const u of chart.units.values()) {
    units.set(u.unitId, { unitId: u.unitId, closedOn: u.closedOn });
  }
  const directory: OrgDirectory = { people: chart.employees, units, complete: false };
  directories.set(chart, directory);
  return directory;
}

/** Judges a write of a person's document (the writer role is judged before). */
export function validateEmployee(
  doc: EmployeeDoc,
  old: RawDoc | null,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  const prev = old === null ? null : (old as unknown as EmployeeDoc);
  return employeeVerdict(doc, prev, directoryOfChart(ctx.chart), today);
}
