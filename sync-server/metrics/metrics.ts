/**
 * The server's Prometheus metrics (prom-client), read at GET /api/metrics: requests by route
 * group and status, the sync endpoints' durations, the feed index's lag behind the store, open
 * longpolls, refused sign-ins, and Node's process metrics. Counts live in memory from the start
 * of the process; nothing is stored. Each app has its own registry (tests run several apps in one
 * process); the process metrics, being the process's, are collected once.
 */
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { asksLongpoll } from '../replication/params';
import type { Services } from '../services';
import { routeGroupOf, syncEndpointOf } from './route-group';
import { storeStatus, type StoreStatus } from './store-status';

export type Metrics = {
  /** Counts every request once it ends (put it before the routes). */
  observeRequests: RequestHandler;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<string>;
  contentType: string;
};

/** Request durations: most answers take milliseconds, a push or an import seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

let processRegistry: Registry | null = null;

/** Node's process metrics (CPU, memory, event loop, GC), collected once per process. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** The metrics of one app, read from its services at each scrape. */
export function createMetrics(s: Services): Metrics {
  const processWide = processMetrics();
  const registry = new Registry();
  const requests = new Histogram({
    name: 'kinerja_http_request_duration_seconds',
    help: 'HTTP requests by route group, method and status (499: the client went away first); _count counts them',
    labelNames: ['group', 'method', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const sync = new Histogram({
    name: 'kinerja_sync_duration_seconds',
    help: 'Durations of the replication endpoints a device syncs through (longpoll _changes, which wait for a change, left out)',
    labelNames: ['endpoint'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'kinerja_longpolls_open',
    help: 'Longpoll _changes requests waiting for a change',
    registers: [registry],
    collect() {
      this.set(s.waiters.size);
    },
  });
  new Counter({
    name: 'kinerja_sign_in_failures_total',
    help: 'Refused sign-ins by reason: credentials (wrong NIP, password or code), paused, busy, queue-full, inactive',
    labelNames: ['reason'] as const,
    registers: [registry],
    collect() {
      // The counts are kept by the sign-in itself (auth/sign-in.ts); this mirrors them.
      this.reset();
      for (const [reason, n] of s.signIn.refusals) this.inc({ reason }, n);
    },
  });
  new Gauge({
    name: 'kinerja_feed_index_seq',
    help: 'The last sequence the feed index gave a change',
    registers: [registry],
    collect() {
      this.set(s.index.lastSeq);
    },
  });
  // One question to the store per scrape, shared by the three gauges that report its answer.
  let asked: Promise<StoreStatus> | null = null;
  const status = () =>
    (asked ??= storeStatus(s.store, s.index).finally(() => {
      asked = null;
    }));
  const storeGauge = (name: string, help: string, valueOf: (now: StoreStatus) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        this.set(valueOf(await status()));
      },
    });
  storeGauge(
    'kinerja_store_up',
    'Whether the document store answered (1) or not (0) within 5 s',
    (now) => (now.reachable ? 1 : 0),
  );
  storeGauge(
    'kinerja_store_docs',
    'Documents in the store, not deleted (NaN while the store does not answer)',
    (now) => (now.reachable ? now.docCount : Number.NaN),
  );
  storeGauge(
    'kinerja_feed_index_lag',
    'Store changes the feed index has not yet indexed, 0 when current (an estimate on a CouchDB cluster; NaN while the store does not answer)',
    (now) => (now.reachable ? now.indexLag : Number.NaN),
  );

  return {
    observeRequests(req, res, next) {
      const started = performance.now();
      // Worked out as the request arrives rather than as it ends: one change ends a thousand
      // longpolls at once, and their close handlers share the cores with their answers.
      const path = req.originalUrl.split('?')[0] ?? '';
      const endpoint = syncEndpointOf(path);
      const timed = endpoint !== null && !asksLongpoll(req) ? { endpoint } : null;
      res.on('close', () => {
        const seconds = (performance.now() - started) / 1000;
        const route = (req.route as { path?: unknown } | undefined)?.path;
        requests.observe(
          {
            group: routeGroupOf(path, typeof route === 'string' ? route : undefined),
            method: req.method,
            status: res.writableFinished ? res.statusCode : 499,
          },
          seconds,
        );
        if (timed) sync.observe(timed, seconds);
      });
      next();
    },
    async render() {
      return Registry.merge([processWide, registry]).metrics();
    },
    contentType: registry.contentType,
  };
}
