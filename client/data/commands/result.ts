/** What every write command answers: the id written, or why nothing was written. */
import { isQuotaError, QUOTA_REASON } from '../storage';

export type CommandResult =
  { ok: true; id: string } | { ok: false; code: string; reason: string; field?: string };

export type CommandFailure = Extract<CommandResult, { ok: false }>;

export function failure(code: string, reason: string, field?: string): CommandFailure {
  return field === undefined ? { ok: false, code, reason } : { ok: false, code, reason, field };
}

/** Maps an error from PouchDB's put/bulkDocs (thrown, or one row of a bulk answer) to a result. */
export function writeFailure(err: unknown): CommandFailure {
  if (isQuotaError(err)) return failure('quota', QUOTA_REASON);
  const status =
    typeof err === 'object' && err !== null ? (err as { status?: number }).status : undefined;
  if (status === 409) {
    return failure(
      'conflict',
      'Dokumen ini baru saja berubah di perangkat ini. Muat ulang lalu simpan lagi.',
    );
  }
  const message =
    typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : err;
  return failure('write-failed', `Dokumen gagal disimpan di perangkat: ${String(message)}`);
}
