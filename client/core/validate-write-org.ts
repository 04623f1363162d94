/**
 * The rules of the organisation documents a Pengelola Kinerja keeps: units, people, periods,
 * catalogs, trainings, attendance and organisation ratings. One file per family beside it
 * (validate-write-unit.ts, -employee.ts, -period.ts); this one dispatches.
 */
import type { User } from './org-chart';
import type { KinerjaDoc } from './schemas/registry';
import { validateUnit } from './validate-write-unit';
import type { RawDoc, WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

type OrgDoc = Extract<
  KinerjaDoc,
  { type: 'employee' | 'unit' | 'period' | 'catalog' | 'training' | 'attendance' | 'org-rating' }
>;

export function validateOrgDoc(
  doc: OrgDoc,
  old: RawDoc | null,
  user: User,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  switch (doc.type) {
    case 'org-rating':
      if (doc.setBy !== user.nip) return refuse('author-mismatch', 'setBy');
      if (!ctx.chart.units.has(doc.unitId)) return refuse('unknown-unit', 'unitId');
      return ctx.periods.has(doc.periodId) ? ALLOW : refuse('unknown-period', 'periodId');
    case 'unit':
      return validateUnit(doc, old, ctx);
    case 'employee':
    case 'period':
    case 'catalog':
    case 'training':
    case 'attendance':
      void [old, ctx, today];
      return ALLOW;
  }
}
