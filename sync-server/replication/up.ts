/** GET /couch/_up: CouchDB's liveness probe, open to anyone (load balancers, monitoring, tools). */
import type { RequestHandler } from 'express';

export const up: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};
