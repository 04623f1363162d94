/** POST /api/sync/reconcile {ids}: which of a device's documents the user may no longer hold. */
import { Router } from 'express';
import { authenticate } from '../auth/authenticate';
import { badRequest } from '../http/errors';
import { readerOf } from '../replication/authorization';
import { stringList } from '../replication/params';
import type { Services } from '../services';

export function syncRouter(s: Services): Router {
  const r = Router();
  r.post('/sync/reconcile', authenticate(s), (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null) throw badRequest('Body must be {"ids": [...]}');
    const ids = stringList((body as { ids?: unknown }).ids, 'ids');
    const reader = readerOf(s, res);
    // Gone: stored on the server, but in none of the user's channels. Unknown ids (a device's
    // writes not yet pushed) are not gone.
    const gone = ids.filter((id) => {
      const channels = s.index.channelsOfDoc(id);
      return channels.length > 0 && !channels.some((c) => reader.channelSet.has(c));
    });
    res.json({ gone });
  });
  return r;
}
