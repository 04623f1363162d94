// pouchdb-adapter-indexeddb ships no type declarations; it is a plain PouchDB plugin.
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}

// express-pouchdb (a CouchDB-compatible server, used as a stand-in in client/data unit tests).
declare module 'express-pouchdb' {
  type Handler = (
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
  ) => void;
  const expressPouchDB: (pouch: unknown, opts?: Record<string, unknown>) => Handler;
  export default expressPouchDB;
}
