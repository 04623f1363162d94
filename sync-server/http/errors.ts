/** CouchDB-shaped errors: a status with `{error, reason}`, and the one handler that sends them. */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
    readonly headers: Record<string, string> = {},
    /** Figures sent beside `error` and `reason` (a refused sign-in's tries left and wait). */
    readonly extra: Record<string, number | boolean> = {},
  ) {
    super(reason);
  }
}

export const badRequest = (reason: string) => new HttpError(400, 'bad_request', reason);
export const unauthorized = (reason: string) => new HttpError(401, 'unauthorized', reason);
export const forbidden = (reason: string) => new HttpError(403, 'forbidden', reason);
export const notFound = (reason = 'missing') => new HttpError(404, 'not_found', reason);
export const methodNotAllowed = (allow: string) =>
  new HttpError(405, 'method_not_allowed', `Only ${allow} allowed`, { Allow: allow });
export const conflict = () => new HttpError(409, 'conflict', 'Document update conflict.');
export const tooLarge = (reason: string) => new HttpError(413, 'too_large', reason);

type Shaped = {
  status: number;
  error: string;
  reason: string;
  headers: Record<string, string>;
  extra?: Record<string, number | boolean>;
};

/** Maps whatever was thrown to a CouchDB error body; anything unknown is a 500. */
export function toCouchError(err: unknown): Shaped {
  if (err instanceof HttpError) return err;
  const e = (err ?? {}) as {
    status?: unknown;
    statusCode?: unknown;
    type?: unknown;
    name?: unknown;
    error?: unknown;
    reason?: unknown;
    message?: unknown;
    limit?: unknown;
  };
  // body-parser (express.json / express.raw)
  if (e.type === 'entity.parse.failed') return shaped(400, 'bad_request', 'invalid UTF-8 JSON');
  if (e.type === 'entity.too.large') {
    const mb = typeof e.limit === 'number' ? ` (${Math.round(e.limit / 1024 / 1024)} MB)` : '';
    return shaped(413, 'too_large', `Permintaan melebihi batas ukuran${mb}`);
  }
  if (typeof e.type === 'string' && e.type.startsWith('encoding.')) {
    return shaped(415, 'bad_content_type', String(e.message ?? 'unsupported encoding'));
  }
  if (e.type === 'request.aborted') return shaped(400, 'bad_request', 'request aborted');
  // PouchDB errors carry status, name and message (or error and reason from CouchDB).
  const status =
    typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    const name =
      typeof e.error === 'string' ? e.error : typeof e.name === 'string' ? e.name : 'bad_request';
    const reason =
      typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message : name;
    return shaped(status, name, reason);
  }
  return shaped(500, 'internal_server_error', 'Terjadi kesalahan pada server');
}

function shaped(status: number, error: string, reason: string): Shaped {
  return { status, error, reason, headers: {} };
}

/** The last middleware: a client error gets its 4xx, a server fault a logged 500; never a crash. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    void next;
    const e = toCouchError(err);
    if (e.status >= 500) log.error({ err, method: req.method, path: req.path }, 'request failed');
    if (res.headersSent) {
      res.end();
      return;
    }
    res
      .status(e.status)
      .set(e.headers)
      .json({ error: e.error, reason: e.reason, ...e.extra });
  };
}
