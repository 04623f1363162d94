/** POST /api/sync/reconcile {ids}: which of a device's documents the user may no longer hold. */
import { Router } from 'express';
import { mayKeepId } from '../../client/core/channels';
import { authenticate } from '../auth/authenticate';
import { badRequest } from '../http/errors';
import { canRead, readerOf, todayOf, type Reader } from '../replication/authorization';
import { stringList } from '../replication/params';
import type { Services } from '../services';

export function syncRouter(s: Services): Router {
  const r = Router();
  r.post('/sync/reconcile', authenticate(s), (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null) throw badRequest('Body must be {"ids": [...]}');
    const ids = stringList((body as { ids?: unknown }).ids, 'ids');
    res.json({ gone: goneIds(s, readerOf(s, res), ids) });
  });
  return r;
}

/**
 * Gone: the user cannot read it now, and its id alone does not let them keep it (core's
 * `mayKeepId`: in one of their channels, or theirs to write, such as a write not yet pushed).
 * Whether a document the user cannot read exists never changes the answer: for those only the
 * id speaks, so reconcile cannot be used to probe for, say, a colleague's objection decision.
 */
function goneIds(s: Services, reader: Reader, ids: readonly string[]): string[] {
  const today = todayOf(s);
  return ids.filter(
    (id) =>
      !mayKeepId(id, reader.user, reader.channelSet, s.org.chart, today) && !canRead(s, reader, id),
  );
}
