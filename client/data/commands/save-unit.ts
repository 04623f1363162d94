/**
 * Keeping the tree of work units (Pengelola or admin): creating a unit, and changing one (its
 * name, kind, head, parent, working hours, or its closing date). Core's unit rules judge every write, here and
 * again on the server.
 */
import { ids } from '../../core/ids';
import type { UnitDoc, WorkHours } from '../../core/schemas/reference';
import { validateWrite } from '../../core/validate-write';
import { WRITE_REASONS } from '../../core/write-reasons';
import type { UnitKind } from '../../core/vocabulary';
import { getDocs, loadWriteContext, type CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

/** What the console's forms set on a unit; null (or empty text) leaves an optional field out. */
export type UnitFields = {
  name: string;
  kind: UnitKind | null;
  parentId: string | null;
  headNip: string | null;
  headPosition: string | null;
  closedOn: string | null;
  /** Its own working hours; null: none (it follows the unit above). Absent: none, or kept on a change. */
  workHours?: WorkHours | null;
};

const blankToNull = (s: string | null | undefined) =>
  s == null || s.trim() === '' ? null : s.trim();

/** The unit document with these fields; optional fields left empty are left out. */
function unitDoc(
  base: Omit<UnitDoc, 'kind' | 'headPosition' | 'closedOn' | 'workHours'>,
  f: UnitFields,
): UnitDoc {
  const headPosition = blankToNull(f.headPosition);
  const closedOn = blankToNull(f.closedOn);
  return {
    ...base,
    name: f.name.trim(),
    parentId: blankToNull(f.parentId),
    headNip: blankToNull(f.headNip),
    ...(f.kind === null ? {} : { kind: f.kind }),
    ...(headPosition === null ? {} : { headPosition }),
    ...(closedOn === null ? {} : { closedOn }),
    ...(f.workHours == null ? {} : { workHours: f.workHours }),
  };
}

/**
 * Creates a unit under the code `unitId` (kode unit). A code this device already holds is
 * judged as the creation it is, as the server judges a creation from a second device: it may not
 * give the code another meaning.
 */
export const createUnit = command(async function createUnit(
  unitId: string,
  fields: UnitFields,
  ctx: CommandContext,
): Promise<CommandResult> {
  const code = unitId.trim();
  const doc = unitDoc(
    {
      _id: ids.unit(code),
      type: 'unit',
      schemaVersion: 1,
      unitId: code,
      name: '',
      parentId: null,
      headNip: null,
    },
    fields,
  );
  const held = await getDocs(ctx.db, [doc._id]);
  if (held.has(doc._id)) {
    const verdict = validateWrite(
      doc,
      null,
      ctx.user,
      await loadWriteContext(ctx.db, [doc._id], ctx),
    );
    if (!verdict.ok) return failure(verdict.code, verdict.reason, verdict.field);
  }
  return putDoc(doc, ctx);
});

/** Changes a unit: the fields given replace the stored ones (`closedOn: null` reopens it). */
export const updateUnit = command(async function updateUnit(
  unitId: string,
  changes: Partial<UnitFields>,
  ctx: CommandContext,
): Promise<CommandResult> {
  const id = ids.unit(unitId);
  const stored = (await getDocs(ctx.db, [id])).get(id) as unknown as UnitDoc | undefined;
  if (stored === undefined)
    return failure('unknown-unit', WRITE_REASONS['unknown-unit'].id, 'unitId');
  const { kind, headPosition, closedOn, workHours, ...base } = stored;
  const current: UnitFields = {
    name: stored.name,
    kind: kind ?? null,
    parentId: stored.parentId,
    headNip: stored.headNip,
    headPosition: headPosition ?? null,
    closedOn: closedOn ?? null,
    workHours: workHours ?? null,
  };
  return putDoc(unitDoc(base, { ...current, ...changes }), ctx);
});
