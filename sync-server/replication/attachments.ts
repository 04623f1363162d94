/**
 * GET|PUT|DELETE /{id}/{name}: one attachment (an evidence photo). Read only when the user may
 * open the document (authorization.ts canOpen); a PUT or DELETE is a new revision of the document
 * and goes through the gatekeeper like any other write. Attachments are bounded to 5 MB by the body parser.
 */
import type { Request, RequestHandler, Response } from 'express';
import { accountOf } from '../auth/authenticate';
import { notFound } from '../http/errors';
import type { Services } from '../services';
import type { StoredDoc } from '../store/store';
import { canOpen, canRead, readerOf } from './authorization';
import { docIdOf } from './doc';
import { gatedWrite } from './gatekeeper';
import { revParam } from './params';
import { sendWriteResult } from './write-status';

type Stub = { content_type?: string; digest?: string };

function nameOf(req: Request): string {
  const parts = req.params.att as unknown;
  const name = Array.isArray(parts) ? parts.join('/') : String(parts ?? '');
  if (name.length === 0) throw notFound();
  return name;
}

export function getAttachment(s: Services): RequestHandler {
  return async (req, res) => {
    const id = docIdOf(req);
    const name = nameOf(req);
    const rev = revParam(req);
    if (!(await canOpen(s, readerOf(s, res), id))) throw notFound('missing');
    const doc = (await s.store.get(id, rev ? { rev } : {})) as StoredDoc;
    const stub = (doc._attachments as Record<string, Stub> | undefined)?.[name];
    if (!stub) throw notFound('Document is missing attachment');
    const data = await s.store.getAttachment(id, name, doc._rev);
    res.type(stub.content_type ?? 'application/octet-stream');
    if (stub.digest) res.set('ETag', `"${stub.digest}"`);
    res.send(data);
  };
}

/** The document the attachment change applies to: the stored revision `rev`, if readable. */
async function baseDoc(
  s: Services,
  res: Response,
  id: string,
  rev: string | undefined,
): Promise<Record<string, unknown>> {
  if (rev === undefined) return { _id: id };
  const readable = canRead(s, readerOf(s, res), id);
  const doc = readable
    ? ((await s.store.get(id, { rev }).catch(() => null)) as StoredDoc | null)
    : null;
  return doc ?? { _id: id, _rev: rev };
}

export function putAttachment(s: Services): RequestHandler {
  return async (req, res) => {
    const id = docIdOf(req);
    const name = nameOf(req);
    const rev = revParam(req) ?? (req.headers['if-match'] as string | undefined);
    const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const doc = await baseDoc(s, res, id, rev);
    const atts = { ...((doc._attachments as Record<string, unknown> | undefined) ?? {}) };
    atts[name] = {
      content_type: req.headers['content-type'] ?? 'application/octet-stream',
      data: data.toString('base64'),
    };
    const [result] = await gatedWrite(s, accountOf(res), [{ ...doc, _attachments: atts }], true);
    sendWriteResult(res, result, 201);
  };
}

export function deleteAttachment(s: Services): RequestHandler {
  return async (req, res) => {
    const id = docIdOf(req);
    const name = nameOf(req);
    const rev = revParam(req);
    const doc = await baseDoc(s, res, id, rev);
    const atts = { ...((doc._attachments as Record<string, unknown> | undefined) ?? {}) };
    if (!(name in atts)) throw notFound('Document is missing attachment');
    delete atts[name];
    const [result] = await gatedWrite(s, accountOf(res), [{ ...doc, _attachments: atts }], true);
    sendWriteResult(res, result, 200);
  };
}
