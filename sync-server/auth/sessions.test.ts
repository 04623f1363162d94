import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServerDb, type ServerDb } from '../server-db';
import { Sessions } from './sessions';

const NIP = '198001012005011001';
const IDLE_MS = 60_000;

const dirs: string[] = [];
const open: ServerDb[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Sessions over a fresh server.sqlite with one account, counting the live checks it reads. */
function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sessions-'));
  dirs.push(dir);
  const db = openServerDb(dir);
  open.push(db);
  db.prepare(
    `INSERT INTO accounts (nip, name, roles, salt, hash, params, password_changed_at)
     VALUES (?, 'Sri', 'staf', x'00', x'00', '{}', 0)`,
  ).run(NIP);
  const reads = { live: 0 };
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (sql.startsWith('SELECT expires_at FROM sessions')) {
      const get = statement.get.bind(statement);
      statement.get = (...args: unknown[]) => {
        reads.live++;
        return get(...args);
      };
    }
    return statement;
  }) as ServerDb['prepare'];
  const clock = { now: 1_000_000 };
  const sessions = new Sessions(db, IDLE_MS, () => clock.now);
  return { sessions, reads, clock };
}

describe('Sessions.watch', () => {
  it("reads a session's expiry once for a crowd of its watches checked together", async () => {
    const { sessions, reads } = setUp();
    const token = sessions.create(NIP);
    const watches = Array.from({ length: 1000 }, () => sessions.watch(NIP, token, () => {}));
    expect(watches.every((w) => w.isLive())).toBe(true);
    expect(reads.live).toBe(1);
    // A later wake asks the store again: what was read is not kept past the wake.
    await Promise.resolve();
    expect(watches[0]?.isLive()).toBe(true);
    expect(reads.live).toBe(2);
  });

  it('sees a session signed out in the middle of a crowd as ended', () => {
    const { sessions } = setUp();
    const token = sessions.create(NIP);
    const ended: number[] = [];
    const watches = [0, 1].map((i) => sessions.watch(NIP, token, () => ended.push(i)));
    expect(watches[0]?.isLive()).toBe(true);
    sessions.revoke(token);
    expect(ended).toEqual([0, 1]);
    expect(watches[1]?.isLive()).toBe(false);
  });

  it('sees a session that expires in the middle of a crowd as ended', () => {
    const { sessions, clock } = setUp();
    const token = sessions.create(NIP);
    const watches = [0, 1].map(() => sessions.watch(NIP, token, () => {}));
    expect(watches[0]?.isLive()).toBe(true);
    clock.now += IDLE_MS;
    expect(watches[1]?.isLive()).toBe(false);
  });
});
