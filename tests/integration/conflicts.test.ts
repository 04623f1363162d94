/** One person on two devices edits the same document offline: the conflict is kept and reaches both. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEntry, makeVerification, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb } from './support/clients';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('two devices of one user', () => {
  it('keep both edits as a conflict on the server and on each device', async () => {
    const remote = () => remoteDb(server.couchUrl, NIP.dewi, DEMO_PASSWORD);
    const phone = localDb('phone');
    const tablet = localDb('tablet');
    const act = makeEntry({ nip: NIP.dewi, date: today() });
    await phone.put(act);
    await phone.replicate.to(remote());
    await tablet.replicate.from(remote());

    // Offline, each device edits the draft.
    const onPhone = await phone.get(act._id);
    await phone.put({ ...onPhone, kegiatan: 'Edit di ponsel' });
    const onTablet = await tablet.get(act._id);
    await tablet.put({ ...onTablet, kegiatan: 'Edit di tablet' });

    const p1 = await phone.replicate.to(remote());
    const t1 = await tablet.replicate.to(remote());
    expect(p1.doc_write_failures + t1.doc_write_failures).toBe(0);

    const onServer = (
      await call(`${server.couchUrl}/${act._id}?conflicts=true`, { auth: basic(NIP.dewi) })
    ).body as {
      _rev: string;
      _conflicts?: string[];
    };
    expect(onServer._conflicts).toHaveLength(1);
    const leaves = [onServer._rev, ...(onServer._conflicts ?? [])].sort();

    const changes = (
      await call(
        `${server.couchUrl}/_changes?style=all_docs&include_docs=true&conflicts=true&doc_ids=${encodeURIComponent(JSON.stringify([act._id]))}&filter=_doc_ids`,
        {
          auth: basic(NIP.dewi),
        },
      )
    ).body as { results: { changes: { rev: string }[]; doc: { _conflicts?: string[] } }[] };
    expect(changes.results[0]?.changes.map((c) => c.rev).sort()).toEqual(leaves);
    expect(changes.results[0]?.doc._conflicts).toHaveLength(1);

    await phone.replicate.from(remote());
    await tablet.replicate.from(remote());
    for (const device of [phone, tablet]) {
      const doc = (await device.get(act._id, { conflicts: true })) as {
        _rev: string;
        _conflicts?: string[];
      };
      expect([doc._rev, ...(doc._conflicts ?? [])].sort()).toEqual(leaves);
    }
    // Both devices agree on the winner, as CouchDB's deterministic choice makes them.
    expect((await phone.get(act._id))._rev).toBe((await tablet.get(act._id))._rev);

    // Resolving on one device (deleting the losing leaf) reaches the other.
    const winner = (await phone.get(act._id, { conflicts: true })) as { _conflicts: string[] };
    await phone.remove(act._id, winner._conflicts[0]!);
    await phone.replicate.to(remote());
    await tablet.replicate.from(remote());
    const settled = (await tablet.get(act._id, { conflicts: true })) as { _conflicts?: string[] };
    expect(settled._conflicts ?? []).toEqual([]);
  });

  it('resolve a conflict on a submitted activity by deleting the losing branch', async () => {
    const remote = () => remoteDb(server.couchUrl, NIP.dewi, DEMO_PASSWORD);
    const phone = localDb('phone-2');
    const tablet = localDb('tablet-2');
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    await phone.put(act);
    await phone.replicate.to(remote());
    await tablet.replicate.from(remote());
    const onPhone = await phone.get(act._id);
    await phone.put({ ...onPhone, kegiatan: 'Revisi di ponsel', round: 2 });
    const onTablet = await tablet.get(act._id);
    await tablet.put({ ...onTablet, kegiatan: 'Revisi di tablet', round: 2 });
    await phone.replicate.to(remote());
    await tablet.replicate.to(remote());
    await phone.replicate.from(remote());

    // Deleting the loser does not touch the winner, so the rules of a submitted entry allow it.
    const winner = (await phone.get(act._id, { conflicts: true })) as { _conflicts: string[] };
    expect(winner._conflicts).toHaveLength(1);
    await phone.remove(act._id, winner._conflicts[0]!);
    const pushed = await phone.replicate.to(remote());
    expect(pushed.doc_write_failures).toBe(0);
    const onServer = (
      await call(`${server.couchUrl}/${act._id}?conflicts=true`, { auth: basic(NIP.dewi) })
    ).body as { _conflicts?: string[]; kegiatan: string };
    expect(onServer._conflicts ?? []).toEqual([]);
    expect(onServer.kegiatan).toMatch(/^Revisi di /);
  });

  it('a branch grown from an older revision cannot change an approved activity', async () => {
    const draft = makeEntry({ nip: NIP.dewi, date: today() });
    const put = async (doc: Record<string, unknown>) =>
      (
        await call(`${server.couchUrl}/${draft._id}`, {
          method: 'PUT',
          auth: basic(NIP.dewi),
          json: doc,
        })
      ).body as { rev: string };
    const r1 = await put(draft);
    const r2 = await put({ ...draft, _rev: r1.rev, status: 'submitted', round: 1 });
    const approved = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.sri),
      json: { docs: [makeVerification({ ...draft, round: 1 }, { appraiserNip: NIP.sri })] },
    });
    expect((approved.body as { ok?: boolean }[])[0]?.ok).toBe(true);

    // A forged third revision on the draft's branch: valid against its parent, not against the lock.
    const [pos, hash] = r1.rev.split('-');
    const forged = {
      ...draft,
      kegiatan: 'Diubah diam-diam',
      _rev: `${Number(pos) + 2}-ffffffffffffffffffffffffffffffff`,
      _revisions: {
        start: Number(pos) + 2,
        ids: ['ffffffffffffffffffffffffffffffff', 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', hash],
      },
    };
    const res = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { docs: [forged], new_edits: false },
    });
    expect((res.body as { error?: string }[])[0]).toMatchObject({ error: 'forbidden' });
    const stored = (await call(`${server.couchUrl}/${draft._id}`, { auth: basic(NIP.dewi) }))
      .body as { _rev: string; kegiatan: string };
    expect(stored).toMatchObject({ _rev: r2.rev, kegiatan: draft.kegiatan });
  });

  it('a stale PUT (new_edits=true) is a 409 with CouchDB’s body', async () => {
    const act = makeEntry({ nip: NIP.agus, date: today() });
    const first = await call(`${server.couchUrl}/${act._id}`, {
      method: 'PUT',
      auth: basic(NIP.agus),
      json: act,
    });
    const rev = (first.body as { rev: string }).rev;
    await call(`${server.couchUrl}/${act._id}`, {
      method: 'PUT',
      auth: basic(NIP.agus),
      json: { ...act, _rev: rev, kegiatan: 'Dua' },
    });
    const stale = await call(`${server.couchUrl}/${act._id}`, {
      method: 'PUT',
      auth: basic(NIP.agus),
      json: { ...act, _rev: rev, kegiatan: 'Tiga' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({ error: 'conflict', reason: 'Document update conflict.' });
    const noRev = await call(`${server.couchUrl}/${act._id}`, {
      method: 'PUT',
      auth: basic(NIP.agus),
      json: act,
    });
    expect(noRev.status).toBe(409);
  });
});
