/** The employee's plan (SKP) and daily work (activities), with the appraiser's decisions on them. */
import { z } from 'zod';
import { isThumb, MAX_PHOTO_BYTES, PHOTO_TYPES } from '../photos';
import { ACTION_STATUSES, FEEDBACK_KINDS, IKI_ASPECTS } from '../vocabulary';
import {
  berakhlakValue,
  docBase,
  isoDate,
  key,
  nip,
  requiredText,
  text,
  time,
  timestamp,
} from './common';

export const ikiSchema = z
  .object({
    id: key,
    aspect: z.enum(IKI_ASPECTS),
    text: requiredText(500),
    target: z.number().min(0).max(1_000_000),
    satuan: requiredText(40),
  })
  .strict();

export const rhkSchema = z
  .object({
    id: key,
    kind: z.enum(['utama', 'tambahan']),
    text: requiredText(500),
    /** The superior's RHK this one supports (an id in the superior's SKP), if any. */
    parentRhkId: key.nullable(),
    iki: z.array(ikiSchema).min(1, 'Setiap RHK perlu paling sedikit satu IKI').max(10),
  })
  .strict();

export const skpSchema = z
  .object({
    ...docBase('skp'),
    nip,
    periodId: key,
    rhk: z.array(rhkSchema).max(20),
    status: z.enum(['draft', 'submitted']),
    submittedAt: timestamp.optional(),
    updatedAt: timestamp,
  })
  .strict()
  .refine((s) => s.status === 'draft' || s.rhk.length > 0, {
    message: 'SKP yang diajukan perlu paling sedikit satu RHK',
    path: ['rhk'],
  });

export const skpApprovalSchema = z
  .object({
    ...docBase('skp-approval'),
    nip,
    periodId: key,
    appraiserNip: nip,
    decision: z.enum(['approved', 'returned']),
    note: text(2000),
    /** Ekspektasi khusus pimpinan, per BerAKHLAK value. */
    expectations: z.partialRecord(berakhlakValue, text(1000)),
    /** The revision of the SKP this decision is about. */
    skpRev: z.string().min(1),
    decidedAt: timestamp,
  })
  .strict()
  .refine((a) => a.decision === 'approved' || a.note.length > 0, {
    message: 'Catatan wajib diisi saat mengembalikan',
    path: ['note'],
  });

const photoName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^/_][^/]*$/, 'Nama foto tidak valid');

/** One evidence photo as the activity lists it; the bytes are in the `photo` document `id`. */
export const photoRefSchema = z
  .object({
    id: z.string().max(200),
    name: photoName,
    contentType: z.enum(PHOTO_TYPES),
    length: z.number().int().min(0).max(MAX_PHOTO_BYTES),
    /** A small preview as a `data:` URL, shown where the original is not on the device. */
    thumb: z.string().refine(isThumb, { message: 'Pratinjau tidak valid' }).nullable(),
  })
  .strict();

export const activitySchema = z
  .object({
    ...docBase('activity'),
    nip,
    date: isoDate,
    start: time,
    end: time,
    kegiatan: requiredText(300),
    uraian: text(2000),
    rhkId: key.nullable(),
    ikiId: key.nullable(),
    realisasi: z.number().min(0, 'Realisasi tidak boleh negatif').max(100_000),
    satuan: requiredText(40),
    links: z.array(z.url().max(500)).max(5),
    /** Evidence photos, in order (absent on entries logged without any). */
    photos: z.array(photoRefSchema).max(50).optional(),
    location: z
      .object({
        lat: z.number().min(-90).max(90),
        lng: z.number().min(-180).max(180),
        accuracy: z.number().min(0),
      })
      .strict()
      .nullable(),
    catalogCode: key.nullable(),
    status: z.enum(['draft', 'submitted']),
    /** Incremented on each submission; a verification answers one round. */
    round: z.number().int().min(0),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict()
  .refine((a) => a.end > a.start, {
    message: 'Jam selesai harus setelah jam mulai',
    path: ['end'],
  });

export const verificationSchema = z
  .object({
    ...docBase('verification'),
    nip,
    date: isoDate,
    activityId: z.string(),
    appraiserNip: nip,
    round: z.number().int().min(1),
    decision: z.enum(['approved', 'returned']),
    note: text(1000),
    decidedAt: timestamp,
  })
  .strict()
  .refine((v) => v.decision === 'approved' || v.note.length > 0, {
    message: 'Catatan wajib diisi saat mengembalikan',
    path: ['note'],
  });

/** An evidence photo: one image attachment named `name`, written once by the employee. */
export const photoSchema = z
  .object({
    ...docBase('photo'),
    nip,
    date: isoDate,
    name: photoName,
    createdAt: timestamp,
  })
  .strict();

/** The longest message of a feedback thread, in characters (the reply field counts against it). */
export const THREAD_MESSAGE_MAX_LENGTH = 2000;

/** One message of a feedback thread: the head's follow-ups in the feedback, the employee's replies. */
export const threadMessageSchema = z
  .object({ text: requiredText(THREAD_MESSAGE_MAX_LENGTH), at: timestamp })
  .strict();

/** An action agreed in a bimbingan or dialog kinerja; `carriedFrom` names the earlier session's feedback. */
export const agreedActionSchema = z
  .object({
    id: key,
    text: requiredText(500),
    due: isoDate.nullable(),
    status: z.enum(ACTION_STATUSES),
    carriedFrom: z.string().max(200).nullable(),
  })
  .strict();

/**
 * Continuous feedback from the appraiser (umpan balik berkelanjutan): about an RHK, a BerAKHLAK
 * value, activities or their photos. A bimbingan or dialog kinerja records agreed actions; a
 * dialog belongs to the period it follows. An apresiasi may propose a text to share with the unit
 * (`share`); it reaches the unit only when the employee consents (praktik-baik).
 */
export const feedbackSchema = z
  .object({
    ...docBase('feedback'),
    nip,
    authorNip: nip,
    kind: z.enum(FEEDBACK_KINDS),
    date: isoDate,
    text: requiredText(4000),
    value: berakhlakValue.nullable(),
    rhkId: key.nullable(),
    activityIds: z.array(z.string().max(200)).max(20),
    photoIds: z.array(z.string().max(200)).max(20),
    actions: z.array(agreedActionSchema).max(30),
    /** The dialog kinerja's period and its parts (the agenda is `text`). */
    periodId: key.nullable(),
    dialog: z
      .object({ wentWell: text(4000), toImprove: text(4000) })
      .strict()
      .nullable(),
    share: z
      .object({ text: requiredText(1000), proposedAt: timestamp })
      .strict()
      .nullable(),
    /** The author's follow-up messages in the thread, oldest first. */
    replies: z.array(threadMessageSchema).max(200),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();

/** The employee's side of one feedback: when it was read and their replies (same ULID). */
export const feedbackResponseSchema = z
  .object({
    ...docBase('feedback-response'),
    nip,
    feedbackId: z.string().max(200),
    readAt: timestamp.nullable(),
    replies: z.array(threadMessageSchema).max(200),
    updatedAt: timestamp,
  })
  .strict();

/**
 * A praktik baik: an apresiasi the employee agreed to share with their unit, in the words the head
 * proposed. The employee writes it (their consent) and may delete it (withdraw).
 */
export const praktikBaikSchema = z
  .object({
    ...docBase('praktik-baik'),
    nip,
    feedbackId: z.string().max(200),
    authorNip: nip,
    unitId: key,
    text: requiredText(1000),
    consentedAt: timestamp,
  })
  .strict();

export type Iki = z.infer<typeof ikiSchema>;
export type Rhk = z.infer<typeof rhkSchema>;
export type SkpDoc = z.infer<typeof skpSchema>;
export type SkpApprovalDoc = z.infer<typeof skpApprovalSchema>;
export type PhotoRef = z.infer<typeof photoRefSchema>;
export type ActivityDoc = z.infer<typeof activitySchema>;
export type PhotoDoc = z.infer<typeof photoSchema>;
export type VerificationDoc = z.infer<typeof verificationSchema>;
export type FeedbackDoc = z.infer<typeof feedbackSchema>;
export type FeedbackResponseDoc = z.infer<typeof feedbackResponseSchema>;
export type PraktikBaikDoc = z.infer<typeof praktikBaikSchema>;
export type AgreedAction = z.infer<typeof agreedActionSchema>;
export type ThreadMessage = z.infer<typeof threadMessageSchema>;
