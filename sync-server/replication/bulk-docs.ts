/** POST /_bulk_docs: writes through the gatekeeper; 201 with one row per document (errors only for new_edits=false). */
import type { RequestHandler } from 'express';
import { accountOf } from '../auth/authenticate';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import { gatedWrite } from './gatekeeper';
import { MAX_ITEMS, objectBody } from './params';

export function bulkDocs(s: Services): RequestHandler {
  return async (req, res) => {
    const body = objectBody(req);
    if (!Array.isArray(body.docs)) throw badRequest('POST body must include `docs` parameter.');
    if (body.docs.length > MAX_ITEMS)
      throw badRequest(`At most ${MAX_ITEMS} documents per request`);
    const newEdits = body.new_edits ?? true;
    if (typeof newEdits !== 'boolean') throw badRequest('`new_edits` parameter must be a boolean.');
    const results = await gatedWrite(s, accountOf(res), body.docs as unknown[], newEdits);
    res.status(201).json(newEdits ? results : results.filter((r) => r.error));
  };
}
