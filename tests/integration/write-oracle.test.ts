/**
 * Ids are predictable (`objection-decision:NIP:period`), so a write must not tell whether a
 * document the user may not write exists: PUT, DELETE and `_bulk_docs` (both new_edits) answer
 * the same for an existing document outside the user's reach as for one that never existed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../client/core/dates';
import { ids, newUlid } from '../../client/core/ids';
import { makeEntry, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call, type Reply } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let existing: { _id: string; _rev: string } & Record<string, unknown>;

beforeAll(async () => {
  server = await startServer();
  const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
  const put = await call(`${server.couchUrl}/${encodeURIComponent(act._id)}`, {
    method: 'PUT',
    auth: basic(NIP.dewi),
    json: act,
  });
  existing = { ...act, _rev: (put.body as { rev: string }).rev };
});
afterAll(async () => {
  await server?.stop();
});

const asAgus = (path: string, method: string, json?: unknown) =>
  call(`${server.couchUrl}/${path}`, { method, auth: basic(NIP.agus), json });

/** What a person can observe of an answer: its status and body. */
const seen = (r: Reply) => ({ status: r.status, body: r.body });

describe('a write outside the user’s reach reveals nothing', () => {
  const missingId = () => ids.activity(NIP.dewi, today(), newUlid());

  it('PUT without a rev: the same 403 for an existing and a missing document', async () => {
    const onExisting = await asAgus(encodeURIComponent(existing._id), 'PUT', {
      ...existing,
      _rev: undefined,
    });
    const id = missingId();
    const onMissing = await asAgus(encodeURIComponent(id), 'PUT', {
      ...existing,
      _id: id,
      _rev: undefined,
    });
    expect(onExisting.status).toBe(403);
    expect(seen(onExisting)).toEqual(seen(onMissing));
  });

  it('PUT and DELETE with a made-up rev: the same 403 either way', async () => {
    const id = missingId();
    for (const method of ['PUT', 'DELETE']) {
      const a = await asAgus(
        `${encodeURIComponent(existing._id)}?rev=1-abc`,
        method,
        method === 'PUT' ? existing : undefined,
      );
      const b = await asAgus(
        `${encodeURIComponent(id)}?rev=1-abc`,
        method,
        method === 'PUT' ? { ...existing, _id: id } : undefined,
      );
      expect(a.status).toBe(403);
      expect(seen(a)).toEqual(seen(b));
    }
  });

  it('_bulk_docs with new_edits=false: an existing rev is refused like an unknown one', async () => {
    const res = await asAgus('_bulk_docs', 'POST', {
      new_edits: false,
      docs: [existing, { ...existing, _rev: '2-0123456789abcdef0123456789abcdef' }],
    });
    const [known, unknown] = res.body as Record<string, unknown>[];
    expect(known).toMatchObject({ error: 'forbidden' });
    expect(known).toEqual(unknown);
  });

  it("a colleague's acknowledgement of her appraisal: the same answer as for a period she has none", async () => {
    const t = today();
    const q = quarterOf(t);
    const previous = q === 1 ? `${Number(t.slice(0, 4)) - 1}-q4` : `${t.slice(0, 4)}-q${q - 1}`;
    const [given, none] = [previous, '2019-q1'].map((p) => ids.acknowledgement(NIP.dewi, p));
    const put = (id: string) =>
      asAgus(encodeURIComponent(id), 'PUT', { _id: id, type: 'acknowledgement', kind: 'accept' });
    const onGiven = await put(given!);
    expect(onGiven.status).toBe(403);
    expect(seen(onGiven)).toEqual(seen(await put(none!)));
  });
});
