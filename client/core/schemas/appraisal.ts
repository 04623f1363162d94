/** The periodic and annual evaluation: self-assessment, appraisal, acknowledgement or objection, decision. */
import { z } from 'zod';
import { PREDIKATS } from '../vocabulary';
import { berakhlakValue, docBase, key, nip, rating, requiredText, text, timestamp } from './common';

export const selfAssessmentSchema = z
  .object({
    ...docBase('self-assessment'),
    nip,
    periodId: key,
    items: z
      .array(
        z
          .object({
            rhkId: key,
            ikiId: key,
            realisasi: z.number().min(0).max(1_000_000),
            note: text(2000),
          })
          .strict(),
      )
      .max(200),
    reflection: text(4000),
    status: z.enum(['draft', 'submitted']),
    updatedAt: timestamp,
  })
  .strict();

/** One rated item of an appraisal, stamped for the per-field merge of drafts. */
export const ratedItemSchema = z
  .object({
    rating: rating.nullable(),
    note: text(4000),
    evidence: z.array(z.string().max(200)).max(50),
    updatedAt: timestamp,
  })
  .strict();

const partySchema = z
  .object({
    nip,
    name: requiredText(120),
    position: text(160),
    rank: text(80),
    unitName: text(160),
  })
  .strict();

export const appraisalSchema = z
  .object({
    ...docBase('appraisal'),
    nip,
    periodId: key,
    appraiserNip: nip,
    status: z.enum(['draft', 'final']),
    rhk: z.record(key, ratedItemSchema),
    hasilKerja: ratedItemSchema,
    perilaku: z.partialRecord(berakhlakValue, ratedItemSchema),
    perilakuOverall: ratedItemSchema,
    /** Training ids recommended for the weak areas. */
    recommendations: z.array(key).max(20),
    predikat: z.enum(PREDIKATS).nullable(),
    /** Why this predikat: required to finalise (appraisal-reasons.ts). */
    predikatNote: text(4000).default(''),
    /** Who signs: the employee, the appraiser and the appraiser's superior, fixed at finalisation. */
    parties: z
      .object({ pegawai: partySchema, penilai: partySchema, atasanPenilai: partySchema.nullable() })
      .strict()
      .nullable(),
    finalizedAt: timestamp.nullable(),
    updatedAt: timestamp,
  })
  .strict();

export const acknowledgementSchema = z
  .object({
    ...docBase('acknowledgement'),
    nip,
    periodId: key,
    /** The appraiser of the appraisal acknowledged: puts the objection before their superior. */
    appraiserNip: nip,
    kind: z.enum(['accept', 'object']),
    reasons: text(4000),
    at: timestamp,
  })
  .strict()
  .refine((a) => a.kind === 'accept' || a.reasons.length >= 20, {
    message: 'Tuliskan alasan keberatan (paling sedikit 20 karakter)',
    path: ['reasons'],
  });

export const objectionDecisionSchema = z
  .object({
    ...docBase('objection-decision'),
    nip,
    periodId: key,
    appraiserNip: nip,
    deciderNip: nip,
    outcome: z.enum(['upheld', 'changed']),
    hasilKerja: rating.nullable(),
    perilaku: rating.nullable(),
    predikat: z.enum(PREDIKATS),
    reason: requiredText(4000),
    decidedAt: timestamp,
  })
  .strict()
  .refine((d) => d.outcome === 'upheld' || (d.hasilKerja !== null && d.perilaku !== null), {
    message: 'Keputusan yang mengubah nilai harus menyebut nilai hasil kerja dan perilaku baru',
    path: ['outcome'],
  });

export type SelfAssessmentDoc = z.infer<typeof selfAssessmentSchema>;
export type RatedItem = z.infer<typeof ratedItemSchema>;
export type AppraisalDoc = z.infer<typeof appraisalSchema>;
export type AppraisalParty = z.infer<typeof partySchema>;
export type AcknowledgementDoc = z.infer<typeof acknowledgementSchema>;
export type ObjectionDecisionDoc = z.infer<typeof objectionDecisionSchema>;
