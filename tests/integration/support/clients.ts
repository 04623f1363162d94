/** Real PouchDB clients in Node: in-memory local databases and the HTTP adapter for the server. */
import MemoryAdapter from 'pouchdb-adapter-memory';
import { Pouch as PouchDB } from '../../../client/data/local-db';

// The app's own PouchDB (its HTTP adapter and replication registered once, in local-db.ts), with
// the memory adapter: a second registration of replication on the same constructor throws, which
// is what stopped `npm run bench` when the server and client benches loaded together.
PouchDB.plugin(MemoryAdapter);

export type Db = PouchDB.Database<Record<string, unknown>>;

let counter = 0;

/** A device: an empty in-memory database. */
export function localDb(label = 'device'): Db {
  return new PouchDB<Record<string, unknown>>(`${label}-${Date.now()}-${counter++}`, {
    adapter: 'memory',
  });
}

/** The server's database as one user sees it, signed in with HTTP Basic. */
export function remoteDb(couchUrl: string, nip: string, password: string): Db {
  return new PouchDB<Record<string, unknown>>(couchUrl, {
    adapter: 'http',
    auth: { username: nip, password },
  });
}

/** The server's database with a session token (`Authorization: Bearer`). */
export function remoteDbWithToken(couchUrl: string, token: string): Db {
  return new PouchDB<Record<string, unknown>>(couchUrl, {
    adapter: 'http',
    fetch: (url: string | Request, opts?: RequestInit) => {
      const headers = new Headers(opts?.headers);
      headers.set('Authorization', `Bearer ${token}`);
      return PouchDB.fetch(url, { ...opts, headers });
    },
  } as PouchDB.HttpAdapter.HttpAdapterConfiguration);
}
