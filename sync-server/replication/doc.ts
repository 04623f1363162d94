/** GET|PUT|DELETE /{id}: one document, read if it is in the user's channels, written through the gatekeeper. */
import type { Request, RequestHandler } from 'express';
import { accountOf } from '../auth/authenticate';
import { badRequest, notFound } from '../http/errors';
import type { Services } from '../services';
import type { GetOptions } from '../store/store';
import { canFetch, readerOf } from './authorization';
import { gatedWrite } from './gatekeeper';
import {
  boolParam,
  isRev,
  jsonParam,
  MAX_ITEMS,
  objectBody,
  queryString,
  revParam,
} from './params';
import { sendWriteResult } from './write-status';

/** The document id of a request: ids never contain a slash, and `_`-ids are not documents. */
export function docIdOf(req: Request): string {
  const id = req.params.docid;
  if (typeof id !== 'string' || id.length === 0) throw notFound();
  return id;
}

export function getDoc(s: Services): RequestHandler {
  return async (req, res) => {
    const id = docIdOf(req);
    const opts = getOptionsOf(req);
    if (!canFetch(s, readerOf(s, res), id)) throw notFound('missing');
    res.json(await s.store.get(id, opts));
  };
}

export function putDoc(s: Services): RequestHandler {
  return async (req, res) => {
    const id = docIdOf(req);
    const body = objectBody(req);
    const rev = revParam(req) ?? body._rev;
    const doc = { ...body, _id: id, ...(rev !== undefined ? { _rev: rev } : {}) };
    const newEdits = boolParam(req, 'new_edits', true);
    const [result] = await gatedWrite(s, accountOf(res), [doc], newEdits);
    sendWriteResult(res, result ?? { id, ok: true, rev: String(rev) }, 201);
  };
}

export function deleteDoc(s: Services): RequestHandler {
  return async (req, res) => {
    const id = docIdOf(req);
    const rev = revParam(req);
    if (rev === undefined) {
      res.status(409).json({ error: 'conflict', reason: 'Document update conflict.' });
      return;
    }
    const [result] = await gatedWrite(
      s,
      accountOf(res),
      [{ _id: id, _rev: rev, _deleted: true }],
      true,
    );
    sendWriteResult(res, result, 200);
  };
}

function getOptionsOf(req: Request): GetOptions {
  const opts: GetOptions = {
    revs: boolParam(req, 'revs'),
    latest: boolParam(req, 'latest'),
    conflicts: boolParam(req, 'conflicts'),
    attachments: boolParam(req, 'attachments'),
    revs_info: boolParam(req, 'revs_info'),
  };
  const rev = revParam(req);
  if (rev !== undefined) opts.rev = rev;
  const openRevs = queryString(req, 'open_revs') === 'all' ? 'all' : jsonParam(req, 'open_revs');
  if (openRevs !== undefined) {
    if (openRevs === 'all') opts.open_revs = 'all';
    else if (Array.isArray(openRevs) && openRevs.length <= MAX_ITEMS && openRevs.every(isRev)) {
      opts.open_revs = openRevs as string[];
    } else throw badRequest('open_revs must be "all" or a list of revisions');
  }
  return opts;
}
