/**
 * Every document type and every document id of Kinerja, built and parsed in one place.
 * An id starts with its type; documents about one employee carry the employee's NIP.
 */
import { ulid } from 'ulid';

export const DOC_TYPES = [
  'employee',
  'unit',
  'period',
  'catalog',
  'expectation',
  'training',
  'skp',
  'skp-approval',
  'activity',
  'verification',
  'feedback',
  'feedback-response',
  'praktik-baik',
  'self-assessment',
  'appraisal',
  'acknowledgement',
  'objection-decision',
  'enrolment',
  'enrolment-decision',
  'enrolment-admin',
  'certificate',
  'development-plan',
  'attendance',
  'attendance-correction',
  'attendance-decision',
  'attendance-applied',
  'org-rating',
  'photo',
  'setting',
  'report',
] as const;

export type DocType = (typeof DOC_TYPES)[number];

/** Types whose documents are about one employee: their id's second part is that NIP. */
export const EMPLOYEE_DOC_TYPES = [
  'skp',
  'skp-approval',
  'activity',
  'verification',
  'feedback',
  'feedback-response',
  'praktik-baik',
  'self-assessment',
  'appraisal',
  'acknowledgement',
  'objection-decision',
  'enrolment',
  'enrolment-decision',
  'enrolment-admin',
  'certificate',
  'development-plan',
  'attendance',
  'attendance-correction',
  'attendance-decision',
  'attendance-applied',
  'photo',
] as const satisfies readonly DocType[];

export type EmployeeDocType = (typeof EMPLOYEE_DOC_TYPES)[number];

const NIP_RE = /^\d{18}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const KEY_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** True for an 18-digit NIP (Nomor Induk Pegawai). */
export function isNip(value: string): boolean {
  return NIP_RE.test(value);
}

/** Days in each month of a common year (the proleptic Gregorian calendar, as Date's). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** True for a plain calendar date `yyyy-mm-dd` that exists. */
export function isIsoDate(value: string): boolean {
  // Counted, not parsed with a Date: every activity id of a push is checked several times.
  if (!DATE_RE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

/** True for a lowercase key used in reference ids (unit, period, catalog, expectation, training). */
export function isKey(value: string): boolean {
  return KEY_RE.test(value);
}

/** A new time-sortable unique suffix (ULID). */
export function newUlid(now?: number): string {
  return ulid(now);
}

export const ids = {
  employee: (nip: string) => `employee:${nip}`,
  unit: (unitId: string) => `unit:${unitId}`,
  period: (periodId: string) => `period:${periodId}`,
  catalog: (code: string) => `catalog:${code}`,
  /** A suggested text of the leader's specific expectations (ekspektasi khusus pimpinan). */
  expectation: (code: string) => `expectation:${code}`,
  training: (trainingId: string) => `training:${trainingId}`,
  skp: (nip: string, periodId: string) => `skp:${nip}:${periodId}`,
  skpApproval: (nip: string, periodId: string) => `skp-approval:${nip}:${periodId}`,
  activity: (nip: string, date: string, suffix: string = newUlid()) =>
    `activity:${nip}:${date}:${suffix}`,
  /** A verification shares its activity's NIP, date and suffix. */
  verification: (nip: string, date: string, suffix: string) =>
    `verification:${nip}:${date}:${suffix}`,
  feedback: (nip: string, suffix: string = newUlid()) => `feedback:${nip}:${suffix}`,
  /** The employee's reply and read mark of a feedback: its NIP and ULID. */
  feedbackResponse: (nip: string, suffix: string) => `feedback-response:${nip}:${suffix}`,
  /** An apresiasi the employee agreed to share with their unit: the feedback's NIP and ULID. */
  praktikBaik: (nip: string, suffix: string) => `praktik-baik:${nip}:${suffix}`,
  selfAssessment: (nip: string, periodId: string) => `self-assessment:${nip}:${periodId}`,
  appraisal: (nip: string, periodId: string) => `appraisal:${nip}:${periodId}`,
  acknowledgement: (nip: string, periodId: string) => `acknowledgement:${nip}:${periodId}`,
  objectionDecision: (nip: string, periodId: string) => `objection-decision:${nip}:${periodId}`,
  /**
   * A person's record of one development activity: `key` is the catalog activity's id, or `m-`
   * and a lowercase ULID for self-directed learning (selfLearningKey).
   */
  enrolment: (nip: string, key: string) => `enrolment:${nip}:${key}`,
  /** The head's decision on a request: the record's NIP and key. */
  enrolmentDecision: (nip: string, key: string) => `enrolment-decision:${nip}:${key}`,
  /** The Pengelola's seat confirmation and verification of a record: its NIP and key. */
  enrolmentAdmin: (nip: string, key: string) => `enrolment-admin:${nip}:${key}`,
  /** A certificate photo of a record: its NIP and key, then its own ULID. */
  certificate: (nip: string, key: string, suffix: string = newUlid()) =>
    `certificate:${nip}:${key}:${suffix}`,
  /** A person's rencana pengembangan of one year. */
  developmentPlan: (nip: string, year: number) => `development-plan:${nip}:${year}`,
  attendance: (nip: string, month: string) => `attendance:${nip}:${month}`,
  /** A person's request to correct their attendance of one day. */
  attendanceCorrection: (nip: string, date: string) => `attendance-correction:${nip}:${date}`,
  /** The head's decision on a correction request: its NIP and date. */
  attendanceDecision: (nip: string, date: string) => `attendance-decision:${nip}:${date}`,
  /** The Pengelola's application of an approved correction: its NIP and date. */
  attendanceApplied: (nip: string, date: string) => `attendance-applied:${nip}:${date}`,
  orgRating: (unitId: string, periodId: string) => `org-rating:${unitId}:${periodId}`,
  /**
   * An evidence photo of one activity: the activity's NIP, date and suffix, then its own. A photo is
   * its own document so that only its owner's devices replicate it; heads fetch it when they open
   * the entry.
   */
  photo: (nip: string, date: string, activitySuffix: string, suffix: string = newUlid()) =>
    `photo:${nip}:${date}:${activitySuffix}:${suffix}`,
  /** Organisation-wide settings kept by the Pengelola (`setting:kinerja`). */
  setting: (key: string) => `setting:${key}`,
  /** A unit's report summary of one month, written by the server (report.ts). */
  report: (unitId: string, month: string) => `report:${unitId}:${month}`,
} as const;

export type ParsedId = Readonly<
  | { type: 'employee'; nip: string }
  | { type: 'unit'; unitId: string }
  | { type: 'period'; periodId: string }
  | { type: 'catalog' | 'expectation'; code: string }
  | { type: 'training'; trainingId: string }
  | {
      type:
        | 'skp'
        | 'skp-approval'
        | 'self-assessment'
        | 'appraisal'
        | 'acknowledgement'
        | 'objection-decision';
      nip: string;
      periodId: string;
    }
  | { type: 'activity' | 'verification'; nip: string; date: string; suffix: string }
  | { type: 'photo'; nip: string; date: string; suffix: string; photoSuffix: string }
  | { type: 'feedback' | 'feedback-response' | 'praktik-baik'; nip: string; suffix: string }
  | { type: 'setting'; key: string }
  | { type: 'enrolment' | 'enrolment-decision' | 'enrolment-admin'; nip: string; key: string }
  | { type: 'certificate'; nip: string; key: string; suffix: string }
  | { type: 'development-plan'; nip: string; year: number }
  | { type: 'attendance'; nip: string; month: string }
  | {
      type: 'attendance-correction' | 'attendance-decision' | 'attendance-applied';
      nip: string;
      date: string;
    }
  | { type: 'org-rating'; unitId: string; periodId: string }
  | { type: 'report'; unitId: string; month: string }
>;

/**
 * Ids parsed lately, with their parts (frozen: every caller shares them). One write is asked
 * about its id by many rules (its writer, its related ids and prefixes, its channels, its owner's
 * quota, its indexing), about ten times a document in a push; the parse, not the lookup, cost.
 */
const parsedIds = new Map<string, ParsedId | null>();
/** A few pushes' worth of ids; the oldest parsed is dropped past it. */
const MAX_PARSED_IDS = 20_000;

/** The longest document id the server accepts (its write gate refuses longer ones). */
export const MAX_ID_LENGTH = 200;

/** Parses a document id into its parts; null when the id is not one of ours. */
export function parseId(id: string): ParsedId | null {
  const known = parsedIds.get(id);
  if (known !== undefined) return known;
  const parsed = parseParts(id);
  // Only ids a write may have are kept: a push of huge ids (refused later) must not fill memory.
  if (id.length > MAX_ID_LENGTH) return parsed;
  if (parsedIds.size >= MAX_PARSED_IDS) parsedIds.delete(parsedIds.keys().next().value as string);
  parsedIds.set(id, parsed === null ? null : Object.freeze(parsed));
  return parsed;
}

function parseParts(id: string): ParsedId | null {
  const parts = id.split(':');
  const [type, a, b, c, d] = parts;
  if (type === undefined || a === undefined) return null;
  const n = parts.length;
  switch (type) {
    case 'employee':
      return n === 2 && isNip(a) ? { type, nip: a } : null;
    case 'unit':
      return n === 2 && isKey(a) ? { type, unitId: a } : null;
    case 'period':
      return n === 2 && isKey(a) ? { type, periodId: a } : null;
    case 'catalog':
    case 'expectation':
      return n === 2 && isKey(a) ? { type, code: a } : null;
    case 'training':
      return n === 2 && isKey(a) ? { type, trainingId: a } : null;
    case 'setting':
      return n === 2 && isKey(a) ? { type, key: a } : null;
    case 'skp':
    case 'skp-approval':
    case 'self-assessment':
    case 'appraisal':
    case 'acknowledgement':
    case 'objection-decision':
      return n === 3 && isNip(a) && b !== undefined && isKey(b)
        ? { type, nip: a, periodId: b }
        : null;
    case 'activity':
    case 'verification':
      return n === 4 &&
        isNip(a) &&
        b !== undefined &&
        isIsoDate(b) &&
        c !== undefined &&
        ULID_RE.test(c)
        ? { type, nip: a, date: b, suffix: c }
        : null;
    case 'photo':
      return n === 5 &&
        isNip(a) &&
        b !== undefined &&
        isIsoDate(b) &&
        c !== undefined &&
        ULID_RE.test(c) &&
        d !== undefined &&
        ULID_RE.test(d)
        ? { type, nip: a, date: b, suffix: c, photoSuffix: d }
        : null;
    case 'feedback':
    case 'feedback-response':
    case 'praktik-baik':
      return n === 3 && isNip(a) && b !== undefined && ULID_RE.test(b)
        ? { type, nip: a, suffix: b }
        : null;
    case 'enrolment':
    case 'enrolment-decision':
    case 'enrolment-admin':
      return n === 3 && isNip(a) && b !== undefined && isKey(b) ? { type, nip: a, key: b } : null;
    case 'certificate':
      return n === 4 &&
        isNip(a) &&
        b !== undefined &&
        isKey(b) &&
        c !== undefined &&
        ULID_RE.test(c)
        ? { type, nip: a, key: b, suffix: c }
        : null;
    case 'development-plan':
      return n === 3 && isNip(a) && b !== undefined && /^\d{4}$/.test(b)
        ? { type, nip: a, year: Number(b) }
        : null;
    case 'attendance':
      return n === 3 && isNip(a) && b !== undefined && MONTH_RE.test(b)
        ? { type, nip: a, month: b }
        : null;
    case 'attendance-correction':
    case 'attendance-decision':
    case 'attendance-applied':
      return n === 3 && isNip(a) && b !== undefined && isIsoDate(b)
        ? { type, nip: a, date: b }
        : null;
    case 'org-rating':
      return n === 3 && isKey(a) && b !== undefined && isKey(b)
        ? { type, unitId: a, periodId: b }
        : null;
    case 'report':
      return n === 3 && isKey(a) && b !== undefined && MONTH_RE.test(b)
        ? { type, unitId: a, month: b }
        : null;
    default:
      return null;
  }
}

/**
 * The prefixes of `id` that end in `:`, shortest first (`activity:N:D:X` → `activity:`,
 * `activity:N:`, `activity:N:D:`): where a listing kept by prefix finds an id it holds.
 */
export function colonPrefixes(id: string): string[] {
  const prefixes: string[] = [];
  for (let at = id.indexOf(':'); at >= 0; at = id.indexOf(':', at + 1))
    prefixes.push(id.slice(0, at + 1));
  return prefixes;
}

/** The type named by an id's prefix, whether or not the rest parses. */
export function typeOfId(id: string): DocType | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const prefix = id.slice(0, colon);
  return (DOC_TYPES as readonly string[]).includes(prefix) ? (prefix as DocType) : null;
}

/** The NIP of the employee a document is about, or null for reference data. */
export function ownerNipOfId(id: string): string | null {
  const parsed = parseId(id);
  return parsed !== null && 'nip' in parsed && parsed.type !== 'employee' ? parsed.nip : null;
}

/** The verification id that belongs to an activity id (same NIP, date and suffix). */
export function verificationIdFor(activityId: string): string | null {
  const p = parseId(activityId);
  return p?.type === 'activity' ? ids.verification(p.nip, p.date, p.suffix) : null;
}

/** The activity id that a verification id belongs to. */
export function activityIdFor(verificationId: string): string | null {
  const p = parseId(verificationId);
  return p?.type === 'verification' ? ids.activity(p.nip, p.date, p.suffix) : null;
}

/** The feedback id that a feedback-response or praktik-baik id belongs to (same NIP and ULID). */
export function feedbackIdFor(id: string): string | null {
  const p = parseId(id);
  return p?.type === 'feedback-response' || p?.type === 'praktik-baik'
    ? ids.feedback(p.nip, p.suffix)
    : null;
}

/** The activity id that a photo id belongs to. */
export function activityIdOfPhoto(photoId: string): string | null {
  const p = parseId(photoId);
  return p?.type === 'photo' ? ids.activity(p.nip, p.date, p.suffix) : null;
}

/** True when `photoId` names a photo of the activity `activityId`. */
export function isPhotoOf(photoId: string, activityId: string): boolean {
  return activityIdOfPhoto(photoId) === activityId;
}

/** The key of a new record of self-directed learning: `m-` and a lowercase ULID. */
export function selfLearningKey(now?: number): string {
  return `m-${newUlid(now).toLowerCase()}`;
}

/** The ids of the record a development document belongs to (same NIP and key), or null. */
export function enrolmentIdsOf(
  id: string,
): { enrolment: string; decision: string; admin: string } | null {
  const p = parseId(id);
  if (
    p?.type !== 'enrolment' &&
    p?.type !== 'enrolment-decision' &&
    p?.type !== 'enrolment-admin' &&
    p?.type !== 'certificate'
  )
    return null;
  return {
    enrolment: ids.enrolment(p.nip, p.key),
    decision: ids.enrolmentDecision(p.nip, p.key),
    admin: ids.enrolmentAdmin(p.nip, p.key),
  };
}
