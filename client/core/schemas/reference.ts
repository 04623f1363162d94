/**
 * Reference data kept by the Pengelola Kinerja: people, units, periods, catalogs (activity
 * templates, expectation texts), trainings.
 */
import { z } from 'zod';
import {
  ASN_KINDS,
  EMPLOYEE_STATUSES,
  IKI_ASPECTS,
  JENIS_JABATAN,
  KELAS_JABATAN_MAX,
  ORG_RATINGS,
  UNIT_KINDS,
} from '../vocabulary';
import {
  berakhlakValue,
  docBase,
  isoDate,
  key,
  nip,
  requiredText,
  text,
  timestamp,
} from './common';
import { developmentSettingsSchema } from './development';
import { tppSettingsSchema } from './attendance';
import { workHoursSchema } from './work-hours';

export { workHoursSchema };

export const actingSchema = z.object({
  actingNip: nip,
  kind: z.enum(['plt', 'plh']),
  from: isoDate,
  to: isoDate,
});

/**
 * A past assignment of a person (riwayat jabatan): where they worked and whom they answered to
 * until a mutasi moved them on `to` (the day before the new assignment's effective date).
 */
export const assignmentSchema = z
  .object({
    unitId: key,
    superiorNip: nip.nullable(),
    position: requiredText(160),
    /** Effective date of that assignment, when known. */
    from: isoDate.optional(),
    to: isoDate,
    /** The decree or reason of the move that ended it (nomor SK, alasan). */
    note: text(300).optional(),
  })
  .strict();

export const employeeSchema = z
  .object({
    ...docBase('employee'),
    nip,
    /** The name as displayed, academic titles included (see org-import/person-name.ts). */
    name: requiredText(120),
    /** Titles before and after the bare name (gelar depan, gelar belakang), when imported. */
    gelarDepan: requiredText(60).optional(),
    gelarBelakang: requiredText(60).optional(),
    position: requiredText(160),
    unitId: key,
    superiorNip: nip.nullable(),
    rank: text(80).optional(),
    /** Kelas jabatan (1-17): what the TPP base is set by. */
    kelasJabatan: z.number().int().min(1).max(KELAS_JABATAN_MAX).optional(),
    kind: z.enum(ASN_KINDS),
    /** True for a functional post (jabatan fungsional); kept beside jenisJabatan for older docs. */
    functional: z.boolean(),
    jenisJabatan: z.enum(JENIS_JABATAN).optional(),
    /** Plt/Plh who act for this person as superior during a dated range. */
    acting: z.array(actingSchema).max(20),
    /** False for every status but `aktif`: out of the org chart, no sign-in. */
    active: z.boolean(),
    status: z.enum(EMPLOYEE_STATUSES).optional(),
    /** Effective date (TMT) of the current unit, superior and position, when recorded. */
    assignedFrom: isoDate.optional(),
    /** Earlier assignments, oldest first: a mutasi appends the one it ends. */
    history: z.array(assignmentSchema).max(100).optional(),
  })
  .strict()
  .refine((e) => e.status === undefined || e.active === (e.status === 'aktif'), {
    message: 'Hanya pegawai berstatus aktif yang aktif',
    path: ['active'],
  })
  .refine(
    (e) => e.jenisJabatan === undefined || e.functional === (e.jenisJabatan === 'fungsional'),
    {
      message: 'Jabatan fungsional tidak sesuai jenis jabatan',
      path: ['functional'],
    },
  );

export const unitSchema = z
  .object({
    ...docBase('unit'),
    unitId: key,
    name: requiredText(160),
    parentId: key.nullable(),
    headNip: nip.nullable(),
    kind: z.enum(UNIT_KINDS).optional(),
    /** The head's post as written in the organisation (Kepala Dinas Pendidikan, Lurah Ketintang). */
    headPosition: requiredText(160).optional(),
    /** Closed from this date: kept for history, takes no new people. */
    closedOn: isoDate.optional(),
    /** Its own working hours; absent: those of the nearest unit above it that has them. */
    workHours: workHoursSchema.optional(),
  })
  .strict();

export const periodSchema = z
  .object({
    ...docBase('period'),
    periodId: key,
    kind: z.enum(['annual', 'quarterly', 'monthly']),
    year: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1).max(4).optional(),
    label: requiredText(60),
    start: isoDate,
    end: isoDate,
    status: z.enum(['open', 'closed']),
    /**
     * Batas pengisian: after this date entries of the period still save as drafts on devices,
     * but submitting waits until the Pengelola moves the date (reopens) or removes it.
     */
    submitBy: isoDate.optional(),
  })
  .strict()
  .refine((p) => p.submitBy === undefined || p.start <= p.submitBy, {
    message: 'Batas pengisian sebelum awal periode',
    path: ['submitBy'],
  })
  .refine((p) => p.start <= p.end, { message: 'Akhir periode sebelum awalnya', path: ['end'] });

export const catalogSchema = z
  .object({
    ...docBase('catalog'),
    code: key,
    name: requiredText(200),
    satuan: requiredText(40),
    defaultMinutes: z.number().int().min(5).max(600).optional(),
    aspect: z.enum(IKI_ASPECTS).optional(),
    /** The jabatan (positions) it is offered to; absent or empty: everyone. */
    positions: z.array(requiredText(160)).max(100).optional(),
    /** Retired: kept for entries that used it, no longer offered. */
    archived: z.boolean().optional(),
  })
  .strict();

/**
 * A suggested text of the leader's specific expectations (ekspektasi khusus pimpinan) for one
 * BerAKHLAK value, offered to a head writing them into a report's SKP; it is copied, not linked.
 */
export const expectationSchema = z
  .object({
    ...docBase('expectation'),
    code: key,
    value: berakhlakValue,
    /** As long as the SKP's own expectation text may be. */
    text: requiredText(1000),
    /** The jenis jabatan it suits; absent: every one. */
    jenisJabatan: z
      .array(z.enum(JENIS_JABATAN))
      .min(1)
      .max(JENIS_JABATAN.length)
      .refine((j) => new Set(j).size === j.length, { message: 'Jenis jabatan berulang' })
      .optional(),
    /** Retired: no longer offered; SKPs that took its text keep it. */
    archived: z.boolean().optional(),
  })
  .strict();

export const orgRatingSchema = z
  .object({
    ...docBase('org-rating'),
    unitId: key,
    periodId: key,
    rating: z.enum(ORG_RATINGS),
    note: text(1000),
    /** Who set it: a Pengelola's NIP, or `admin` for the system account. */
    setBy: z.union([nip, z.literal('admin')]),
    setAt: timestamp,
  })
  .strict();

export type EmployeeDoc = z.infer<typeof employeeSchema>;
export type Acting = z.infer<typeof actingSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type UnitDoc = z.infer<typeof unitSchema>;
export type WorkHours = z.infer<typeof workHoursSchema>;
export type PeriodDoc = z.infer<typeof periodSchema>;
export type CatalogDoc = z.infer<typeof catalogSchema>;
export type ExpectationDoc = z.infer<typeof expectationSchema>;
export type { AttendanceDoc } from './attendance';
export type OrgRatingDoc = z.infer<typeof orgRatingSchema>;

/**
 * Organisation-wide settings kept by the Pengelola of the whole organisation: one document,
 * `setting:kinerja`. Without it every setting has its default.
 */
export const settingSchema = z
  .object({
    ...docBase('setting'),
    key,
    /** Weeks without feedback after which a staff member is listed for their head. */
    feedbackReminderWeeks: z.number().int().min(1).max(26),
    /** JP targets and counting rules of competency development; absent: the defaults (core/jp.ts). */
    development: developmentSettingsSchema.optional(),
    /** The Perkada's TPP rules; absent: the common defaults (core/tpp.ts). */
    tpp: tppSettingsSchema.optional(),
    updatedAt: timestamp,
  })
  .strict();

export type SettingDoc = z.infer<typeof settingSchema>;
