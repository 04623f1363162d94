/**
 * GET /api/health, open to anyone (load balancers, uptime checks): 200 while the store answers,
 * with its document count and how far the feed index lags behind it; 503 when it does not.
 */
import { Router } from 'express';
import { storeStatus } from '../metrics/store-status';
import type { Services } from '../services';

export function healthRouter(s: Services): Router {
  const r = Router();
  r.get('/health', async (_req, res) => {
    const status = await storeStatus(s.store, s.index);
    res
      .status(status.reachable ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ ok: status.reachable, store: s.store.backend, seq: s.index.lastSeq, ...status });
  });
  return r;
}
