/**
 * The rules of the organisation documents a Pengelola Kinerja keeps: units, people, periods,
 * catalogs, trainings, attendance and organisation ratings. One file per family beside it
 * (validate-write-unit.ts, -employee.ts, -period.ts); this one dispatches.
 */
import type { User } from './org-chart';
import type { KinerjaDoc } from './schemas/registry';
import { validateEmployee } from './validate-write-employee';
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
      return doc.setBy === user.nip ? ALLOW : refuse('author-mismatch', 'setBy');
    case 'employee':
      return validateEmployee(doc, old, ctx, today);
    case 'unit':
    case 'period':
    case 'catalog':
    case 'training':
    case 'attendance':
      void [old, ctx, today];
      return ALLOW;
  }
}
