/**
 * POST /_bulk_get (`revs`, `latest`, `attachments`): documents by id and revision, one result
 * per request row in request order. A document outside the user's channels gets the same
 * `not_found` as one that does not exist.
 */
import type { RequestHandler } from 'express';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import type { BulkGetOptions, BulkGetRequest, BulkGetResult } from '../store/store';
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
    const answers = await answersOf(
      s,
      requests.filter((r) => readable.has(r.id)),
      opts,
    );
    // One result per request row, in request order, a repeated row answered each time (as
    // CouchDB does); refused ids get the same not_found as missing ones.
    const results = requests.map((r) => answers.get(keyOf(r)) ?? missing(r));
    res.json({ results });
  };
}

const keyOf = (r: BulkGetRequest) => `${r.id}\u0000${r.rev ?? ''}`;

/**
 * The store's answer to each distinct (id, rev), asked in rounds in which an id appears at most
 * once: PouchDB's `_bulk_get` merges the rows of one id into a single `open_revs` read, which
 * drops a winner request beside a rev request and cannot say which answer is whose. Replication
 * asks one row per id, so there is one round, and one more per extra leaf of a conflict.
 */
async function answersOf(
  s: Services,
  requests: readonly BulkGetRequest[],
  opts: BulkGetOptions,
): Promise<Map<string, BulkGetResult>> {
  const rounds: BulkGetRequest[][] = [];
  const seen = new Set<string>();
  const perId = new Map<string, number>();
  for (const r of requests) {
    if (seen.has(keyOf(r))) continue;
    seen.add(keyOf(r));
    const round = perId.get(r.id) ?? 0;
    perId.set(r.id, round + 1);
    (rounds[round] ??= []).push(r);
  }
  const answers = new Map<string, BulkGetResult>();
  for (const round of rounds) {
    const byId = new Map(round.map((r) => [r.id, r]));
    for (const found of await s.store.bulkGet(round, opts)) {
      const r = byId.get(found.id);
      if (!r) continue;
      // The store may split one request's answers over several rows; they are one result.
      const prior = answers.get(keyOf(r));
      answers.set(keyOf(r), prior ? { id: r.id, docs: [...prior.docs, ...found.docs] } : found);
    }
  }
  return answers;
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
