/**
 * The Pengelola's steps on a development record (`enrolment-admin:{nip}:{key}`, a Pengelola keeping
 * the person's unit): confirm the seat or say the class is full, then verify the completion or
 * return it. Each step is signed and dated; core judges the order (a seat only after the head's
 * approval, a verification only of a reported completion) and the reason a refusal needs.
 */
import { ids } from '../../core/ids';
import { WRITE_REASONS } from '../../core/write-reasons';
import type { EnrolmentAdminDoc, EnrolmentDoc } from '../../core/schemas/development';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type SeatInput = { status: 'confirmed' | 'full'; note?: string };
export type CheckInput = { status: 'verified' | 'rejected'; note?: string };

/** Writes one step onto the record's admin document (created with the first step). */
async function writeStep(
  nip: string,
  key: string,
  step: 'seat' | 'verification',
  input: { status: string; note?: string },
  ctx: CommandContext,
): Promise<CommandResult> {
  const enrolment = (await getOrNull(ctx.db, ids.enrolment(nip, key))) as EnrolmentDoc | null;
  if (!enrolment) return failure('not-found', 'Permohonan tidak ditemukan di perangkat ini');
  const stored = (await getOrNull(
    ctx.db,
    ids.enrolmentAdmin(nip, key),
  )) as EnrolmentAdminDoc | null;
  const doc: EnrolmentAdminDoc = stored ?? {
    _id: ids.enrolmentAdmin(nip, key),
    type: 'enrolment-admin',
    schemaVersion: 1,
    nip,
    key,
    unitId: enrolment.unitId,
    seat: null,
    verification: null,
  };
  const signed = {
    status: input.status,
    note: input.note?.trim() ?? '',
    at: new Date((ctx.now ?? Date.now)()).toISOString(),
    by: ctx.user.nip,
    // A check names the report it judged: the one on this device, which the Pengelola sees.
    ...(step === 'verification' ? { reportedAt: enrolment.completion?.reportedAt ?? '' } : {}),
  };
  if (step === 'verification' && enrolment.completion === null)
    return failure('no-completion', WRITE_REASONS['no-completion'].id, 'verification');
  return putDoc({ ...doc, [step]: signed }, ctx);
}

/** Konfirmasi kursi, or Kuota penuh with a reason (at least 10 characters). */
export const decideSeat = command(function decideSeat(
  nip: string,
  key: string,
  input: SeatInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  return writeStep(nip, key, 'seat', input, ctx);
});

/** Verifikasi a completion, or Kembalikan it with a reason (at least 10 characters). */
export const checkCompletion = command(function checkCompletion(
  nip: string,
  key: string,
  input: CheckInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  return writeStep(nip, key, 'verification', input, ctx);
});
