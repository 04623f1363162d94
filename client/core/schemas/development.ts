/**
 * Competency development (pengembangan kompetensi): the catalog of development activities, each
 * person's requests and records, the head's decisions, the Pengelola's seat confirmations and
 * verifications, certificates, and the person's plan for the year. One writer per type:
 * - training (Pengelola of the whole organisation): a catalog activity;
 * - enrolment (the employee): a request for a catalog activity, or a record of self-directed
 *   learning, with its completion report;
 * - enrolment-decision (the head, as appraiser): approves or declines a request;
 * - enrolment-admin (a Pengelola keeping the person): confirms the seat, verifies the completion;
 * - certificate (the employee): the certificate photo, fetched by reviewers only when opened;
 * - development-plan (the employee): the rencana pengembangan of one year.
 */
import { z } from 'zod';
import { BERAKHLAK, COMPETENCY_AREAS, DEV_FORMS, DEV_MODES } from '../vocabulary';
import { docBase, isoDate, key, nip, requiredText, text, timestamp } from './common';
import { photoRefSchema } from './work';

/** The weak areas a development activity addresses: work results, or a BerAKHLAK value. */
export const devFocus = z.enum(['hasil-kerja', ...BERAKHLAK]);

/** A development activity of the catalog (katalog pengembangan kompetensi). */
export const trainingSchema = z
  .object({
    ...docBase('training'),
    trainingId: key,
    title: requiredText(160),
    description: text(1000),
    form: z.enum(DEV_FORMS),
    area: z.enum(COMPETENCY_AREAS),
    /** The JP it carries when its form counts by the catalog (pelatihan, kursus, bimtek, ...). */
    jp: z.number().int().min(1).max(400),
    provider: text(160),
    mode: z.enum(DEV_MODES),
    /** When it takes place; null for an activity open all year (e-learning, a course on demand). */
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    /** Seats on offer; null: no limit. */
    seats: z.number().int().min(1).max(10_000).nullable(),
    /** The weaknesses it addresses (hasil kerja, BerAKHLAK values). */
    focus: z.array(devFocus).min(1).max(8),
    /** Retired: no longer offered; records that used it keep it. */
    archived: z.boolean().optional(),
  })
  .strict()
  .refine((t) => t.start === null || t.end === null || t.start <= t.end, {
    message: 'Tanggal selesai sebelum tanggal mulai',
    path: ['end'],
  });

/**
 * How a form's JP are counted:
 * - catalog: the JP of the catalog activity (logged by oneself, outside the catalog: the hours);
 * - fixed: `jp` for each completed activity (seminar 4, workshop 5, ...);
 * - per-session: `jp` for each session (coaching, mentoring);
 * - per-hour: one JP for each hour of study, at most `capPerDay` in a day (belajar mandiri).
 * `capPerMonth` bounds what the form counts in one calendar month.
 */
export const jpRuleSchema = z
  .object({
    basis: z.enum(['catalog', 'fixed', 'per-session', 'per-hour']),
    jp: z.number().min(0).max(400),
    capPerDay: z.number().min(0).max(24).nullable(),
    capPerMonth: z.number().min(0).max(400).nullable(),
  })
  .strict();

/** The Perkada's or BKPSDM's development settings: JP targets per ASN kind and JP rules per form. */
export const developmentSettingsSchema = z
  .object({
    targets: z
      .object({ pns: z.number().int().min(0).max(200), pppk: z.number().int().min(0).max(200) })
      .strict(),
    rules: z.partialRecord(z.enum(DEV_FORMS), jpRuleSchema),
  })
  .strict();

/** One session or day of a completion: coaching sessions, days of self-directed study. */
export const devSessionSchema = z
  .object({ date: isoDate, hours: z.number().min(0.25).max(24) })
  .strict();

/** What the employee reports when an activity is done. */
export const completionSchema = z
  .object({
    reportedAt: timestamp,
    /** The day it ended (the certificate's date). */
    date: isoDate,
    /** Sessions or study days, for forms counted per session or per hour. */
    sessions: z.array(devSessionSchema).max(60),
    certificate: photoRefSchema.nullable(),
    note: text(500),
  })
  .strict();

/**
 * The employee's record of one development activity: a request for a catalog activity
 * (`trainingId`), or self-directed learning they log (`self`). Its id's last part is the catalog
 * activity's id, or `m-` and a lowercase ULID for self-directed learning.
 */
export const enrolmentSchema = z
  .object({
    ...docBase('enrolment'),
    nip,
    key,
    /** The person's unit when written: the Pengelola of that unit confirms and verifies. */
    unitId: key,
    trainingId: key.nullable(),
    self: z
      .object({ form: z.enum(DEV_FORMS), title: requiredText(160), provider: text(160) })
      .strict()
      .nullable(),
    /** Why: the gap it closes, what the person hopes to learn. */
    note: text(500),
    /** The plan item it carries out, when it came from the rencana pengembangan. */
    planItemId: key.nullable(),
    requestedAt: timestamp,
    withdrawnAt: timestamp.nullable(),
    completion: completionSchema.nullable(),
    updatedAt: timestamp,
  })
  .strict()
  .refine((e) => (e.trainingId === null) !== (e.self === null), {
    message: 'Pilih kegiatan dari katalog atau isi belajar mandiri',
    path: ['trainingId'],
  });

/** The head's decision on a request for a catalog activity. */
export const enrolmentDecisionSchema = z
  .object({
    ...docBase('enrolment-decision'),
    nip,
    key,
    unitId: key,
    appraiserNip: nip,
    decision: z.enum(['approved', 'declined']),
    reason: text(500),
    decidedAt: timestamp,
  })
  .strict();

/** One step the Pengelola took: who, when, and the note the employee reads. */
const adminStep = <T extends readonly [string, ...string[]]>(statuses: T) =>
  z
    .object({
      status: z.enum(statuses),
      note: text(500),
      at: timestamp,
      by: z.union([nip, z.literal('admin')]),
    })
    .strict();

/** The Pengelola's side of a record: the seat (catalog activities) and the completion's check. */
export const enrolmentAdminSchema = z
  .object({
    ...docBase('enrolment-admin'),
    nip,
    key,
    unitId: key,
    seat: adminStep(['confirmed', 'full'] as const).nullable(),
    /** The check of one report: `reportedAt` names the report it judged (the employee's stamp). */
    verification: adminStep(['verified', 'rejected'] as const)
      .extend({ reportedAt: timestamp })
      .nullable(),
  })
  .strict();

/**
 * A photo of a paper backing a record: one image attachment, written once (a new one replaces it).
 * A development record's certificate (key: the record's key), or the letter of an attendance
 * correction request (key `hadir-{date}`, attendance-rules.ts letterKey): both are opened on
 * demand by the person's head and the Pengelola keeping their unit.
 */
export const certificateSchema = z
  .object({
    ...docBase('certificate'),
    nip,
    key,
    name: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[^/_][^/]*$/, 'Nama foto tidak valid'),
    createdAt: timestamp,
  })
  .strict();

/** One item of the rencana pengembangan: a weak area, and what will close it. */
export const planItemSchema = z
  .object({
    id: key,
    focus: devFocus,
    /** A catalog activity, or null for another way (coaching, self-directed learning). */
    trainingId: key.nullable(),
    form: z.enum(DEV_FORMS),
    text: requiredText(500),
    /** By when (a quarter's end, say). */
    due: isoDate.nullable(),
    /** The dialog kinerja action it was agreed in: `{feedbackId}#{actionId}`. */
    agreedIn: z.string().max(240).nullable(),
    status: z.enum(['planned', 'done', 'dropped']),
  })
  .strict();

/** The person's rencana pengembangan for one year (editable offline, by them). */
export const developmentPlanSchema = z
  .object({
    ...docBase('development-plan'),
    nip,
    year: z.number().int().min(2000).max(2100),
    items: z.array(planItemSchema).max(30),
    updatedAt: timestamp,
  })
  .strict();

export type TrainingDoc = z.infer<typeof trainingSchema>;
export type JpRule = z.infer<typeof jpRuleSchema>;
export type DevelopmentSettings = z.infer<typeof developmentSettingsSchema>;
export type DevSession = z.infer<typeof devSessionSchema>;
export type Completion = z.infer<typeof completionSchema>;
export type EnrolmentDoc = z.infer<typeof enrolmentSchema>;
export type EnrolmentDecisionDoc = z.infer<typeof enrolmentDecisionSchema>;
export type EnrolmentAdminDoc = z.infer<typeof enrolmentAdminSchema>;
export type CertificateDoc = z.infer<typeof certificateSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type DevelopmentPlanDoc = z.infer<typeof developmentPlanSchema>;
