import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterEach, describe, expect, it } from 'vitest';
import { pouchStore } from './pouch-store';
import type { BulkGetRequest } from './store';

type Db = Parameters<typeof pouchStore>[0];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A database whose bulkGet answers each request by its id, on a later turn, counting how many run at once. */
function countingDb() {
  let running = 0;
  const seen = { calls: 0, most: 0 };
  const db = {
    async bulkGet({ docs }: { docs: BulkGetRequest[] }) {
      seen.calls++;
      seen.most = Math.max(seen.most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return {
        results: docs.map((d) => ({ id: d.id, docs: [{ ok: { _id: d.id, _rev: d.rev } }] })),
      };
    },
  };
  return { db: db as unknown as Db, seen };
}

const requests = (n: number): BulkGetRequest[] =>
  Array.from({ length: n }, (_, i) => ({ id: `doc-${String(i).padStart(3, '0')}`, rev: `1-${i}` }));

describe('pouchStore bulkGet', () => {
  it('reads a long batch from LevelDB in lanes at once, answering in request order', async () => {
    const { db, seen } = countingDb();
    const asked = requests(100);
    const answers = await pouchStore(db, 'leveldb').bulkGet(asked, { revs: true });
    expect(answers.map((a) => a.id)).toEqual(asked.map((r) => r.id));
    expect(seen.most).toBeGreaterThan(1);
  });

  it('asks CouchDB for the whole batch in one request', async () => {
    const { db, seen } = countingDb();
    const answers = await pouchStore(db, 'couchdb').bulkGet(requests(100), { revs: true });
    expect(answers).toHaveLength(100);
    expect(seen.calls).toBe(1);
  });

  it('answers from a real LevelDB store as PouchDB does in one call, misses included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pouch-store-'));
    dirs.push(dir);
    const db = new PouchDB<Record<string, unknown>>(dir) as unknown as Db;
    try {
      const docs = Array.from({ length: 40 }, (_, i) => ({ _id: `doc-${i}`, n: i }));
      const written = await db.bulkDocs(docs);
      const asked: BulkGetRequest[] = written.map((w, i) =>
        i === 7
          ? { id: `missing-${i}` }
          : i === 20
            ? { id: String(w.id), rev: '1-00000000000000000000000000000000' }
            : { id: String(w.id), rev: String((w as { rev: string }).rev) },
      );
      const opts = { revs: true };
      const ours = await pouchStore(db, 'leveldb').bulkGet(asked, opts);
      const theirs = (await db.bulkGet({ docs: asked, ...opts } as PouchDB.Core.BulkGetOptions))
        .results;
      // As served: PouchDB's misses are error objects, compared as the JSON a client reads.
      const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
      expect(json(ours)).toEqual(json(theirs));
      expect(ours).toHaveLength(40);
    } finally {
      await db.close();
    }
  });
});
