/** The server root and the one database, `/couch/kinerja`, as CouchDB answers for them. */
import type { RequestHandler } from 'express';
import { accountOf } from '../auth/authenticate';
import { forbidden, notFound } from '../http/errors';
import { formatSeq } from '../feed/feed-seq';
import type { Services } from '../services';
import { readerOf } from './authorization';

export const DB_NAME = 'kinerja';
const VERSION = '0.1.0';

export function serverRoot(s: Services): RequestHandler {
  return (_req, res) => {
    res.json({
      couchdb: 'Welcome',
      uuid: s.uuid,
      version: '3.3.3',
      vendor: { name: 'Kinerja', version: VERSION },
      features: [],
    });
  };
}

export function databaseInfo(s: Services): RequestHandler {
  // PouchDB asks for this at every replication batch; the count is kept while the index stands still.
  const counts = new Map<string, number>();
  let countedAt = -1;
  const docCount = (epoch: string, channels: readonly string[]) => {
    if (countedAt !== s.index.lastSeq) {
      counts.clear();
      countedAt = s.index.lastSeq;
    }
    let n = counts.get(epoch);
    if (n === undefined) counts.set(epoch, (n = s.index.docCount(channels)));
    return n;
  };
  return (_req, res) => {
    const reader = readerOf(s, res);
    res.json({
      db_name: DB_NAME,
      update_seq: formatSeq(s.index.lastSeq, reader.epoch),
      doc_count: docCount(reader.epoch, reader.channels),
      doc_del_count: 0,
      purge_seq: 0,
      compact_running: false,
      disk_format_version: 8,
      instance_start_time: String(Math.floor(s.startedAt / 1000)),
      sizes: { active: 0, external: 0, file: 0 },
      props: {},
    });
  };
}

/** PUT /couch/kinerja: the database exists (412), so PouchDB's setup passes. */
export const createDatabase: RequestHandler = (_req, res) => {
  accountOf(res);
  res.status(412).json({
    error: 'file_exists',
    reason: 'The database could not be created, the file already exists.',
  });
};

export const deleteDatabase: RequestHandler = () => {
  throw forbidden('The database cannot be deleted.');
};

export const otherDatabase: RequestHandler = () => {
  throw notFound('Database does not exist.');
};
