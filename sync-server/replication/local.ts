/** GET|PUT|DELETE /_local/{id}: replication checkpoints, kept per user (see store/local-docs.ts). */
import type { Request, RequestHandler } from 'express';
import { accountOf } from '../auth/authenticate';
import { badRequest, notFound } from '../http/errors';
import type { Services } from '../services';
import { isRev, objectBody, queryString } from './params';

function localIdOf(req: Request): string {
  const id = req.params.localid;
  if (typeof id !== 'string' || id.length === 0 || id.length > 256) throw notFound();
  return id;
}

function localRev(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^0-\d{1,15}$/.test(value))
    throw badRequest('Invalid rev format');
  return value;
}

export function getLocal(s: Services): RequestHandler {
  return (req, res) => {
    res.json(s.locals.get(accountOf(res).nip, localIdOf(req)));
  };
}

export function putLocal(s: Services): RequestHandler {
  return (req, res) => {
    const id = localIdOf(req);
    const body = objectBody(req);
    const rev = localRev(queryString(req, 'rev') ?? body._rev);
    const next = s.locals.put(accountOf(res).nip, id, body, rev);
    res.status(201).json({ ok: true, id: `_local/${id}`, rev: next });
  };
}

export function deleteLocal(s: Services): RequestHandler {
  return (req, res) => {
    const id = localIdOf(req);
    const raw = queryString(req, 'rev');
    const rev = raw !== undefined && isRev(raw) ? raw : localRev(raw);
    const next = s.locals.remove(accountOf(res).nip, id, rev);
    res.json({ ok: true, id: `_local/${id}`, rev: next });
  };
}
