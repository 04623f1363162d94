/**
 * DATA_DIR/server.sqlite: what the server itself owns and cannot rebuild from the store:
 * accounts (scrypt hashes; an empty hash until the person chooses a password), sessions (sha256
 * of tokens), devices people signed in from (sha256 of the device cookie), activation codes
 * (sha256, one live code per NIP), the append-only audit log of what Pengelola and admin changed,
 * per-user _local documents, settings such as the server's uuid, and leases (which process does a
 * job only one may do, such as keeping the report summaries).
 *
 * Several server processes on one machine may share this file (docs/adr/0021): SQLite in WAL
 * mode lets them, one writer at a time. A writer waits up to BUSY_TIMEOUT_MS for another's
 * write to end, and a transaction that reads before it writes must take the write lock first
 * (`writeTransaction`), or another process's write between its read and its write fails it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export type ServerDb = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  nip TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  roles TEXT NOT NULL,
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  params TEXT NOT NULL,
  password_changed_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  nip TEXT NOT NULL REFERENCES accounts(nip) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  used_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_nip ON sessions(nip);
CREATE TABLE IF NOT EXISTS devices (
  token_hash TEXT NOT NULL,
  nip TEXT NOT NULL REFERENCES accounts(nip) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  used_at INTEGER NOT NULL,
  PRIMARY KEY (token_hash, nip)
);
CREATE INDEX IF NOT EXISTS devices_by_nip ON devices(nip, used_at);
CREATE TABLE IF NOT EXISTS local_docs (
  nip TEXT NOT NULL,
  id TEXT NOT NULL,
  rev TEXT NOT NULL,
  body TEXT NOT NULL,
  written INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (nip, id)
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS activation_codes (
  nip TEXT PRIMARY KEY REFERENCES accounts(nip) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  via TEXT NOT NULL,
  target TEXT NOT NULL,
  before TEXT,
  after TEXT
);
CREATE TABLE IF NOT EXISTS audit_subjects (
  subject TEXT NOT NULL,
  entry INTEGER NOT NULL REFERENCES audit_log(id),
  PRIMARY KEY (subject, entry)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS audit_subjects_by_entry ON audit_subjects(entry);
CREATE TABLE IF NOT EXISTS leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_subjects_no_update BEFORE UPDATE ON audit_subjects
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_subjects_no_delete BEFORE DELETE ON audit_subjects
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;

/** How long a write waits for another process's write to end before it fails (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 10_000;

export function openServerDb(dataDir: string): ServerDb {
  const db = new Database(path.join(dataDir, 'server.sqlite'), { timeout: BUSY_TIMEOUT_MS });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Two processes starting at once: one creates and migrates, the other then finds it done.
  writeTransaction(db, () => migrate(db));
  return db;
}

function migrate(db: ServerDb): void {
  db.exec(SCHEMA);
  // Data dirs made before checkpoints were ordered by their last write.
  const columns = db.prepare('PRAGMA table_info(local_docs)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'written'))
    db.exec('ALTER TABLE local_docs ADD COLUMN written INTEGER NOT NULL DEFAULT 0');
  // Data dirs made before a Pengelola could be limited to one OPD (accounts.scope).
  const accountColumns = db.prepare('PRAGMA table_info(accounts)').all() as { name: string }[];
  if (!accountColumns.some((c) => c.name === 'scope'))
    db.exec('ALTER TABLE accounts ADD COLUMN scope TEXT');
}

/**
 * Runs `fn` in a transaction that holds the write lock from its start (BEGIN IMMEDIATE): use it
 * when `fn` reads before it writes, so no other process writes in between.
 */
export function writeTransaction<T>(db: ServerDb, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** The server's uuid (answered by `GET /couch/`), created once and kept across restarts. */
export function serverUuid(db: ServerDb): string {
  // Another process may create it at the same moment: the first one's stays.
  db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(
    'uuid',
    randomUUID().replaceAll('-', ''),
  );
  return setting(db, 'uuid') ?? '';
}

/** A value of the settings table, or null when unset. */
export function setting(db: ServerDb, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** Sets a value of the settings table. */
export function setSetting(db: ServerDb, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/**
 * Takes or renews the lease `name` for `holder` until `now + ttlMs`: true when `holder` holds it
 * now (it was free, expired, or already theirs), false while another holder's lease runs.
 */
export function takeLease(
  db: ServerDb,
  name: string,
  holder: string,
  now: number,
  ttlMs: number,
): boolean {
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT holder, expires_at FROM leases WHERE name = ?').get(name) as
      { holder: string; expires_at: number } | undefined;
    if (row && row.holder !== holder && row.expires_at > now) return false;
    db.prepare(
      `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
    ).run(name, holder, now + ttlMs);
    return true;
  });
}

/**
 * Where this process's pids mean something: the host name, with the pid namespace on Linux
 * (`host/4026531836`). Containers sharing a host name (host networking) each have their own
 * pids: a pid read from another one's lease says nothing about a process here.
 */
function pidSpace(): string {
  try {
    const ns = /\d+/.exec(fs.readlinkSync('/proc/self/ns/pid'))?.[0];
    return ns ? `${os.hostname()}/${ns}` : os.hostname();
  } catch {
    return os.hostname();
  }
}
const HERE = pidSpace();

/**
 * A name for this process as a lease holder: `{host}/{pid namespace}:{pid}:{random}`, so that a
 * lease left by a process of this machine (and pid namespace) that is gone can be told from one
 * held by a live process.
 */
export function leaseHolderName(): string {
  return `${HERE}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * True when `holder` (a `leaseHolderName`) was a process of this machine that no longer runs: its
 * pid is not alive, or is this process's own under another name than `self` (a restart that got
 * the same pid, as in a container). Then its lease need not be waited out.
 */
export function isGoneHolder(holder: string, self: string): boolean {
  if (holder === self) return false;
  const [host, pidText] = holder.split(':');
  const pid = Number(pidText);
  if (host !== HERE || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM: alive, another user's.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** True when `holder` is another live process of this machine (not `self`, not gone). */
export function isLiveHolderHere(holder: string, self: string): boolean {
  return holder !== self && holder.split(':')[0] === HERE && !isGoneHolder(holder, self);
}

/** Gives up the lease `name` if `holder` holds it, so another process may take it at once. */
export function releaseLease(db: ServerDb, name: string, holder: string): void {
  db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder);
}

/** Who holds the lease `name` now, or null when nobody does. */
export function leaseHolder(db: ServerDb, name: string, now: number): string | null {
  const row = db.prepare('SELECT holder, expires_at FROM leases WHERE name = ?').get(name) as
    { holder: string; expires_at: number } | undefined;
  return row && row.expires_at > now ? row.holder : null;
}
