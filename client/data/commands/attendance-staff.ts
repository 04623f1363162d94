/**
 * The employee's attendance writes, to the local PouchDB (offline first): a request to correct
 * one day (koreksi kehadiran), sent again after a change or a refusal as a new version, and its
 * withdrawal. A photo of the letter (surat tugas, surat keterangan) is a `certificate` document
 * keyed `hadir-{date}`, written with the request or not at all; a replaced or withdrawn one is
 * deleted. Core judges each write (attendance-rules.ts), as the server will.
 */
import { letterKey } from '../../core/attendance-rules';
import { ids } from '../../core/ids';
import type { AttendanceCorrectionDoc, DayChange } from '../../core/schemas/attendance';
import type { EmployeeDoc } from '../../core/schemas/reference';
import type { RawDoc } from '../../core/write-context';
import { getOrNull } from '../local-db';
import {
  ATTENDANCE_STAFF_REASONS,
  type AttendanceStaffReasonCode,
} from './attendance-staff-reasons';
import type { CommandContext } from './context';
import { certificatePhoto, photoDeletions, type PhotoInput } from './photo-docs';
import { putDocs } from './put-doc';
import { failure, type CommandFailure, type CommandResult } from './result';
import { command } from './in-flight';

function refusal(code: AttendanceStaffReasonCode, field?: string): CommandFailure {
  return failure(code, ATTENDANCE_STAFF_REASONS[code].id, field);
}

async function ownRequest(ctx: CommandContext, date: string) {
  return (await getOrNull(
    ctx.db,
    ids.attendanceCorrection(ctx.user.nip, date),
  )) as AttendanceCorrectionDoc | null;
}

export type CorrectionInput = {
  date: string;
  /** The whole day as it should be: its status and scans in and out (null: none). */
  change: DayChange;
  reason: string;
  /** A new photo of the letter, already compressed; absent keeps the one sent before. */
  letter?: PhotoInput | undefined;
  /** True drops the letter sent before (without a new one). */
  dropLetter?: boolean | undefined;
};

/**
 * Asks to correct a day, or sends a changed request again: every send is a new version
 * (`requestedAt`) for the head to decide. The new letter and the request are written together.
 */
export const requestCorrection = command(async function requestCorrection(
  input: CorrectionInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const [me, old] = await Promise.all([
    getOrNull(ctx.db, ids.employee(ctx.user.nip)) as Promise<EmployeeDoc | null>,
    ownRequest(ctx, input.date),
  ]);
  // The person's unit now: after a mutasi the next version goes to the Pengelola keeping it.
  const unitId = me?.unitId ?? old?.unitId;
  if (unitId === undefined) return refusal('attendance-no-unit');
  const at = new Date((ctx.now ?? Date.now)()).toISOString();
  const before = old?.letter ?? null;
  const photo = input.letter
    ? certificatePhoto(ctx.user.nip, letterKey(input.date), input.letter, at)
    : null;
  const letter = photo?.ref ?? (input.dropLetter ? null : before);
  const removed =
    before && letter?.id !== before.id ? await photoDeletions(ctx.db, [before.id]) : [];
  const request: AttendanceCorrectionDoc = {
    _id: ids.attendanceCorrection(ctx.user.nip, input.date),
    ...(old?._rev === undefined ? {} : { _rev: old._rev }),
    type: 'attendance-correction',
    schemaVersion: 1,
    nip: ctx.user.nip,
    date: input.date,
    unitId,
    change: input.change,
    reason: input.reason.trim(),
    letter,
    requestedAt: at,
  };
  const docs: RawDoc[] = [...(photo ? [photo.doc] : []), request, ...removed];
  const results = await putDocs(docs, ctx, { allOrNothing: true });
  return results.find((r) => !r.ok) ?? { ok: true, id: request._id };
});

/**
 * Withdraws a request the head has not approved (pending or declined): the request and its
 * letter are deleted. Core refuses it once approved.
 */
export const withdrawCorrection = command(async function withdrawCorrection(
  date: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const old = await ownRequest(ctx, date);
  if (!old) return refusal('correction-not-here');
  const removed = old.letter ? await photoDeletions(ctx.db, [old.letter.id]) : [];
  const docs: RawDoc[] = [{ _id: old._id, _rev: old._rev, _deleted: true }, ...removed];
  const results = await putDocs(docs, ctx, { allOrNothing: true });
  return results.find((r) => !r.ok) ?? { ok: true, id: old._id };
});
