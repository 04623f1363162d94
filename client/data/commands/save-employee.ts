/**
 * The console's writes of a person's document (Pengelola Kinerja or admin): create, edit,
 * mutasi, status and Plt/Plh. Each builds the next document with core (employee-rules.ts),
 * judges it against this device's whole directory (inactive people and closed units included,
 * which the org chart leaves out), then writes it through `putDoc`, which judges it again as the
 * server will. A refusal names the field it is about.
 */
import { civilDate, DEFAULT_TIME_ZONE } from '../../core/dates';
import {
  employeeVerdict,
  withMutasi,
  withStatus,
  type Mutasi,
  type OrgDirectory,
  type PersonRef,
  type UnitRef,
} from '../../core/employee-rules';
import { ids } from '../../core/ids';
import type { Acting, EmployeeDoc, UnitDoc } from '../../core/schemas/reference';
import type { EmployeeStatus } from '../../core/vocabulary';
import type { RawDoc } from '../../core/write-context';
import type { LocalDb } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

async function allWithPrefix<T>(db: LocalDb, prefix: string): Promise<T[]> {
  const res = await db.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
  return res.rows.flatMap((r) => (r.doc ? [r.doc as unknown as T] : []));
}

/** Every person and unit this device holds: a Pengelola's device holds the whole directory. */
async function directoryOf(db: LocalDb): Promise<OrgDirectory> {
  const [people, units] = await Promise.all([
    allWithPrefix<EmployeeDoc>(db, 'employee:'),
    allWithPrefix<UnitDoc>(db, 'unit:'),
  ]);
  return {
    people: new Map<string, PersonRef>(people.map((p) => [p.nip, p])),
    units: new Map<string, UnitRef>(units.map((u) => [u.unitId, u])),
    complete: true,
  };
}

function todayOf(ctx: CommandContext): string {
  return civilDate((ctx.now ?? Date.now)(), ctx.timeZone ?? DEFAULT_TIME_ZONE);
}

async function storedEmployee(db: LocalDb, nip: string): Promise<EmployeeDoc | null> {
  try {
    return (await db.get(ids.employee(nip))) as unknown as EmployeeDoc;
  } catch {
    return null;
  }
}

/** Judges `doc` against the stored one (none: a new person) and writes it. */
async function judgeAndPut(
  doc: EmployeeDoc,
  stored: EmployeeDoc | null,
  ctx: CommandContext,
): Promise<CommandResult> {
  const verdict = employeeVerdict(doc, stored, await directoryOf(ctx.db), todayOf(ctx));
  if (!verdict.ok) return failure(verdict.code, verdict.reason, verdict.field);
  return putDoc(doc satisfies RawDoc, ctx);
}

/** Fields a person's form holds: everything but the id, the riwayat and the Plt/Plh list. */
export type EmployeeFields = Omit<
  EmployeeDoc,
  '_id' | '_rev' | 'type' | 'schemaVersion' | 'history' | 'acting'
>;

/** Adds a person who is not in the directory yet. */
export const createEmployee = command(async function createEmployee(
  fields: EmployeeFields,
  ctx: CommandContext,
): Promise<CommandResult> {
  const doc: EmployeeDoc = {
    ...fields,
    _id: ids.employee(fields.nip),
    type: 'employee',
    schemaVersion: 1,
    acting: [],
  };
  return judgeAndPut(doc, null, ctx);
});

/** Corrects a person's fields in place; the riwayat and Plt/Plh stay as stored. */
export const editEmployee = command(async function editEmployee(
  fields: EmployeeFields,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedEmployee(ctx.db, fields.nip);
  if (stored === null) return notHeld();
  return judgeAndPut(
    { ...stored, ...fields, history: stored.history, acting: stored.acting },
    stored,
    ctx,
  );
});

/** Mutasi: the new unit, superior and position from the TMT; the old one goes to the riwayat. */
export const moveEmployee = command(async function moveEmployee(
  nip: string,
  mutasi: Mutasi,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedEmployee(ctx.db, nip);
  if (stored === null) return notHeld();
  return judgeAndPut(withMutasi(stored, mutasi), stored, ctx);
});

/** A new status from a date (TMT); anything but aktif ends sign-in and appraisal duty. */
export const changeEmployeeStatus = command(async function changeEmployeeStatus(
  nip: string,
  change: { status: EmployeeStatus; from: string; note: string },
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedEmployee(ctx.db, nip);
  if (stored === null) return notHeld();
  return judgeAndPut(withStatus(stored, change.status, change.from, change.note), stored, ctx);
});

/** Appoints a Plt/Plh for this head for a date range. */
export const addActing = command(async function addActing(
  headNip: string,
  acting: Acting,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedEmployee(ctx.db, headNip);
  if (stored === null) return notHeld();
  return judgeAndPut({ ...stored, acting: [...stored.acting, acting] }, stored, ctx);
});

/**
 * Ends the head's Plt/Plh number `index` on `end`: the range is cut short, or dropped when it
 * had not begun by then.
 */
export const endActing = command(async function endActing(
  headNip: string,
  index: number,
  end: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedEmployee(ctx.db, headNip);
  if (stored === null) return notHeld();
  const acting = stored.acting.flatMap((a, i) => {
    if (i !== index) return [a];
    if (end < a.from) return [];
    return [{ ...a, to: end < a.to ? end : a.to }];
  });
  return judgeAndPut({ ...stored, acting }, stored, ctx);
});

function notHeld(): CommandResult {
  return failure('not-held', 'Data pegawai ini tidak ada di perangkat. Sinkronkan lalu coba lagi.');
}
