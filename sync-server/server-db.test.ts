import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isGoneHolder,
  isLiveHolderHere,
  leaseHolder,
  leaseHolderName,
  openServerDb,
  releaseLease,
  serverUuid,
  setting,
  takeLease,
  type ServerDb,
} from './server-db';

const run = promisify(execFile);
const dirs: string[] = [];
const open: ServerDb[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'server-db-'));
  dirs.push(dir);
  return dir;
}
function db(dir: string): ServerDb {
  const d = openServerDb(dir);
  open.push(d);
  return d;
}
afterEach(() => {
  for (const d of open.splice(0)) d.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('server.sqlite shared by two processes', () => {
  it('loses no write when two processes read and write the same setting at once', async () => {
    const dir = dataDir();
    db(dir).close();
    open.length = 0;
    const PER_PROCESS = 500;
    // Each process adds 1 to a counter PER_PROCESS times: read it, then write it plus one.
    const script = `
      const { openServerDb, writeTransaction, setting, setSetting } = await import(${JSON.stringify(
        path.join(import.meta.dirname, 'server-db.ts'),
      )});
      const db = openServerDb(${JSON.stringify(dir)});
      for (let i = 0; i < ${PER_PROCESS}; i++)
        writeTransaction(db, () => setSetting(db, 'n', String(Number(setting(db, 'n') ?? 0) + 1)));
      db.close();`;
    const child = () =>
      run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    await Promise.all([child(), child()]);
    expect(setting(db(dir), 'n')).toBe(String(2 * PER_PROCESS));
  });

  it('gives both processes the same uuid', () => {
    const dir = dataDir();
    const a = db(dir);
    const b = db(dir);
    expect(serverUuid(b)).toBe(serverUuid(a));
    expect(serverUuid(a)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('leases', () => {
  it('lets one holder at a time hold a lease, and another take it once it expires', () => {
    const d = db(dataDir());
    expect(takeLease(d, 'reports', 'a', 1_000, 100)).toBe(true);
    expect(takeLease(d, 'reports', 'b', 1_050, 100)).toBe(false);
    expect(leaseHolder(d, 'reports', 1_050)).toBe('a');
    // a renews: b still waits.
    expect(takeLease(d, 'reports', 'a', 1_090, 100)).toBe(true);
    expect(takeLease(d, 'reports', 'b', 1_150, 100)).toBe(false);
    // a stops renewing: b takes it, and a's next renewal is refused.
    expect(takeLease(d, 'reports', 'b', 1_190, 100)).toBe(true);
    expect(takeLease(d, 'reports', 'a', 1_200, 100)).toBe(false);
    expect(leaseHolder(d, 'reports', 1_200)).toBe('b');
    expect(leaseHolder(d, 'reports', 1_290)).toBeNull();
  });

  it('is free at once when its holder releases it, and only its holder can', () => {
    const d = db(dataDir());
    takeLease(d, 'reports', 'a', 1_000, 100);
    releaseLease(d, 'reports', 'b');
    expect(takeLease(d, 'reports', 'b', 1_010, 100)).toBe(false);
    releaseLease(d, 'reports', 'a');
    expect(takeLease(d, 'reports', 'b', 1_020, 100)).toBe(true);
  });
});

describe('lease holders', () => {
  it('tells a holder of this machine that is gone from a live one', () => {
    const me = leaseHolderName();
    expect(isGoneHolder(me, me)).toBe(false);
    // This process's pid under another name: an earlier run that got the same pid.
    expect(isGoneHolder(me.replace(/:[0-9a-f]+$/, ':00000000'), me)).toBe(true);
    const here = me.split(':')[0];
    const parent = `${here}:${process.ppid}:00000000`;
    expect(isGoneHolder(parent, me)).toBe(false);
    expect(isLiveHolderHere(parent, me)).toBe(true);
    // A pid far above any Linux pid_max: no such process.
    expect(isGoneHolder(`${here}:2000000000:00000000`, me)).toBe(true);
    // Another machine's process cannot be checked: its lease is waited out.
    expect(isGoneHolder(`another-host:2000000000:00000000`, me)).toBe(false);
  });

  it('does not read a pid of another pid namespace under the same host name (containers)', () => {
    const me = leaseHolderName();
    // On Linux the name says which pid namespace its pid belongs to.
    expect(me.split(':')[0]).toMatch(new RegExp(`^${os.hostname()}/\\d+$`));
    // A container sharing this host name, whose pid 1 is not this machine's pid 1 (nor gone).
    const neighbour = `${os.hostname()}/1:1:00000000`;
    expect(isGoneHolder(neighbour, me)).toBe(false);
    expect(isLiveHolderHere(neighbour, me)).toBe(false);
    // Its own pid, in the neighbour's namespace: not this process's earlier run.
    expect(isGoneHolder(`${os.hostname()}/1:${process.pid}:00000000`, me)).toBe(false);
  });
});
