/**
 * The employee's competency development writes, all to the local PouchDB (offline first):
 * requesting a catalog activity, withdrawing it, reporting its completion with a certificate
 * photo (the `certificate` document and the record's PhotoRef together, or nothing), logging
 * self-directed learning, and saving the rencana pengembangan of a year. Core judges each write.
 */
import { civilDate } from '../../core/dates';
import { ids, selfLearningKey } from '../../core/ids';
import type {
  DevelopmentPlanDoc,
  DevSession,
  EnrolmentDoc,
  PlanItem,
} from '../../core/schemas/development';
import type { EmployeeDoc } from '../../core/schemas/reference';
import type { DevForm } from '../../core/vocabulary';
import type { RawDoc } from '../../core/write-context';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import type { PhotoInput } from './photo-docs';
import { certificatePhoto, photoDeletions } from './photo-docs';
import { putDoc, putDocs } from './put-doc';
import {
  DEVELOPMENT_STAFF_REASONS,
  type DevelopmentStaffReasonCode,
} from './development-staff-reasons';
import { failure, type CommandFailure, type CommandResult } from './result';
import { command } from './in-flight';

/** The forms a person logs on their own: study, courses, learning groups, outside coaching. */
export const SELF_LEARNING_FORMS = [
  'belajar-mandiri',
  'e-learning',
  'komunitas-belajar',
  'coaching',
  'mentoring',
] as const satisfies readonly DevForm[];
export type SelfLearningForm = (typeof SELF_LEARNING_FORMS)[number];

const nowIso = (ctx: CommandContext) => new Date((ctx.now ?? Date.now)()).toISOString();

async function ownRecord(ctx: CommandContext, key: string): Promise<EnrolmentDoc | null> {
  return (await getOrNull(ctx.db, ids.enrolment(ctx.user.nip, key))) as EnrolmentDoc | null;
}

async function ownUnit(ctx: CommandContext): Promise<string | null> {
  const me = (await getOrNull(ctx.db, ids.employee(ctx.user.nip))) as EmployeeDoc | null;
  return me?.unitId ?? null;
}

/** A refusal of this module, with its sentence from development-staff-reasons.ts. */
function refusal(code: DevelopmentStaffReasonCode, field?: string): CommandFailure {
  return failure(code, DEVELOPMENT_STAFF_REASONS[code].id, field);
}

export type RequestInput = { trainingId: string; note: string; planItemId: string | null };

/**
 * A request (permohonan) for a catalog activity; the head approves it. A request withdrawn
 * before anyone decided may be sent again.
 */
export const requestTraining = command(async function requestTraining(
  input: RequestInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const [unitId, old, decision] = await Promise.all([
    ownUnit(ctx),
    ownRecord(ctx, input.trainingId),
    getOrNull(ctx.db, ids.enrolmentDecision(ctx.user.nip, input.trainingId)),
  ]);
  if (unitId === null) return refusal('no-unit');
  if (old && (old.withdrawnAt === null || decision)) return refusal('already-requested');
  const at = nowIso(ctx);
  return putDoc(
    {
      _id: ids.enrolment(ctx.user.nip, input.trainingId),
      ...(old?._rev === undefined ? {} : { _rev: old._rev }),
      type: 'enrolment',
      schemaVersion: 1,
      nip: ctx.user.nip,
      key: input.trainingId,
      unitId,
      trainingId: input.trainingId,
      self: null,
      note: input.note.trim(),
      planItemId: input.planItemId,
      requestedAt: at,
      withdrawnAt: null,
      completion: null,
      updatedAt: at,
    } satisfies EnrolmentDoc,
    ctx,
  );
});

/**
 * Withdraws a request: one nobody has decided on yet is deleted; a decided one is kept, marked
 * withdrawn, so the head and the Pengelola still see what happened.
 */
export const withdrawTraining = command(async function withdrawTraining(
  key: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const old = await ownRecord(ctx, key);
  if (!old) return refusal('record-not-here');
  const [decision, admin] = await Promise.all([
    getOrNull(ctx.db, ids.enrolmentDecision(ctx.user.nip, key)),
    getOrNull(ctx.db, ids.enrolmentAdmin(ctx.user.nip, key)),
  ]);
  if (!decision && !admin && old.completion === null)
    return putDoc({ _id: old._id, _rev: old._rev, _deleted: true }, ctx);
  const at = nowIso(ctx);
  return putDoc({ ...old, withdrawnAt: at, updatedAt: at }, ctx);
});

export type CompletionInput = {
  /** The day it ended (the certificate's date). */
  date: string;
  /** Sessions or study days, for forms counted per session or per hour; else empty. */
  sessions: readonly DevSession[];
  note: string;
  /** A new certificate photo, already compressed; absent keeps the one reported before. */
  certificate?: PhotoInput | undefined;
};

/** The record with its completion, the new certificate and the old one's deletion: all or none. */
async function writeWithCompletion(
  record: EnrolmentDoc,
  input: CompletionInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const at = nowIso(ctx);
  const before = record.completion?.certificate ?? null;
  const cert = input.certificate
    ? certificatePhoto(record.nip, record.key, input.certificate, at)
    : null;
  const removed = cert && before ? await photoDeletions(ctx.db, [before.id]) : [];
  const next: EnrolmentDoc = {
    ...record,
    completion: {
      reportedAt: at,
      date: input.date,
      sessions: input.sessions.map((s) => ({ date: s.date, hours: s.hours })),
      certificate: cert?.ref ?? before,
      note: input.note.trim(),
    },
    updatedAt: at,
  };
  const docs: RawDoc[] = [...(cert ? [cert.doc] : []), next, ...removed];
  const results = await putDocs(docs, ctx, { allOrNothing: true });
  const refused = results.find((r) => !r.ok);
  return refused ?? { ok: true, id: next._id };
}

/** Reports a catalog activity done (laporan selesai), again after the Pengelola returned it. */
export const reportCompletion = command(async function reportCompletion(
  key: string,
  input: CompletionInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const record = await ownRecord(ctx, key);
  if (!record) return refusal('record-not-here');
  return writeWithCompletion(record, input, ctx);
});

export type SelfLearningInput = {
  form: SelfLearningForm;
  title: string;
  provider: string;
  /** Days of study or sessions; the record is dated by the last one. */
  sessions: readonly DevSession[];
  note: string;
  certificate?: PhotoInput | undefined;
};

/** Logs self-directed learning (belajar mandiri, e-learning, ...): recorded with its completion. */
export const logSelfLearning = command(async function logSelfLearning(
  input: SelfLearningInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const unitId = await ownUnit(ctx);
  if (unitId === null) return refusal('no-unit');
  if (input.sessions.length === 0) return refusal('no-sessions', 'completion.sessions');
  const at = nowIso(ctx);
  const key = selfLearningKey((ctx.now ?? Date.now)());
  const last = input.sessions.map((s) => s.date).reduce((a, b) => (a > b ? a : b));
  const record: EnrolmentDoc = {
    _id: ids.enrolment(ctx.user.nip, key),
    type: 'enrolment',
    schemaVersion: 1,
    nip: ctx.user.nip,
    key,
    unitId,
    trainingId: null,
    self: { form: input.form, title: input.title.trim(), provider: input.provider.trim() },
    note: '',
    planItemId: null,
    requestedAt: at,
    withdrawnAt: null,
    completion: null,
    updatedAt: at,
  };
  return writeWithCompletion(record, { ...input, date: last }, ctx);
});

/** The person's plan of `year` as stored on this device, or null. */
async function ownPlan(ctx: CommandContext, year: number): Promise<DevelopmentPlanDoc | null> {
  return (await getOrNull(
    ctx.db,
    ids.developmentPlan(ctx.user.nip, year),
  )) as DevelopmentPlanDoc | null;
}

/** Saves the rencana pengembangan of `year` with exactly these items (added, edited, dropped). */
export const savePlan = command(async function savePlan(
  year: number,
  items: readonly PlanItem[],
  ctx: CommandContext,
): Promise<CommandResult> {
  const old = await ownPlan(ctx, year);
  return putDoc(
    {
      _id: ids.developmentPlan(ctx.user.nip, year),
      ...(old ? { _rev: old._rev } : {}),
      type: 'development-plan',
      schemaVersion: 1,
      nip: ctx.user.nip,
      year,
      items: items.map((i) => ({ ...i, text: i.text.trim() })),
      updatedAt: nowIso(ctx),
    } satisfies DevelopmentPlanDoc,
    ctx,
  );
});

/**
 * Adds items to the plan of `year` (suggestions from the Rapor, actions of a dialog kinerja);
 * an item whose id the plan already holds is left as it is.
 */
export const addPlanItems = command(async function addPlanItems(
  year: number,
  items: readonly PlanItem[],
  ctx: CommandContext,
): Promise<CommandResult> {
  const old = await ownPlan(ctx, year);
  const have = new Set(old?.items.map((i) => i.id));
  return savePlan(year, [...(old?.items ?? []), ...items.filter((i) => !have.has(i.id))], ctx);
});

/** Today on the person's clock, for the date fields' defaults and limits. */
export function todayOf(ctx: CommandContext): string {
  return civilDate((ctx.now ?? Date.now)(), ctx.timeZone);
}
