/**
 * The Express application: security headers, compression, request logs and metrics, /api
 * (sessions, account activation, sync reconcile, the console's accounts and audit log, the
 * imports, health, metrics), /couch (the replication endpoints), both refusing cookie writes from
 * other origins (http/same-origin.ts), and the PWA's static files.
 */
import fs from 'node:fs';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Config } from './config';
import { compressAnswers } from './http/compression';
import { errorHandler, notFound } from './http/errors';
import { jsonBody } from './http/json-body';
import { requestLog } from './http/request-log';
import { sameOrigin } from './http/same-origin';
import { staticFiles } from './http/static-files';
import { firstStart } from './first-start';
import { createLogger } from './logger';
import { createMetrics } from './metrics/metrics';
import { couchRouter, MAX_BODY_BYTES } from './replication/router';
import { adminAccountsRouter } from './routes/admin-accounts';
import { adminAuditRouter } from './routes/admin-audit';
import { attendanceImportRouter } from './routes/attendance-import';
import { healthRouter } from './routes/health';
import { metricsRouter } from './routes/metrics';
import { orgImportRouter } from './routes/org-import';
import { sessionRouter } from './routes/session';
import { syncRouter } from './routes/sync';
import { closeServices, openServices, type Services } from './services';

export type App = { app: Express; services: Services; close(): Promise<void> };

/** Opens the data dir, seeds it on first start, indexes the store and builds the app. */
export async function createApp(
  config: Config,
  log: Logger = createLogger(config.logLevel),
): Promise<App> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const s = await openServices(config, log);
  try {
    await firstStart(s);
    await s.org.load(s.store);
    await s.reports.beforeFirstCatchUp();
    await s.tailer.start();
    s.reports.start();
  } catch (err) {
    await closeServices(s).catch(() => undefined);
    throw err;
  }
  const sweep = setInterval(() => {
    s.sessions.sweep();
    s.devices.sweep();
    s.activations.sweep();
  }, 3_600_000);
  sweep.unref();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: CSP }, crossOriginEmbedderPolicy: false }));
  app.use(compressAnswers());
  app.use(requestLog(log));
  const metrics = createMetrics(s);
  app.use(metrics.observeRequests);
  let inFlight = 0;
  app.use((_req, res, next) => {
    inFlight++;
    res.on('close', () => inFlight--);
    next();
  });

  app.use('/api', healthRouter(s), metricsRouter(s, metrics));
  app.use(
    '/api',
    sameOrigin(),
    // Before the ordinary parser: a month of attendance is larger than any other request.
    attendanceImportRouter(s),
    jsonBody(MAX_BODY_BYTES),
    sessionRouter(s),
    syncRouter(s),
    adminAccountsRouter(s),
    adminAuditRouter(s),
    orgImportRouter(s),
  );
  app.use('/api', () => {
    throw notFound('Unknown API endpoint');
  });
  app.use('/couch', sameOrigin(), couchRouter(s));
  app.use(staticFiles(config.staticDir));
  app.use(() => {
    throw notFound('missing');
  });
  app.use(errorHandler(log));

  return {
    app,
    services: s,
    async close() {
      clearInterval(sweep);
      s.waiters.close();
      // Requests already inside (a push being validated and written) finish first.
      const deadline = Date.now() + 15_000;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await closeServices(s);
    },
  };
}

/** The Content-Security-Policy the PWA runs under: nothing from elsewhere. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  fontSrc: ["'self'", 'data:'],
  workerSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};
