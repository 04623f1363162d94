/**
 * A pass-through HTTP proxy in front of a CouchDB, for tests of several servers writing to one
 * store. Everything passes at once, except while `holdWrites(id)` is armed: the first two
 * `_bulk_docs` requests naming that document are held until both have arrived (so both servers
 * have judged the write against the same stored winner), then sent to CouchDB one after the
 * other. What CouchDB answers the second is its own revision check at work.
 *
 * A server may name itself by a first path segment `/via-NAME` (its COUCHDB_URL is
 * `GATE/via-NAME/db`): the gate drops it on the way and records which documents each server wrote
 * when (`writesVia`), so a test can tell which process wrote what.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type CouchWriteGate = {
  /** The proxy's address, standing for `target`'s (same paths below it). */
  url: string;
  /** Holds the next two writes of `id` until both arrived; resolves once CouchDB answered both. */
  holdWrites(id: string): Promise<void>;
  /** The writes that came through `/via-NAME`: when each arrived (Date.now()) and its ids. */
  writesVia(name: string): Write[];
  close(): Promise<void>;
};

type Pending = {
  req: http.IncomingMessage;
  /** The path below the gate's, without its `/via-NAME`. */
  path: string;
  body: Buffer;
  res: http.ServerResponse;
};

export type Write = { at: number; ids: string[] };

const VIA = /^\/via-([^/]+)(\/.*)?$/;

/** The ids a write request names: a `_bulk_docs` body's documents, or a PUT's path. */
function idsOf(method: string | undefined, path: string, body: Buffer): string[] | null {
  if (method === 'POST' && path.split('?')[0]?.endsWith('/_bulk_docs')) {
    const docs = (JSON.parse(body.toString('utf8')) as { docs?: { _id?: unknown }[] }).docs ?? [];
    return docs.map((d) => String(d._id));
  }
  if (method === 'PUT' || method === 'DELETE') {
    const id = path.split('?')[0]?.split('/').slice(2).join('/');
    return id ? [decodeURIComponent(id)] : null;
  }
  return null;
}

export async function startCouchWriteGate(target: string): Promise<CouchWriteGate> {
  const base = new URL(target);
  const prefix = base.pathname.replace(/\/$/, '');
  const auth =
    base.username !== ''
      ? `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString('base64')}`
      : null;
  let armed: { id: string; held: Pending[]; done: () => void } | null = null;
  const writes = new Map<string, Write[]>();

  /** Sends one request on to CouchDB; resolves once its answer has been passed back whole. */
  const forward = (p: Pending) =>
    new Promise<void>((resolve) => {
      const headers = { ...p.req.headers, host: base.host };
      if (auth) headers.authorization = auth;
      const upstream = http.request(
        {
          host: base.hostname,
          port: base.port,
          path: `${prefix}${p.path}`,
          method: p.req.method,
          headers,
        },
        (answer) => {
          p.res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(p.res);
          answer.on('end', resolve);
          answer.on('error', () => resolve());
        },
      );
      upstream.on('error', () => {
        p.res.destroy();
        resolve();
      });
      p.res.on('close', () => upstream.destroy());
      upstream.end(p.body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Uint8Array[] = [];
    req.on('data', (c: Uint8Array) => chunks.push(c));
    req.on('end', () => {
      const via = VIA.exec(req.url ?? '/');
      const p: Pending = {
        req,
        path: via ? (via[2] ?? '/') : (req.url ?? '/'),
        body: Buffer.concat(chunks),
        res,
      };
      if (via?.[1]) {
        const ids = idsOf(req.method, p.path, p.body);
        let list = writes.get(via[1]);
        if (!list) writes.set(via[1], (list = []));
        if (ids) list.push({ at: Date.now(), ids });
      }
      const gate = armed;
      if (
        gate &&
        req.method === 'POST' &&
        p.path.includes('/_bulk_docs') &&
        p.body.includes(JSON.stringify(gate.id))
      ) {
        gate.held.push(p);
        if (gate.held.length === 2) {
          armed = null;
          void (async () => {
            for (const h of gate.held) await forward(h);
            gate.done();
          })();
        }
        return;
      }
      void forward(p);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    holdWrites(id) {
      if (armed) throw new Error(`writes of ${armed.id} are held already`);
      return new Promise<void>((done) => {
        armed = { id, held: [], done };
      });
    },
    writesVia(name) {
      return writes.get(name) ?? [];
    },
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
