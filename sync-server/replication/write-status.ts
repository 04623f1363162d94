/** The HTTP status of a single-document write result (PUT and DELETE of a document or attachment). */
import type { Response } from 'express';
import type { WriteResult } from '../store/store';

const STATUS: Record<string, number> = {
  forbidden: 403,
  conflict: 409,
  not_found: 404,
  unauthorized: 401,
};

export function sendWriteResult(res: Response, r: WriteResult | undefined, okStatus: number): void {
  if (r?.ok) {
    res.status(okStatus).json({ ok: true, id: r.id, rev: r.rev });
    return;
  }
  const error = r?.error ?? 'unknown_error';
  res.status(STATUS[error] ?? 400).json({ error, reason: r?.reason ?? error });
}
