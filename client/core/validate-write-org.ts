/**
 * The rules of the organisation documents a Pengelola Kinerja keeps: units, people, periods,
 * catalogs, trainings, attendance, organisation ratings and settings. One file per family beside it
 * (validate-write-unit.ts, -employee.ts, -period.ts); this one dispatches.
 */
import type { User } from './org-chart';
import { keepsPerson, scopeOf, unitWithin } from './org-scope';
import { validatePeriod } from './validate-write-period';
import type { KinerjaDoc } from './schemas/registry';
import { validateEmployee } from './validate-write-employee';
import { validateUnit } from './validate-write-unit';
import type { RawDoc, WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

type OrgDoc = Extract<
  KinerjaDoc,
  {
    type:
      | 'employee'
      | 'unit'
      | 'period'
      | 'catalog'
      | 'expectation'
      | 'training'
      | 'attendance'
      | 'org-rating'
      | 'setting';
  }
>;

export function validateOrgDoc(
  doc: OrgDoc,
  old: RawDoc | null,
  user: User,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  const scope = scopeVerdict(doc, old, user, ctx);
  if (!scope.ok) return scope;
  switch (doc.type) {
    case 'org-rating':
      if (doc.setBy !== user.nip) return refuse('author-mismatch', 'setBy');
      if (!ctx.chart.units.has(doc.unitId)) return refuse('unknown-unit', 'unitId');
      return ctx.periods.has(doc.periodId) ? ALLOW : refuse('unknown-period', 'periodId');
    case 'employee':
      return validateEmployee(doc, old, ctx, today);
    case 'unit':
      return validateUnit(doc, old, ctx);
    case 'period':
      return validatePeriod(doc, old);
    case 'catalog':
    case 'expectation':
    case 'training':
    case 'attendance':
    case 'setting':
      void [old, ctx, today];
      return ALLOW;
  }
}

/**
 * A Pengelola scoped to one OPD writes only within it, before and after the write (a person or a
 * unit cannot be moved in from, or out to, another OPD); the whole organisation's documents
 * (periods, catalogs, trainings) are BKPSDM's.
 */
function scopeVerdict(
  doc: OrgDoc,
  old: RawDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  const scope = scopeOf(user);
  if (scope === null) return ALLOW;
  const units = ctx.chart.units;
  const within = (unitId: unknown) =>
    typeof unitId === 'string' && unitWithin(units, unitId, scope);
  switch (doc.type) {
    case 'period':
    case 'catalog':
    case 'expectation':
    case 'training':
    case 'setting':
      return refuse('out-of-scope');
    case 'unit': {
      // Judged with the unit where the write puts it; its own root stays where it is.
      const placed = new Map(units).set(doc.unitId, { ...doc });
      const movedRoot =
        doc.unitId === scope && doc.parentId !== (units.get(scope)?.parentId ?? null);
      const fine =
        unitWithin(placed, doc.unitId, scope) && !movedRoot && (old === null || within(old.unitId));
      return fine ? ALLOW : refuse('out-of-scope', 'parentId');
    }
    case 'employee':
      return within(doc.unitId) && (old === null || within(old.unitId))
        ? ALLOW
        : refuse('out-of-scope', 'unitId');
    case 'org-rating':
      return within(doc.unitId) ? ALLOW : refuse('out-of-scope', 'unitId');
    case 'attendance':
      return keepsPerson(user, ctx.chart, doc.nip) ? ALLOW : refuse('out-of-scope', 'nip');
  }
}
