/**
 * Mounts the CouchDB endpoints under /couch. `_session`, `_up` and `_uuids` are open to anyone,
 * as in CouchDB (signing in must be possible without being signed in); every other request
 * must be authenticated.
 */
import express, { Router, type Request, type RequestHandler } from 'express';
import { authenticate } from '../auth/authenticate';
import { methodNotAllowed, notFound } from '../http/errors';
import { jsonBody } from '../http/json-body';
import type { Services } from '../services';
import { allDocs } from './all-docs';
import { deleteAttachment, getAttachment, putAttachment } from './attachments';
import { bulkDocs } from './bulk-docs';
import { bulkGet } from './bulk-get';
import { changes } from './changes';
import {
  createDatabase,
  databaseInfo,
  DB_NAME,
  deleteDatabase,
  otherDatabase,
  serverRoot,
} from './database';
import { deleteDoc, getDoc, putDoc } from './doc';
import { MAX_ATTACHMENT_BYTES } from './gatekeeper';
import { deleteLocal, getLocal, putLocal } from './local';
import { revsDiff } from './revs-diff';
import { deleteSession, getSession, postSession, sessionBody } from './session';
import { up } from './up';
import { uuids } from './uuids';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function couchRouter(s: Services): Router {
  const r = Router();
  const db = `/${DB_NAME}`;
  r.route('/_session')
    .get(getSession(s))
    .post(sessionBody(), postSession(s))
    .delete(deleteSession(s))
    .all(() => {
      throw methodNotAllowed('GET,HEAD,POST,DELETE');
    });
  r.route('/_up')
    .get(up)
    .all(() => {
      throw methodNotAllowed('GET,HEAD');
    });
  r.route('/_uuids')
    .get(uuids)
    .all(() => {
      throw methodNotAllowed('GET,HEAD');
    });

  r.use(authenticate(s));
  r.use(bodyParser());

  r.get('/', serverRoot(s));
  r.get(db, databaseInfo(s));
  r.put(db, createDatabase);
  r.delete(db, deleteDatabase);
  r.get(`${db}/_changes`, changes(s));
  r.post(`${db}/_changes`, changes(s));
  r.post(`${db}/_revs_diff`, revsDiff(s));
  r.post(`${db}/_bulk_get`, bulkGet(s));
  r.post(`${db}/_bulk_docs`, bulkDocs(s));
  r.get(`${db}/_all_docs`, allDocs(s));
  r.post(`${db}/_all_docs`, allDocs(s));
  r.post(
    `${db}/_ensure_full_commit`,
    (_req, res) => void res.status(201).json({ ok: true, instance_start_time: '0' }),
  );
  r.get(`${db}/_local/:localid`, getLocal(s));
  r.put(`${db}/_local/:localid`, putLocal(s));
  r.delete(`${db}/_local/:localid`, deleteLocal(s));
  // Other `_` paths (design documents, _find, _index...) do not exist here.
  r.all(`${db}/_:rest`, () => {
    throw notFound('missing');
  });
  r.all(`${db}/_:rest/*more`, () => {
    throw notFound('missing');
  });
  r.get(`${db}/:docid`, getDoc(s));
  r.put(`${db}/:docid`, putDoc(s));
  r.delete(`${db}/:docid`, deleteDoc(s));
  r.get(`${db}/:docid/*att`, getAttachment(s));
  r.put(`${db}/:docid/*att`, putAttachment(s));
  r.delete(`${db}/:docid/*att`, deleteAttachment(s));
  r.all('/:other', otherDatabase);
  r.all('/{*rest}', () => {
    throw notFound('missing');
  });
  return r;
}

/**
 * An attachment PUT body is raw bytes of any type (at most 5 MB); every other body is
 * `application/json` (at most 10 MB, see http/json-body.ts), else 415.
 */
function bodyParser(): RequestHandler {
  const raw = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });
  const json = jsonBody(MAX_BODY_BYTES);
  return (req, res, next) => (isAttachmentPut(req) ? raw(req, res, next) : json(req, res, next));
}

function isAttachmentPut(req: Request): boolean {
  if (req.method !== 'PUT') return false;
  const parts = req.path.split('/').filter(Boolean);
  return parts.length >= 3 && parts[0] === DB_NAME && !parts[1]!.startsWith('_');
}
