// A stand-in for Apache CouchDB in tests and benchmarks: express-pouchdb (the CouchDB HTTP API
// over PouchDB and LevelDB) in its own process.
// Usage: node couch-standin.mjs <dataDir> [port] [parentPid] [--temporary]
// Prints {"url": "..."} once it listens; stops on SIGTERM, or when the parent process is gone.
// With --temporary it deletes <dataDir> when it stops.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';

const dir = path.resolve(process.argv[2] ?? 'couch-standin-data');
fs.mkdirSync(dir, { recursive: true });
const Pouch = PouchDB.defaults({ prefix: `${dir}/` });
const app = expressPouchDB(Pouch, { mode: 'minimumForPouchDB' });
const server = http.createServer(app);
server.listen(Number(process.argv[3] ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
const temporary = process.argv.includes('--temporary');
function stop() {
  if (temporary) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', () => server.close(stop));

const parent = Number(process.argv[4] ?? 0);
if (parent > 0) {
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      stop();
    }
  }, 1000).unref();
}
