/**
 * Competency development records for tests, built from core's factories: the demo's open-all-year
 * "Manajemen Waktu dan Prioritas Kerja", one person's catalog activity as its chain of documents
 * (request, the head's decision, the Pengelola's seat and check), and the fixture Dinas with what
 * waits in its Pengelola's queue.
 */
import type { EnrolmentAdminDoc } from '../../core/schemas/development';
import {
  makeEnrolment,
  makeEnrolmentAdmin,
  makeEnrolmentDecision,
  makeSelfLearning,
  makeTraining,
  NIP,
  NOW_ISO,
  orgEmployees,
  orgUnits,
} from '../../core/testing/factories';

type Seat = NonNullable<EnrolmentAdminDoc['seat']>;
type Verification = NonNullable<EnrolmentAdminDoc['verification']>;

/** The demo catalog's 8 JP online training, open all year. */
export const MANAJEMEN_WAKTU = 'manajemen-waktu';
export const MANAJEMEN_WAKTU_TITLE = 'Manajemen Waktu dan Prioritas Kerja';

export function manajemenWaktu(overrides: Parameters<typeof makeTraining>[0] = {}) {
  return makeTraining({
    trainingId: MANAJEMEN_WAKTU,
    title: MANAJEMEN_WAKTU_TITLE,
    jp: 8,
    start: null,
    end: null,
    ...overrides,
  });
}

/** A seat the Pengelola (fixture NIP) confirmed in May 2026. */
export function confirmedSeat(overrides: Partial<Seat> = {}): Seat {
  return {
    status: 'confirmed',
    note: '',
    at: '2026-05-16T10:00:00+07:00',
    by: NIP.pengelola,
    ...overrides,
  };
}

/** A completion the Pengelola (fixture NIP) verified. */
export function verifiedCheck(overrides: Partial<Verification> = {}): Verification {
  return {
    status: 'verified',
    note: '',
    at: '2026-05-16T10:00:00+07:00',
    by: NIP.pengelola,
    // The report it judged: a completion made by makeCompletion() (reported at NOW).
    reportedAt: NOW_ISO,
    ...overrides,
  };
}

type CatalogRecord = {
  nip: string;
  key: string;
  unitId: string;
  appraiserNip: string;
  /** The request's other fields (a completion, a note). */
  enrolment?: Parameters<typeof makeEnrolment>[0];
  /** The Pengelola's side; without seat and verification there is no admin document. */
  seat?: Seat;
  verification?: Verification;
};

/** One person's catalog activity, approved by the head, and seated or checked when given. */
export function catalogRecord({ nip, key, unitId, appraiserNip, ...steps }: CatalogRecord) {
  const docs: { _id: string }[] = [
    makeEnrolment({ nip, key, trainingId: key, unitId, ...steps.enrolment }),
    makeEnrolmentDecision({ nip, key, unitId, appraiserNip }),
  ];
  if (steps.seat || steps.verification)
    docs.push(
      makeEnrolmentAdmin({
        nip,
        key,
        unitId,
        seat: steps.seat ?? null,
        verification: steps.verification ?? null,
      }),
    );
  return docs;
}

/**
 * The fixture Dinas and its Pengelola's queue: "Kerja Sama Tim" (2 seats); Dewi (staffA1)
 * approved by her head, waiting for a seat; Rudi (staffA2) seated in it, with a belajar mandiri
 * report waiting for a check (`staffA2Report`, default a bare one).
 */
export function dinasDevelopmentDocs(
  staffA2Report: { _id: string } = makeSelfLearning({ nip: NIP.staffA2 }),
) {
  return [
    ...orgEmployees(),
    ...orgUnits(),
    makeTraining({ seats: 2 }),
    makeEnrolment(),
    makeEnrolmentDecision(),
    makeEnrolment({ nip: NIP.staffA2 }),
    makeEnrolmentDecision({ nip: NIP.staffA2 }),
    makeEnrolmentAdmin({ nip: NIP.staffA2, seat: confirmedSeat() }),
    staffA2Report,
  ];
}
