/**
 * GET|PUT|DELETE /{id}: one document, read if the user may open it (authorization.ts canOpen),
 * written through the gatekeeper.
 */
import type { Request, RequestHandler } from 'express';
import { accountOf } from '../auth/authenticate';
import { badRequest, notFound } from '../http/errors';
import type { Services } from '../services';
import type { GetOptions } from '../store/store';
import { canOpen, readerOf } from './authorization';
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
    if (!(await canOpen(s, readerOf(s, res), id))) throw notFound('missing');
    const doc = await s.store.get(id, opts);
    const etag = etagOf(doc, opts);
    if (etag !== null) {
      res.set('ETag', etag);
      // The client already holds this revision: 304 without a body. Compared here rather than
      // with Express's `req.fresh`, which ignores If-None-Match beside `Cache-Control: no-cache`
      // (and fetch adds that to every conditional request); CouchDB does not.
      if (isNoneMatched(req.headers['if-none-match'], etag)) {
        res.status(304).end();
        return;
      }
    }
    res.json(doc);
  };
}

/**
 * A document's ETag is its revision in quotes, as in CouchDB; answers that are not one revision
 * (`open_revs`) or that carry metadata beyond it (`conflicts`, `revs_info`) have none.
 */
export function etagOf(doc: unknown, opts: GetOptions): string | null {
  if (opts.open_revs !== undefined || opts.conflicts || opts.revs_info) return null;
  const rev = typeof doc === 'object' && doc !== null ? (doc as { _rev?: unknown })._rev : null;
  return typeof rev === 'string' ? `"${rev}"` : null;
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

/** True when If-None-Match names the ETag (weak comparison, as RFC 9110 says for If-None-Match). */
export function isNoneMatched(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === etag);
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
