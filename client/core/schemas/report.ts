/**
 * Report summaries (Laporan): derived documents the server writes from its feed, one per unit and
 * month, so that heads and Pengelola see figures without replicating everyone's daily log. Nobody
 * writes them from a device (permissions.ts: `server`); deleting them rebuilds them.
 */
import { z } from 'zod';
import { PREDIKATS } from '../vocabulary';
import { docBase, key, month, nip, text, timestamp } from './common';

const count = z.number().int().min(0).max(1_000_000);

/** Why a person does not count in the month's compliance figures. */
export const REPORT_EXCLUSIONS = ['cuti', 'tugas-belajar'] as const;
export type ReportExclusion = (typeof REPORT_EXCLUSIONS)[number];

export const REPORT_SKP_STATUSES = ['none', 'draft', 'submitted', 'approved', 'returned'] as const;
export const REPORT_APPRAISAL_STATUSES = ['none', 'draft', 'final'] as const;
export const REPORT_ACKNOWLEDGEMENTS = ['none', 'accept', 'object'] as const;

/** One person's month, as a row of their unit's report. */
export const reportPersonSchema = z
  .object({
    nip,
    name: text(120),
    position: text(160),
    /** The appraiser (direct superior) at the end of the month, or today for the current month. */
    appraiserNip: nip.nullable(),
    /** Not counted in compliance: on leave or study for the month (status, or most working days). */
    excluded: z.enum(REPORT_EXCLUSIONS).nullable(),
    /** Days of the month (1-31) with at least one entry submitted (or since decided). */
    days: z.array(z.number().int().min(1).max(31)).max(31),
    /** Minutes of the entries submitted or decided. */
    minutes: count,
    /** Entries of the month by what the person sees: draft, submitted, approved, returned. */
    entries: z
      .object({ draft: count, submitted: count, approved: count, returned: count })
      .strict(),
    /** Decisions on the current round of the month's entries: how many, hours from last change. */
    verified: z
      .object({
        count,
        totalHours: z.number().min(0).max(1e9),
        /** Decided within 72 hours (three days) of the entry's last change. */
        within3Days: count,
      })
      .strict(),
    /** Feedback received in the month (apresiasi, bimbingan, dialog...). */
    feedback: count,
    /** The SKP of the month's period. */
    skp: z.enum(REPORT_SKP_STATUSES),
    /** The appraisal of the month's period. */
    appraisal: z.enum(REPORT_APPRAISAL_STATUSES),
    /** The predikat in force: the objection decision's, else the final appraisal's. */
    predikat: z.enum(PREDIKATS).nullable(),
    acknowledgement: z.enum(REPORT_ACKNOWLEDGEMENTS),
    /** An objection waiting for the Atasan Pejabat Penilai's decision. */
    objectionOpen: z.boolean(),
    /** The imported attendance of the month (null: none imported yet). */
    attendance: z
      .object({
        workingDays: count,
        present: count,
        lateDays: count,
        /** Days tanpa keterangan. */
        absentDays: count,
        /** The TPP deduction, percent of the component the Perkada names (tpp.ts). */
        tppDeductionPct: z.number().min(0).max(100),
      })
      .strict()
      .nullable(),
    /** Verified JP of the month's year against the target (null: no target applies). */
    jp: z
      .object({ verified: z.number().min(0).max(100_000), target: z.number().min(0).max(1000) })
      .strict()
      .nullable(),
  })
  .strict();

export const reportSchema = z
  .object({
    ...docBase('report'),
    unitId: key,
    month,
    /** The appraisal period the month's SKP and appraisal figures are of (null: none covers it). */
    periodId: key.nullable(),
    /** When the server last computed it: how fresh the figures are. */
    computedAt: timestamp,
    /** Everyone of the unit, by name. */
    people: z.array(reportPersonSchema).max(20_000),
  })
  .strict();

export type ReportPerson = z.infer<typeof reportPersonSchema>;
export type ReportDoc = z.infer<typeof reportSchema>;
