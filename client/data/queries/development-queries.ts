/**
 * Competency development over the Dexie read model, shared by the employee's, the head's and the
 * Pengelola's screens: each person's records with the head's decision, the Pengelola's steps, the
 * catalog activity and the status core computes; the settings in force; and JP progress per
 * person and year (core/jp.ts counts; nothing here adds up JP itself). Screens wrap these in
 * `useLiveQuery`.
 */
import { joinRecords, type EnrolmentStatus } from '../../core/development-rules';
import {
  coachingRecordsOf,
  developmentSettingsOf,
  jpProgress,
  jpRecordOf,
  type JpProgress,
} from '../../core/jp';
import type {
  EnrolmentAdminDoc,
  EnrolmentDecisionDoc,
  EnrolmentDoc,
  TrainingDoc,
} from '../../core/schemas/development';
import type { SettingDoc } from '../../core/schemas/reference';
import type { ReadModel, TrainingRow } from '../read-model';
import { KINERJA_SETTING_ID } from './todo-queries';

/** One development record as its owner, head and Pengelola read it. */
export type DevRecord = {
  enrolment: EnrolmentDoc;
  decision: EnrolmentDecisionDoc | null;
  admin: EnrolmentAdminDoc | null;
  /** The catalog activity; null for self-directed learning (or one this device lacks). */
  training: TrainingDoc | null;
  status: EnrolmentStatus;
};

/** A projected catalog row as its document. */
export function trainingDocOf(row: TrainingRow): TrainingDoc {
  const fields: Partial<TrainingRow> = { ...row };
  for (const k of ['id', 'rev', 'seq', 'conflicted'] as const) delete fields[k];
  return { ...(fields as Omit<TrainingDoc, '_id'>), _id: row.id, _rev: row.rev } as TrainingDoc;
}

/** The catalog of development activities on this device, archived ones included, by title. */
export async function trainingCatalog(rm: ReadModel): Promise<TrainingDoc[]> {
  const rows = await rm.trainings.toArray();
  return rows.map(trainingDocOf).sort((a, b) => a.title.localeCompare(b.title, 'id'));
}

/** The development settings in force (targets, JP rules), the defaults where none are stored. */
export async function developmentSettings(rm: ReadModel) {
  const row = await rm.docs.get(KINERJA_SETTING_ID);
  return developmentSettingsOf(row?.doc as SettingDoc | undefined);
}

/**
 * The development records on this device of each of `nips` (every one when absent), newest
 * request first. A record shows once its employee's document is here; the decision and the
 * Pengelola's steps join it by NIP and key.
 */
export async function developmentRecords(
  rm: ReadModel,
  nips?: readonly string[],
): Promise<Map<string, DevRecord[]>> {
  const types = ['enrolment', 'enrolment-decision', 'enrolment-admin'] as const;
  const [rows, trainings] = await Promise.all([
    nips === undefined
      ? rm.docs.where('type').anyOf(types).toArray()
      : rm.docs
          .where('[type+ownerNip]')
          .anyOf(types.flatMap((t) => nips.map((n) => [t, n] as [string, string])))
          .toArray(),
    rm.trainings.toArray(),
  ]);
  // A row keeps the document without its CouchDB fields: its id comes back from the row (JP
  // records are keyed by it).
  const docOf = (r: (typeof rows)[number]): Record<string, unknown> => ({ ...r.doc, _id: r.id });
  const ofType = <T>(type: (typeof types)[number]) =>
    rows.filter((r) => r.type === type).map((r) => docOf(r) as unknown as T);
  const catalog = new Map(trainings.map((t) => [t.trainingId, trainingDocOf(t)]));
  const out = new Map<string, DevRecord[]>(nips?.map((n) => [n, []]) ?? []);
  const joined = joinRecords(
    ofType<EnrolmentDoc>('enrolment'),
    ofType<EnrolmentDecisionDoc>('enrolment-decision'),
    ofType<EnrolmentAdminDoc>('enrolment-admin'),
  );
  for (const r of joined) {
    const { trainingId, nip } = r.enrolment;
    const training = trainingId === null ? null : (catalog.get(trainingId) ?? null);
    out.set(nip, [...(out.get(nip) ?? []), { ...r, training }]);
  }
  for (const list of out.values())
    list.sort((a, b) => b.enrolment.requestedAt.localeCompare(a.enrolment.requestedAt));
  return out;
}

/**
 * JP progress of each of `nips` in `year`: their verified records, their pending ones, and the
 * coaching their heads recorded (bimbingan feedback on this device), against the target of their
 * ASN kind. Keyed by NIP; a person without an employee document here counts as PNS.
 */
export async function jpProgressFor(
  rm: ReadModel,
  nips: readonly string[],
  year: number,
): Promise<Map<string, JpProgress>> {
  const [records, settings, employees, feedback] = await Promise.all([
    developmentRecords(rm, nips),
    developmentSettings(rm),
    rm.employees.where('nip').anyOf(nips).toArray(),
    rm.feedback.where('nip').anyOf(nips).toArray(),
  ]);
  const kindOf = new Map(employees.map((e) => [e.nip, e.kind]));
  const out = new Map<string, JpProgress>();
  for (const nip of nips) {
    const own = (records.get(nip) ?? []).flatMap((r) => {
      const x = jpRecordOf(r.enrolment, r.admin, r.training);
      return x ? [x] : [];
    });
    const coaching = coachingRecordsOf(
      feedback.filter((f) => f.nip === nip).map((f) => ({ ...f, _id: f.id })),
    );
    out.set(nip, jpProgress([...own, ...coaching], settings, kindOf.get(nip) ?? 'pns', year));
  }
  return out;
}
