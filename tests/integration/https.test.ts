/**
 * The server terminating TLS itself (HTTPS_CERT, HTTPS_KEY), as `npm run serve` runs it: phones
 * on the network need HTTPS for the offline cache and install. A self-signed certificate made
 * with openssl stands in for a real one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../sync-server/config';
import { startChildServer, tempDataDir, type ChildServer } from './support/server';

let dir: string;
let server: ChildServer;

beforeAll(async () => {
  dir = tempDataDir('https');
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  server = await startChildServer(dir, { HTTPS_CERT: cert, HTTPS_KEY: key, SEED: 'none' });
}, 60_000);
afterAll(async () => {
  server?.child.kill('SIGTERM');
  if (server) await server.exited;
  fs.rmSync(dir, { recursive: true, force: true });
});

function getHealth(url: string): Promise<{ status: number; body: string; tls: boolean }> {
  return new Promise((resolve, reject) => {
    https
      .get(`${url}/api/health`, { rejectUnauthorized: false }, (res) => {
        const tls = (res.socket as TLSSocket | null)?.encrypted === true;
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, tls }));
      })
      .on('error', reject);
  });
}

describe('HTTPS', () => {
  it('serves over TLS with the given certificate and key', async () => {
    expect(server.url).toMatch(/^https:\/\//);
    const health = await getHealth(server.url);
    expect(health.status).toBe(200);
    expect(health.tls).toBe(true);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true });
  });

  it('refuses a certificate without its key, saying both go together', () => {
    expect(() => loadConfig({ HTTPS_CERT: 'cert.pem' })).toThrow(/HTTPS_CERT and HTTPS_KEY/);
  });
});
