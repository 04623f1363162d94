/**
 * One person's row of a month, from the documents read for them (report-sources.ts): picks the
 * month's documents out and hands them to core's personMonthRow, which decides every figure.
 */
import { ids } from '../../client/core/ids';
import { coachingRecordsOf, developmentSettingsOf, jpRecordOf } from '../../client/core/jp';
import {
  jpOfMonth,
  personMonthRow,
  planPeriodOfMonth,
  type PersonMonthInput,
} from '../../client/core/report';
import type {
  AcknowledgementDoc,
  AppraisalDoc,
  ObjectionDecisionDoc,
} from '../../client/core/schemas/appraisal';
import type {
  AttendanceAppliedDoc,
  AttendanceDoc,
  TppSettings,
} from '../../client/core/schemas/attendance';
import type {
  EnrolmentAdminDoc,
  EnrolmentDoc,
  TrainingDoc,
} from '../../client/core/schemas/development';
import type { EmployeeDoc } from '../../client/core/schemas/reference';
import type { ReportPerson } from '../../client/core/schemas/report';
import type {
  ActivityDoc,
  FeedbackDoc,
  SkpApprovalDoc,
  SkpDoc,
  VerificationDoc,
} from '../../client/core/schemas/work';
import type { StoredDoc } from '../store/store';
import type { PersonDocs } from './report-sources';

/** What every row shares: the organisation's settings and the training catalog. */
export type SharedSources = {
  tpp: TppSettings;
  development: ReturnType<typeof developmentSettingsOf>;
  trainings: ReadonlyMap<string, TrainingDoc>;
};

const as = <T>(doc: StoredDoc | undefined): T | null => (doc ? (doc as unknown as T) : null);

/** The row of `employee` for `month`: the year's SKP, the appraisal figures of `periodId`. */
export function personRow(
  employee: EmployeeDoc,
  month: string,
  periodId: string | null,
  appraiserNip: string | null,
  docs: PersonDocs,
  shared: SharedSources,
): ReportPerson {
  const nip = employee.nip;
  const under = (prefix: string) => docs.under.filter((d) => d._id.startsWith(prefix));
  const feedback = under(`feedback:${nip}:`) as unknown as FeedbackDoc[];
  const byPeriod = <T>(id: (nip: string, periodId: string) => string) =>
    periodId === null ? null : as<T>(docs.byId.get(id(nip, periodId)));
  const input: PersonMonthInput = {
    month,
    employee: {
      nip,
      name: employee.name,
      position: employee.position,
      status: employee.status ?? (employee.active ? 'aktif' : undefined),
      kelasJabatan: employee.kelasJabatan,
    },
    appraiserNip,
    activities: under(`activity:${nip}:${month}-`) as unknown as ActivityDoc[],
    verifications: under(`verification:${nip}:${month}-`) as unknown as VerificationDoc[],
    feedback,
    skp: as<SkpDoc & { _rev: string }>(docs.byId.get(ids.skp(nip, planPeriodOfMonth(month)))),
    skpApproval: as<SkpApprovalDoc>(docs.byId.get(ids.skpApproval(nip, planPeriodOfMonth(month)))),
    appraisal: byPeriod<AppraisalDoc>(ids.appraisal),
    acknowledgement: byPeriod<AcknowledgementDoc>(ids.acknowledgement),
    objectionDecision: byPeriod<ObjectionDecisionDoc>(ids.objectionDecision),
    attendance: as<AttendanceDoc>(docs.byId.get(ids.attendance(nip, month))),
    applied: under(`attendance-applied:${nip}:${month}-`) as unknown as AttendanceAppliedDoc[],
    tpp: shared.tpp,
    jp: jpOfMonth(
      [...jpRecords(nip, docs, shared.trainings), ...coachingRecordsOf(feedback)],
      shared.development,
      employee.kind,
      month,
    ),
  };
  return personMonthRow(input);
}

/** The person's development records that count JP, with the Pengelola's steps joined by key. */
function jpRecords(nip: string, docs: PersonDocs, trainings: ReadonlyMap<string, TrainingDoc>) {
  const keyOf = (id: string) => id.split(':').slice(2).join(':');
  const admins = new Map(
    docs.under
      .filter((d) => d._id.startsWith(`enrolment-admin:${nip}:`))
      .map((d) => [keyOf(d._id), d as unknown as EnrolmentAdminDoc]),
  );
  return docs.under
    .filter((d) => d._id.startsWith(`enrolment:${nip}:`))
    .flatMap((d) => {
      const e = d as unknown as EnrolmentDoc;
      const training = e.trainingId === null ? null : (trainings.get(e.trainingId) ?? null);
      const record = jpRecordOf(e, admins.get(keyOf(d._id)) ?? null, training);
      return record ? [record] : [];
    });
}
