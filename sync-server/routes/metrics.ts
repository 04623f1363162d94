/**
 * GET /api/metrics: the Prometheus text exposition (metrics/metrics.ts). Who may read it: with
 * METRICS_TOKEN set, whoever sends `Authorization: Bearer <METRICS_TOKEN>` (Prometheus's
 * `authorization` setting); without it, only a connection from this machine that no proxy
 * relayed (no Forwarded, X-Forwarded-For or X-Real-IP header), so that a reverse proxy on the
 * same host never opens it to the internet. Anyone else gets 403.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type Request } from 'express';
import { forbidden } from '../http/errors';
import type { Metrics } from '../metrics/metrics';
import type { Services } from '../services';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const;

export function metricsRouter(s: Services, metrics: Metrics): Router {
  const r = Router();
  r.get('/metrics', async (req, res) => {
    if (!mayReadMetrics(req, s.config.metricsToken))
      throw forbidden(
        s.config.metricsToken === null
          ? 'Metrik hanya dapat dibaca dari server ini sendiri; atur METRICS_TOKEN untuk membacanya dari tempat lain.'
          : 'Metrik memerlukan Authorization: Bearer dengan METRICS_TOKEN.',
      );
    res
      .set('Cache-Control', 'no-store')
      .type(metrics.contentType)
      .send(await metrics.render());
  });
  return r;
}

function mayReadMetrics(req: Request, token: string | null): boolean {
  if (token !== null) {
    const [scheme, given] = (req.get('authorization') ?? '').split(' ');
    return scheme === 'Bearer' && given !== undefined && sameSecret(given, token);
  }
  const direct = PROXY_HEADERS.every((h) => req.get(h) === undefined);
  return direct && LOOPBACK.has(req.socket.remoteAddress ?? '');
}

/** Compared as digests in constant time: the answer's timing says nothing about the token. */
function sameSecret(a: string, b: string): boolean {
  const digest = (v: string) => new Uint8Array(createHash('sha256').update(v).digest());
  return timingSafeEqual(digest(a), digest(b));
}
