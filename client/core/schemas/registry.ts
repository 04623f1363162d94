/** The one schema of each document type, and the union of all documents. */
import type { z } from 'zod';
import type { DocType } from '../ids';
import {
  acknowledgementSchema,
  appraisalSchema,
  objectionDecisionSchema,
  selfAssessmentSchema,
} from './appraisal';
import {
  certificateSchema,
  developmentPlanSchema,
  enrolmentAdminSchema,
  enrolmentDecisionSchema,
  enrolmentSchema,
  trainingSchema,
} from './development';
import {
  attendanceAppliedSchema,
  attendanceCorrectionSchema,
  attendanceDecisionSchema,
  attendanceSchema,
} from './attendance';
import {
  catalogSchema,
  employeeSchema,
  expectationSchema,
  orgRatingSchema,
  periodSchema,
  settingSchema,
  unitSchema,
} from './reference';
import { reportSchema } from './report';
import {
  activitySchema,
  feedbackResponseSchema,
  feedbackSchema,
  photoSchema,
  praktikBaikSchema,
  skpApprovalSchema,
  skpSchema,
  verificationSchema,
} from './work';

export const DOC_SCHEMAS = {
  employee: employeeSchema,
  unit: unitSchema,
  period: periodSchema,
  catalog: catalogSchema,
  expectation: expectationSchema,
  training: trainingSchema,
  skp: skpSchema,
  'skp-approval': skpApprovalSchema,
  activity: activitySchema,
  verification: verificationSchema,
  feedback: feedbackSchema,
  'feedback-response': feedbackResponseSchema,
  'praktik-baik': praktikBaikSchema,
  'self-assessment': selfAssessmentSchema,
  appraisal: appraisalSchema,
  acknowledgement: acknowledgementSchema,
  'objection-decision': objectionDecisionSchema,
  enrolment: enrolmentSchema,
  'enrolment-decision': enrolmentDecisionSchema,
  'enrolment-admin': enrolmentAdminSchema,
  certificate: certificateSchema,
  'development-plan': developmentPlanSchema,
  attendance: attendanceSchema,
  'attendance-correction': attendanceCorrectionSchema,
  'attendance-decision': attendanceDecisionSchema,
  'attendance-applied': attendanceAppliedSchema,
  'org-rating': orgRatingSchema,
  photo: photoSchema,
  setting: settingSchema,
  report: reportSchema,
} as const satisfies Record<DocType, z.ZodType>;

export type DocOf<T extends DocType> = z.infer<(typeof DOC_SCHEMAS)[T]>;
export type KinerjaDoc = { [T in DocType]: DocOf<T> }[DocType];

export type FieldIssue = { path: string; message: string };

/** Validates a document against its type's schema; the issues name the field they are about. */
export function parseDoc(
  doc: unknown,
): { ok: true; doc: KinerjaDoc } | { ok: false; issues: FieldIssue[] } {
  const type =
    typeof doc === 'object' && doc !== null ? (doc as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(DOC_SCHEMAS, type)) {
    return { ok: false, issues: [{ path: 'type', message: 'Jenis dokumen tidak dikenal' }] };
  }
  const result = DOC_SCHEMAS[type as DocType].safeParse(doc);
  if (result.success) return { ok: true, doc: result.data as KinerjaDoc };
  return {
    ok: false,
    // An unknown field of a strict object is reported on the object; name the field itself.
    issues: result.error.issues.map((i) => ({
      path: [...i.path, ...(i.code === 'unrecognized_keys' ? i.keys.slice(0, 1) : [])].join('.'),
      message: i.message,
    })),
  };
}
