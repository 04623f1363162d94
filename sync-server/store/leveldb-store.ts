/** The default store: embedded PouchDB on LevelDB in DATA_DIR/store. `npm start` needs nothing else. */
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { pouchStore } from './pouch-store';
import type { Store } from './store';

export function openLevelDbStore(dataDir: string): Store {
  const db = new PouchDB<Record<string, unknown>>(path.join(dataDir, 'store'), {
    auto_compaction: false,
  });
  return pouchStore(db, 'leveldb');
}
