/**
 * POST /_bulk_get (`revs`, `latest`, `attachments`): documents by id and revision. A document
 * outside the user's channels gets the same `not_found` as one that does not exist.
 */
import type { RequestHandler } from 'express';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import type { BulkGetRequest, BulkGetResult } from '../store/store';
import { readableIds, readerOf } from './authorization';
import { boolParam, isRev, MAX_ITEMS, objectBody } from './params';

export function bulkGet(s: Services): RequestHandler {
  return async (req, res) => {
    const body = objectBody(req);
    if (!Array.isArray(body.docs) || body.docs.length > MAX_ITEMS) {
      throw badRequest('`docs` must be an array of at most 10000 requests');
    }
    const requests = body.docs.map(toRequest);
    const opts = {
      revs: boolParam(req, 'revs'),
      latest: boolParam(req, 'latest'),
      attachments: boolParam(req, 'attachments'),
    };
    const readable = readableIds(
      s,
      readerOf(s, res),
      requests.map((r) => r.id),
    );
    const found = await s.store.bulkGet(
      requests.filter((r) => readable.has(r.id)),
      opts,
    );
    // The store groups its answers by id; refused ids get one not_found per request.
    const byId = new Map<string, BulkGetResult[]>();
    for (const r of found) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    const results: BulkGetResult[] = [];
    for (const r of requests) {
      if (!readable.has(r.id)) results.push(missing(r));
      else {
        results.push(...(byId.get(r.id) ?? []));
        byId.delete(r.id);
      }
    }
    res.json({ results });
  };
}

function toRequest(value: unknown): BulkGetRequest {
  if (typeof value !== 'object' || value === null)
    throw badRequest('Each request must be an object with an id');
  const { id, rev, atts_since } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0)
    throw badRequest('Each request must have a string id');
  if (rev !== undefined && !isRev(rev)) throw badRequest('Invalid rev format');
  if (atts_since !== undefined && (!Array.isArray(atts_since) || !atts_since.every(isRev))) {
    throw badRequest('atts_since must be a list of revisions');
  }
  return {
    id,
    ...(rev !== undefined ? { rev } : {}),
    ...(atts_since ? { atts_since: atts_since as string[] } : {}),
  };
}

function missing(r: BulkGetRequest): BulkGetResult {
  return {
    id: r.id,
    docs: [
      { error: { id: r.id, rev: r.rev ?? 'undefined', error: 'not_found', reason: 'missing' } },
    ],
  };
}
