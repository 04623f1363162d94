/**
 * Where a refused document gets fixed.
 * Screens open the document named by the `dok` query parameter (`/kegiatan?dok={id}`).
 */
import type { syncStatusMessages } from './sync-status-messages';

type TypeLabelKey = keyof typeof syncStatusMessages.id & `type${string}`;

const FIX: Record<string, { base: string; label: TypeLabelKey }> = {
  activity: { base: '/kegiatan', label: 'typeActivity' },
  verification: { base: '/tim', label: 'typeVerification' },
  skp: { base: '/kinerja', label: 'typeSkp' },
  'skp-approval': { base: '/tim', label: 'typeSkpApproval' },
  feedback: { base: '/tim', label: 'typeFeedback' },
  'self-assessment': { base: '/kinerja', label: 'typeSelfAssessment' },
  appraisal: { base: '/tim', label: 'typeAppraisal' },
  acknowledgement: { base: '/kinerja', label: 'typeAcknowledgement' },
  'objection-decision': { base: '/tim', label: 'typeObjectionDecision' },
  enrolment: { base: '/pengembangan', label: 'typeEnrolment' },
  certificate: { base: '/pengembangan', label: 'typeCertificate' },
  'development-plan': { base: '/pengembangan', label: 'typeDevelopmentPlan' },
  'enrolment-decision': { base: '/tim', label: 'typeEnrolmentDecision' },
  'enrolment-admin': { base: '/kelola/pengembangan', label: 'typeEnrolmentAdmin' },
  // Listed there as refused, with "Buang penerapan".
  'attendance-applied': { base: '/kelola/kehadiran', label: 'typeAttendanceApplied' },
};

/** The screen that fixes a refused document, with the document named in `dok`. */
export function fixPathOf(denied: { id: string; type: string }): string {
  const base = FIX[denied.type]?.base ?? '/';
  return `${base}?dok=${encodeURIComponent(denied.id)}`;
}

export function typeLabelOf(type: string): TypeLabelKey {
  return FIX[type]?.label ?? 'typeOther';
}
