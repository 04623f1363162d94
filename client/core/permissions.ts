/**
 * One writer per document type. The writer role of each type, and whether a user holds it for
 * a given employee on a given day. Conflicts then only come from one person on two devices.
 */
import type { DocType } from './ids';
import { atasanPenilaiOf, isPengelola, superiorOf, type OrgChart, type User } from './org-chart';

/**
 * `server`: derived documents the sync server computes from its feed (report summaries); no
 * person writes them, so every write from a device is refused.
 */
export type WriterRole = 'pengelola' | 'owner' | 'appraiser' | 'atasan' | 'server';

export const WRITER_OF = {
  employee: 'pengelola',
  unit: 'pengelola',
  period: 'pengelola',
  catalog: 'pengelola',
  expectation: 'pengelola',
  training: 'pengelola',
  attendance: 'pengelola',
  'org-rating': 'pengelola',
  setting: 'pengelola',
  'enrolment-admin': 'pengelola',
  'attendance-applied': 'pengelola',
  skp: 'owner',
  activity: 'owner',
  'self-assessment': 'owner',
  acknowledgement: 'owner',
  enrolment: 'owner',
  certificate: 'owner',
  'development-plan': 'owner',
  'attendance-correction': 'owner',
  photo: 'owner',
  'feedback-response': 'owner',
  'praktik-baik': 'owner',
  'skp-approval': 'appraiser',
  verification: 'appraiser',
  feedback: 'appraiser',
  'enrolment-decision': 'appraiser',
  'attendance-decision': 'appraiser',
  appraisal: 'appraiser',
  'objection-decision': 'atasan',
  report: 'server',
} as const satisfies Record<DocType, WriterRole>;

/** True when the user holds the writer role of a type for the employee `ownerNip` on `date`. */
export function canWrite(
  user: User,
  type: DocType,
  ownerNip: string | null,
  chart: OrgChart,
  date: string,
): boolean {
  const role = WRITER_OF[type];
  switch (role) {
    case 'pengelola':
      return isPengelola(user);
    case 'owner':
      return ownerNip !== null && ownerNip === user.nip;
    case 'appraiser':
      return ownerNip !== null && superiorOf(chart, ownerNip, date) === user.nip;
    case 'atasan':
      return ownerNip !== null && atasanPenilaiOf(chart, ownerNip, date) === user.nip;
    case 'server':
      return false;
  }
}
