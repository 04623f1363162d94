/**
 * The rules of a person's document (employee) as the Pengelola Kinerja changes it: the unit
 * exists and is open, the superior exists, is active, is not the person and closes no cycle,
 * Plt/Plh ranges are whole and held by another active person, the riwayat (history) only grows,
 * and a mutasi's TMT is neither in the future nor before the current one. A write is judged on
 * what it changes: a person whose unit closed later can still have their name corrected.
 *
 * The same function judges the console's form on the device (against the device's whole
 * directory) and every write on the server (against the org chart, see validate-write-employee.ts).
 */
import { addDays } from './dates';
import { describeCycle, findCycles } from './org-import/supervisor-graph';
import type { Acting, Assignment, EmployeeDoc } from './schemas/reference';
import { EMPLOYEE_STATUS_LABELS, type EmployeeStatus } from './vocabulary';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

/** What the rules need to know of another person. */
export type PersonRef = { nip: string; active: boolean; superiorNip: string | null };
/** What the rules need to know of a unit. */
export type UnitRef = { unitId: string; closedOn?: string | undefined };

/** The organisation a person's document is judged against. */
export type OrgDirectory = {
  people: ReadonlyMap<string, PersonRef>;
  units: ReadonlyMap<string, UnitRef>;
  /**
   * True when it lists every person (inactive ones too) and every unit, as a device's copy
   * does: a reference to someone absent is then wrong. False for the server's org chart, which
   * lists active people only and judges each document of an organisation import before the
   * others of the same write (checked whole by the import first): there an absent reference
   * is left to that check, and only what the chart shows to be wrong is refused.
   */
  complete: boolean;
};

/** A person's document before the write, as far as the rules read it. */
export type PreviousEmployee = Pick<
  EmployeeDoc,
  'unitId' | 'superiorNip' | 'active' | 'acting' | 'assignedFrom' | 'history'
>;

/** True when the unit is closed on `date` (it closes on its `closedOn`). */
export function isUnitClosed(unit: UnitRef, date: string): boolean {
  return unit.closedOn !== undefined && unit.closedOn <= date;
}

/** The day an assignment starting on `tmt` ends the previous one: the day before. */
export function assignmentEndBefore(tmt: string): string {
  return addDays(tmt, -1);
}

/** Judges a person's document against the one it replaces (null: a new person) and the directory. */
export function employeeVerdict(
  doc: EmployeeDoc,
  old: PreviousEmployee | null,
  dir: OrgDirectory,
  today: string,
): WriteVerdict {
  const checks = [
    () => newPersonVerdict(doc, old, dir),
    () => unitVerdict(doc, old, dir, today),
    () => superiorVerdict(doc, old, dir),
    () => actingVerdict(doc, old, dir),
    () => historyVerdict(doc, old),
    () => tmtVerdict(doc, old, today),
  ];
  for (const check of checks) {
    const verdict = check();
    if (!verdict.ok) return verdict;
  }
  return ALLOW;
}

function newPersonVerdict(
  doc: EmployeeDoc,
  old: PreviousEmployee | null,
  dir: OrgDirectory,
): WriteVerdict {
  // Only a complete directory (the console's own check) knows every NIP; through validateWrite
  // the stored document is the truth (old), and the chart may already hold the write's own people
  // (an import judged as a whole).
  return dir.complete && old === null && dir.people.has(doc.nip)
    ? refuse('employee-exists', 'nip')
    : ALLOW;
}

/** True when the write makes an inactive person active again: their links are judged afresh. */
function reactivates(doc: EmployeeDoc, old: PreviousEmployee | null): boolean {
  return old !== null && !old.active && doc.active;
}

function unitVerdict(
  doc: EmployeeDoc,
  old: PreviousEmployee | null,
  dir: OrgDirectory,
  today: string,
): WriteVerdict {
  if (old !== null && old.unitId === doc.unitId && !reactivates(doc, old)) return ALLOW;
  const unit = dir.units.get(doc.unitId);
  if (unit === undefined) return dir.complete ? refuse('unknown-unit', 'unitId') : ALLOW;
  return isUnitClosed(unit, today) ? refuse('unit-closed', 'unitId') : ALLOW;
}

function superiorVerdict(
  doc: EmployeeDoc,
  old: PreviousEmployee | null,
  dir: OrgDirectory,
): WriteVerdict {
  const superior = doc.superiorNip;
  if (superior === null) return ALLOW;
  if (superior === doc.nip) return refuse('superior-self', 'superiorNip');
  if (old !== null && old.superiorNip === superior && !reactivates(doc, old)) return ALLOW;
  const ref = dir.people.get(superior);
  if (ref === undefined) return dir.complete ? refuse('superior-unknown', 'superiorNip') : ALLOW;
  if (doc.active && !ref.active) return refuse('superior-inactive', 'superiorNip');
  const cycle = supervisorCycleThrough(doc.nip, superior, dir.people);
  return cycle === null ? ALLOW : refuse('supervisor-cycle', 'superiorNip', describeCycle(cycle));
}

/** The supervisor cycle the person would close by answering to `superior`, or null. */
function supervisorCycleThrough(
  nip: string,
  superior: string,
  people: ReadonlyMap<string, PersonRef>,
): string[] | null {
  const next = (n: string) => (n === nip ? superior : people.get(n)?.superiorNip);
  return findCycles([nip], next).find((c) => c.includes(nip)) ?? null;
}

const sameActing = (a: Acting, b: Acting) =>
  a.actingNip === b.actingNip && a.kind === b.kind && a.from === b.from && a.to === b.to;

function actingVerdict(
  doc: EmployeeDoc,
  old: PreviousEmployee | null,
  dir: OrgDirectory,
): WriteVerdict {
  const before = old?.acting ?? [];
  for (const a of doc.acting) {
    if (before.some((b) => sameActing(a, b))) continue;
    if (a.from > a.to) return refuse('acting-range', 'acting');
    if (a.actingNip === doc.nip) return refuse('acting-self', 'acting');
    const ref = dir.people.get(a.actingNip);
    if (ref === undefined ? dir.complete : !ref.active) return refuse('acting-inactive', 'acting');
  }
  return ALLOW;
}

const sameAssignment = (a: Assignment, b: Assignment) => JSON.stringify(a) === JSON.stringify(b);

function historyVerdict(doc: EmployeeDoc, old: PreviousEmployee | null): WriteVerdict {
  const before = old?.history ?? [];
  const after = doc.history ?? [];
  const keeps =
    after.length >= before.length &&
    before.every((entry, i) => {
      const kept = after[i];
      return kept !== undefined && sameAssignment(entry, kept);
    });
  return keeps ? ALLOW : refuse('history-rewritten', 'history');
}

/**
 * The TMT (assignedFrom) of a new assignment is at most today (a future move would need a
 * scheduled change, which the app does not keep) and not before the assignment it replaces.
 */
function tmtVerdict(doc: EmployeeDoc, old: PreviousEmployee | null, today: string): WriteVerdict {
  const tmt = doc.assignedFrom;
  if (tmt === undefined || tmt === old?.assignedFrom) return ALLOW;
  if (tmt > today) return refuse('tmt-future', 'assignedFrom');
  if (old?.assignedFrom !== undefined && tmt < old.assignedFrom)
    return refuse('tmt-before-current', 'assignedFrom');
  return ALLOW;
}

/** A mutasi: the new unit, superior and position from the TMT, with the decree that orders it. */
export type Mutasi = {
  unitId: string;
  superiorNip: string | null;
  position: string;
  tmt: string;
  /** Nomor SK or reason; kept on the assignment it ends. */
  note?: string;
};

/** The current assignment as a riwayat entry, ended the day before `tmt`. */
function endedAssignment(doc: EmployeeDoc, tmt: string, note: string | undefined): Assignment {
  const to = assignmentEndBefore(tmt);
  const from = doc.assignedFrom;
  return {
    unitId: doc.unitId,
    superiorNip: doc.superiorNip,
    position: doc.position,
    ...(from !== undefined && from <= to ? { from } : {}),
    to,
    ...(note ? { note } : {}),
  };
}

/** The person after a mutasi: the current assignment moves into the riwayat, the new one starts. */
export function withMutasi(doc: EmployeeDoc, m: Mutasi): EmployeeDoc {
  return {
    ...doc,
    unitId: m.unitId,
    superiorNip: m.superiorNip,
    position: m.position,
    assignedFrom: m.tmt,
    history: [...(doc.history ?? []), endedAssignment(doc, m.tmt, m.note)],
  };
}

/**
 * The person after a change of status from `from`: the assignment held until then is kept in
 * the riwayat with the status change as its note, so the riwayat says when it happened.
 */
export function withStatus(
  doc: EmployeeDoc,
  status: EmployeeStatus,
  from: string,
  note: string,
): EmployeeDoc {
  const reason = [statusChangeNote(doc, status), note.trim()].filter((s) => s !== '').join('; ');
  return {
    ...doc,
    status,
    active: status === 'aktif',
    assignedFrom: from,
    history: [...(doc.history ?? []), endedAssignment(doc, from, reason.slice(0, 300))],
  };
}

function statusChangeNote(doc: EmployeeDoc, status: EmployeeStatus): string {
  const before = doc.status ?? (doc.active ? 'aktif' : null);
  const label = EMPLOYEE_STATUS_LABELS[status];
  return before === null
    ? `Status: ${label}`
    : `Status: ${EMPLOYEE_STATUS_LABELS[before]} → ${label}`;
}
