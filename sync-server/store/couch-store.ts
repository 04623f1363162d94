/**
 * The production store: an Apache CouchDB 3 database (`COUCHDB_URL`, with COUCHDB_USER and
 * COUCHDB_PASSWORD) reached through PouchDB's HTTP adapter. The database is created if missing.
 */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import { pouchStore } from './pouch-store';
import type { Store } from './store';

PouchDB.plugin(HttpAdapter);

export async function openCouchDbStore(opts: {
  url: string;
  user: string | null;
  password: string | null;
}): Promise<Store> {
  const auth =
    opts.user !== null ? { username: opts.user, password: opts.password ?? '' } : undefined;
  const db = new PouchDB<Record<string, unknown>>(opts.url, {
    adapter: 'http',
    ...(auth ? { auth } : {}),
  });
  await db.info(); // creates the database when it does not exist, and fails early when CouchDB is unreachable
  return pouchStore(db, 'couchdb');
}
