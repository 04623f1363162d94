/**
 * Starts the sync server: `npm run serve` (or `tsx sync-server/index.ts`). Listens on HOST:PORT
 * (HTTPS with HTTPS_CERT and HTTPS_KEY),
 * and on SIGTERM or SIGINT stops accepting, answers waiting longpolls, finishes in-flight writes
 * and closes the stores.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';

const config = loadConfig();
const log = createLogger(config.logLevel);

process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));

const { app, close } = await createApp(config, log);
// With HTTPS_CERT and HTTPS_KEY the server speaks HTTPS itself; otherwise plain HTTP (localhost,
// or behind a reverse proxy that terminates TLS).
const server = config.tls
  ? https.createServer(
      { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) },
      app,
    )
  : http.createServer(app);
server.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  log.info(
    { url: `${config.tls ? 'https' : 'http'}://${config.host}:${port}/`, dataDir: config.dataDir },
    'Kinerja sync server listening',
  );
});
server.keepAliveTimeout = 65_000;

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await close();
  server.closeAllConnections();
  await closed;
  log.info('stopped');
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
