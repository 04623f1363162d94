/** What every write command answers: the id written, or why nothing was written. */
import type { RowBase } from '../read-model';
import { isQuotaError, QUOTA_REASON } from '../storage';

export type CommandResult =
  | {
      ok: true;
      id: string;
      /** The read-model row of the written document, when it was projected at once (putDocs). */
      row?: RowBase;
    }
  | { ok: false; code: string; reason: string; field?: string };

export type CommandFailure = Extract<CommandResult, { ok: false }>;

/**
 * The sentences these helpers write, with their English text (screens pick by language; the
 * write-failed one is followed by ": <the error's message>").
 */
export const RESULT_REASONS = {
  quota: {
    id: QUOTA_REASON,
    en: 'The device storage is full. Delete photos or other files on the device, then save again.',
  },
  conflict: {
    id: 'Dokumen ini baru saja berubah di perangkat ini. Muat ulang lalu simpan lagi.',
    en: 'This document has just changed on this device. Reload, then save again.',
  },
  'write-failed': {
    id: 'Dokumen gagal disimpan di perangkat',
    en: 'The document could not be saved on this device',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export function failure(code: string, reason: string, field?: string): CommandFailure {
  return field === undefined ? { ok: false, code, reason } : { ok: false, code, reason, field };
}

/** Maps an error from PouchDB's put/bulkDocs (thrown, or one row of a bulk answer) to a result. */
export function writeFailure(err: unknown): CommandFailure {
  if (isQuotaError(err)) return failure('quota', RESULT_REASONS.quota.id);
  const status =
    typeof err === 'object' && err !== null ? (err as { status?: number }).status : undefined;
  if (status === 409) {
    return failure('conflict', RESULT_REASONS.conflict.id);
  }
  const message =
    typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : err;
  return failure('write-failed', `${RESULT_REASONS['write-failed'].id}: ${String(message)}`);
}
