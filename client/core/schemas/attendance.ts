/**
 * Attendance (kehadiran) and its corrections, and the Perkada's TPP rules. One writer per type:
 * - attendance (Pengelola keeping the person): one person's month as the office's machines
 *   recorded it (imported);
 * - attendance-correction (the employee): a request to correct one day, with its reason and an
 *   optional photo of the letter (surat tugas, surat keterangan);
 * - attendance-decision (the head, as appraiser): approves or declines one version of a request;
 * - attendance-applied (Pengelola keeping the person): the approved correction, applied, signed.
 * Late and early minutes are never stored: core computes them from the day and the month's hours
 * (core/attendance.ts), and the TPP deductions from them (core/tpp.ts).
 */
import { z } from 'zod';
import { ATTENDANCE_STATUSES, KELAS_JABATAN_MAX } from '../vocabulary';
import { docBase, isoDate, key, month, nip, requiredText, text, time, timestamp } from './common';
import { workHoursSchema } from './work-hours';
import { photoRefSchema } from './work';

/** The shortest reason of a correction request or of a declined one, in characters. */
export const CORRECTION_REASON_MIN = 10;

export const attendanceStatus = z.enum(ATTENDANCE_STATUSES);

/** One day as the machines recorded it: the status, the first scan in and the last scan out. */
export const attendanceDaySchema = z
  .object({
    date: isoDate,
    status: attendanceStatus,
    /** Check-in (HH:mm); null: no scan. */
    in: time.nullable(),
    /** Check-out (HH:mm); null: no scan. */
    out: time.nullable(),
    /** False when the morning apel (roll call) was missed; absent: not recorded. */
    apel: z.boolean().optional(),
  })
  .strict()
  .refine((d) => d.in === null || d.out === null || d.in < d.out, {
    message: 'Jam pulang harus setelah jam masuk',
    path: ['out'],
  });

/** What a correction makes of a day: the status, and the scans in and out. */
export const dayChangeSchema = z
  .object({ status: attendanceStatus, in: time.nullable(), out: time.nullable() })
  .strict()
  .refine((d) => d.in === null || d.out === null || d.in < d.out, {
    message: 'Jam pulang harus setelah jam masuk',
    path: ['out'],
  });

/**
 * A correction the Pengelola applied (`attendance-applied:{nip}:{date}`): the day as corrected,
 * why, and who decided and applied it. Written once; a re-import of the month leaves it standing.
 */
export const attendanceAppliedSchema = z
  .object({
    ...docBase('attendance-applied'),
    nip,
    date: isoDate,
    unitId: key,
    change: dayChangeSchema,
    /** The employee's reason, as they wrote it. */
    reason: requiredText(500),
    /** The version of the request that was approved and applied. */
    requestedAt: timestamp,
    /** The head who approved it. */
    decidedBy: nip,
    appliedBy: nip,
    appliedAt: timestamp,
  })
  .strict();

/**
 * One person's month as imported (`attendance:{nip}:{yyyy-mm}`). A re-import replaces it; the
 * applied corrections are their own documents and stay (attendance.ts effectiveDays).
 */
export const attendanceSchema = z
  .object({
    ...docBase('attendance'),
    nip,
    month,
    /** The unit whose working hours the month is judged by, and those hours, as imported. */
    unitId: key,
    hours: workHoursSchema,
    days: z.array(attendanceDaySchema).max(31),
    importedAt: timestamp,
    /** The Pengelola who imported it (`admin`: the system account). */
    importedBy: z.union([nip, z.literal('admin')]),
  })
  .strict();

/** The employee's request to correct one day (`attendance-correction:{nip}:{date}`). */
export const attendanceCorrectionSchema = z
  .object({
    ...docBase('attendance-correction'),
    nip,
    date: isoDate,
    /** The person's unit when they asked: the Pengelola keeping it applies it. */
    unitId: key,
    change: dayChangeSchema,
    reason: requiredText(500).min(CORRECTION_REASON_MIN, 'Alasan paling sedikit 10 karakter'),
    /** A photo of the letter backing it: a `certificate` document with key `hadir-{date}`. */
    letter: photoRefSchema.nullable(),
    /** Set anew on every change of the request: a decision answers one version. */
    requestedAt: timestamp,
  })
  .strict();

/** The head's decision on one version of a request (`attendance-decision:{nip}:{date}`). */
export const attendanceDecisionSchema = z
  .object({
    ...docBase('attendance-decision'),
    nip,
    date: isoDate,
    unitId: key,
    appraiserNip: nip,
    decision: z.enum(['approved', 'declined']),
    /** Required (at least 10 characters) when declined. */
    reason: text(500),
    /** The version of the request decided, and what it asked: the Pengelola applies exactly that. */
    requestedAt: timestamp,
    change: dayChangeSchema,
    decidedAt: timestamp,
  })
  .strict()
  .refine((d) => d.decision === 'approved' || d.reason.length >= CORRECTION_REASON_MIN, {
    message: 'Alasan penolakan paling sedikit 10 karakter',
    path: ['reason'],
  });

/** A deduction bracket: up to `upTo` minutes (null: any longer), `pct` percent of the TPP. */
export const tppBracketSchema = z
  .object({
    upTo: z.number().int().min(1).max(1440).nullable(),
    pct: z.number().min(0).max(100),
  })
  .strict();

const brackets = z
  .array(tppBracketSchema)
  .min(1)
  .max(10)
  .refine((b) => b.slice(0, -1).every((x) => x.upTo !== null) && b.at(-1)?.upTo === null, {
    message: 'Hanya kelompok terakhir tanpa batas menit',
  })
  .refine((b) => b.every((x, i) => i === 0 || (x.upTo ?? Infinity) > (b[i - 1]?.upTo ?? 0)), {
    message: 'Batas menit harus naik',
  });

/**
 * The Perkada's TPP rules (tunjangan tambahan penghasilan): the split between the kinerja and the
 * discipline components, and the discipline deductions in percent of the TPP.
 */
export const tppSettingsSchema = z
  .object({
    /** Percent of the TPP paid for kinerja; the rest is the discipline component. */
    kinerjaShare: z.number().int().min(0).max(100),
    /**
     * What the deduction percentages are of: the discipline component (common), or the whole TPP
     * (then at most the discipline component is lost).
     */
    basis: z.enum(['discipline', 'total']),
    late: brackets,
    early: brackets,
    /** No scan in (or no scan out): as the longest bracket by default. */
    noScanPct: z.number().min(0).max(100),
    /** The most late arrival, early leave, missing scans and apel take in one day. */
    dailyCapPct: z.number().min(0).max(100),
    /** A day of tanpa keterangan (not capped by dailyCapPct). */
    absentPct: z.number().min(0).max(100),
    /** A missed morning apel. */
    apelPct: z.number().min(0).max(100),
    /** Statuses that deduct nothing (hadir is judged by its scans; tanpa keterangan by absentPct). */
    noDeduction: z.array(attendanceStatus).max(ATTENDANCE_STATUSES.length),
    /** The monthly TPP in rupiah per kelas jabatan ('1' to '17'); absent or empty: no amounts. */
    bases: z
      .record(
        z.string().regex(/^([1-9]|1[0-7])$/, `Kelas jabatan 1 sampai ${KELAS_JABATAN_MAX}`),
        z.number().int().min(0).max(1_000_000_000),
      )
      .optional(),
  })
  .strict();

export type AttendanceDay = z.infer<typeof attendanceDaySchema>;
export type DayChange = z.infer<typeof dayChangeSchema>;
export type AttendanceAppliedDoc = z.infer<typeof attendanceAppliedSchema>;
export type AttendanceDoc = z.infer<typeof attendanceSchema>;
export type AttendanceCorrectionDoc = z.infer<typeof attendanceCorrectionSchema>;
export type AttendanceDecisionDoc = z.infer<typeof attendanceDecisionSchema>;
export type TppBracket = z.infer<typeof tppBracketSchema>;
export type TppSettings = z.infer<typeof tppSettingsSchema>;
