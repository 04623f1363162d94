/**
 * POST /_revs_diff: which of the client's revisions the server lacks. For documents outside the
 * user's channels every revision is reported missing, exactly as for an unknown document.
 */
import type { RequestHandler } from 'express';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import { readableIds, readerOf } from './authorization';
import { MAX_ITEMS, objectBody, stringList } from './params';

export function revsDiff(s: Services): RequestHandler {
  return async (req, res) => {
    const body = objectBody(req);
    const ids = Object.keys(body);
    if (ids.length > MAX_ITEMS) throw badRequest(`At most ${MAX_ITEMS} documents per request`);
    const wanted: Record<string, string[]> = {};
    for (const id of ids) wanted[id] = stringList(body[id], `Revisions of ${id}`);
    const readable = readableIds(s, readerOf(s, res), ids);
    const known: Record<string, string[]> = {};
    const out: Record<string, { missing: string[] }> = {};
    for (const id of ids) {
      const revs = wanted[id] ?? [];
      if (readable.has(id)) known[id] = revs;
      else if (revs.length > 0) out[id] = { missing: revs };
    }
    Object.assign(out, await s.store.revsDiff(known));
    res.json(out);
  };
}
