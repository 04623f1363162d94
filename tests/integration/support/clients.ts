/** Real PouchDB clients in Node: in-memory local databases and the HTTP adapter for the server. */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import MemoryAdapter from 'pouchdb-adapter-memory';
import Replication from 'pouchdb-replication';

PouchDB.plugin(HttpAdapter).plugin(MemoryAdapter).plugin(Replication);

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
