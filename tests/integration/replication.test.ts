/** Real PouchDB clients replicate with the real server: push and pull, one-shot and live, and longpoll wakes. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  makeEntry,
  makePhoto,
  makeVerification,
  photoRefOf,
  today,
} from '../../client/core/testing/factories';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb, type Db } from './support/clients';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
const remote = (nip: string): Db => remoteDb(server.couchUrl, nip, DEMO_PASSWORD);

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Waits until `probe` answers something (not null, undefined or false) and returns it. */
function until<T>(probe: () => Promise<T | null | undefined | false>): Promise<T> {
  return eventually(async () => {
    const v = await probe();
    if (!v) throw new Error('not yet');
    return v;
  }, 10_000);
}

/** Waits until the server holds one more longpoll than `before`. */
async function untilHeld(before: number): Promise<void> {
  await eventually(() => expect(server.app.services.waiters.size).toBeGreaterThan(before));
}

describe('one-shot replication', () => {
  it('pulls a user their own documents and reference data, and nobody else’s', async () => {
    const device = localDb();
    const result = await device.replicate.from(remote(NIP.dewi));
    expect(result.ok).toBe(true);
    const all = await device.allDocs();
    const ids = all.rows.map((r) => r.id);
    expect(ids).toContain(`employee:${NIP.dewi}`);
    expect(ids.some((id) => id.startsWith(`activity:${NIP.dewi}:`))).toBe(true);
    expect(ids.some((id) => id.startsWith('period:'))).toBe(true);
    expect(ids.some((id) => id.startsWith(`activity:${NIP.agus}:`))).toBe(false);
    expect(ids.some((id) => id.includes(NIP.fajar) && !id.startsWith('employee:'))).toBe(false);
  });

  it('pushes an employee’s activity, and her appraiser pulls it and pushes a verification back', async () => {
    const dewiDevice = localDb();
    const sriDevice = localDb();
    await dewiDevice.replicate.from(remote(NIP.dewi));
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    await dewiDevice.put(act);
    const pushed = await dewiDevice.replicate.to(remote(NIP.dewi));
    expect(pushed.docs_written).toBe(1);
    expect(pushed.doc_write_failures).toBe(0);

    await sriDevice.replicate.from(remote(NIP.sri));
    const seen = await sriDevice.get(act._id);
    expect(seen).toMatchObject({ kegiatan: act.kegiatan, status: 'submitted' });

    const ver = makeVerification(act, { appraiserNip: NIP.sri });
    await sriDevice.put(ver);
    const back = await sriDevice.replicate.to(remote(NIP.sri));
    expect(back.doc_write_failures).toBe(0);
    expect(back.docs_written).toBe(1);

    await dewiDevice.replicate.from(remote(NIP.dewi));
    expect(await dewiDevice.get(ver._id)).toMatchObject({
      decision: 'approved',
      appraiserNip: NIP.sri,
    });
  });

  it("carries evidence photos to the owner's other devices, and to the head only when opened", async () => {
    const dewiDevice = localDb();
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    const doc = makePhoto(act, { name: 'bukti.jpg', bytes: 'isi-foto-bukti' });
    const ref = photoRefOf(doc);
    await dewiDevice.bulkDocs([doc, { ...act, photos: [ref] }]);
    const pushed = await dewiDevice.replicate.to(remote(NIP.dewi));
    expect(pushed.doc_write_failures).toBe(0);

    const dewiPhone = localDb();
    await dewiPhone.replicate.from(remote(NIP.dewi));
    const mine = (await dewiPhone.getAttachment(doc._id, 'bukti.jpg')) as Buffer;
    expect(mine.toString()).toBe('isi-foto-bukti');

    // Sri's tablet gets the entry and its photo list, not the photo.
    const sriDevice = localDb();
    await sriDevice.replicate.from(remote(NIP.sri));
    expect(await sriDevice.get(act._id)).toMatchObject({ photos: [ref] });
    await expect(sriDevice.get(doc._id)).rejects.toMatchObject({ status: 404 });
    // Her own photos are hers to hold; her team's are never fed to her.
    const held = await sriDevice.allDocs({ startkey: 'photo:', endkey: 'photo:\ufff0' });
    expect(held.rows.length).toBeGreaterThan(0);
    expect(held.rows.filter((r) => !r.id.startsWith(`photo:${NIP.sri}:`))).toEqual([]);
    // Opening the entry fetches it.
    const opened = await call(`${server.couchUrl}/${doc._id}/bukti.jpg`, { auth: basic(NIP.sri) });
    expect(opened.status).toBe(200);
    expect(opened.text).toBe('isi-foto-bukti');
  });

  it('a second pull after nothing changed transfers nothing', async () => {
    const device = localDb();
    await device.replicate.from(remote(NIP.agus));
    const again = await device.replicate.from(remote(NIP.agus));
    expect(again.docs_read).toBe(0);
  });
});

describe('live replication', () => {
  it('carries a write by one user to another user’s live device within seconds', async () => {
    const sriDevice = localDb();
    const live = sriDevice.sync(remote(NIP.sri), { live: true, retry: true });
    try {
      await until(async () => (await sriDevice.info()).doc_count > 0);
      const act = makeEntry({ nip: NIP.agus, date: today(), status: 'submitted', round: 1 });
      const agusDevice = localDb();
      await agusDevice.put(act);
      await agusDevice.replicate.to(remote(NIP.agus));
      const got = await until(() => sriDevice.get(act._id).catch(() => null));
      expect(got._id).toBe(act._id);

      // And the other way: Sri's live device pushes her verification as she writes it.
      const ver = makeVerification(act, { appraiserNip: NIP.sri });
      await sriDevice.put(ver);
      const onServer = await until(async () => {
        const r = await call(`${server.couchUrl}/${encodeURIComponent(ver._id)}`, {
          auth: basic(NIP.agus),
        });
        return r.status === 200 ? r.body : null;
      });
      expect(onServer).toMatchObject({ decision: 'approved' });
    } finally {
      live.cancel();
    }
  });
});

/** Rina (Sri's team) stores a new entry of today; Sri's longpolls wait for such a write. */
async function rinaWritesAnEntry() {
  const act = makeEntry({ nip: NIP.rina, date: today() });
  const put = await call(`${server.couchUrl}/${encodeURIComponent(act._id)}`, {
    method: 'PUT',
    auth: basic(NIP.rina),
    json: act,
  });
  expect(put.status).toBe(201);
  return act;
}

/** The ids a `_changes` answer lists. */
function idsOf(reply: { body: unknown }): string[] {
  return (reply.body as { results: { id: string }[] }).results.map((r) => r.id);
}

describe('longpoll', () => {
  it('wakes at a write in one of the waiter’s channels', async () => {
    // Earlier tests' entries change the school's report, which Sri reads: written before `since`.
    await server.app.services.reports.settled();
    const info = await call(`${server.couchUrl}`, { auth: basic(NIP.sri) });
    const since = (info.body as { update_seq: string }).update_seq;
    const held = server.app.services.waiters.size;
    let answered = false;
    // The longpoll's own timeout is the server's longest (ten minutes), far past the test's bound:
    // an answer with the write comes from the wake, never from the timeout.
    const waiting = call(
      `${server.couchUrl}/_changes?feed=longpoll&since=${since}&timeout=600000&heartbeat=5000`,
      {
        auth: basic(NIP.sri),
      },
    ).finally(() => {
      answered = true;
    });
    // The server holds the longpoll, unanswered: now the write.
    await untilHeld(held);
    expect(answered).toBe(false);
    const act = await rinaWritesAnEntry();
    const reply = await waiting;
    expect(reply.status).toBe(200);
    expect(idsOf(reply)).toContain(act._id);
  });

  it('a longpoll whose session cannot be read is ended alone: the rest of the crowd still wakes', async () => {
    await server.app.services.reports.settled();
    const info = await call(`${server.couchUrl}`, { auth: basic(NIP.sri) });
    const since = (info.body as { update_seq: string }).update_seq;
    const url = `${server.couchUrl}/_changes?feed=longpoll&since=${since}&timeout=600000`;
    // The first longpoll's session read fails (server.sqlite busy past its timeout, an I/O
    // error); it is woken first, as it waited first.
    const sessions = server.app.services.sessions;
    const watch = sessions.watch.bind(sessions);
    const failing = vi.spyOn(sessions, 'watch').mockImplementationOnce((...args) => ({
      ...watch(...args),
      isLive: () => {
        throw new Error('SQLITE_BUSY: database is locked (test)');
      },
    }));
    try {
      let held = server.app.services.waiters.size;
      const broken = call(url, { auth: basic(NIP.sri) }).then(
        (reply) => reply.status,
        () => 'closed',
      );
      await untilHeld(held);
      held = server.app.services.waiters.size;
      const waiting = call(url, { auth: basic(NIP.sri) });
      await untilHeld(held);
      const act = await rinaWritesAnEntry();
      // Answered by the wake (its own timeout is ten minutes), with the write.
      const reply = await waiting;
      expect(reply.status).toBe(200);
      expect(idsOf(reply)).toContain(act._id);
      expect(await broken).toBe('closed');
      expect((await call(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      failing.mockRestore();
    }
  });

  it('does not wake for a write outside the waiter’s channels, and answers empty at the timeout', async () => {
    const info = await call(`${server.couchUrl}`, { auth: basic(NIP.suharti) });
    const since = (info.body as { update_seq: string }).update_seq;
    const held = server.app.services.waiters.size;
    const waiting = call(`${server.couchUrl}/_changes?feed=longpoll&since=${since}&timeout=1500`, {
      auth: basic(NIP.suharti),
    });
    await untilHeld(held);
    const act = makeEntry({ nip: NIP.rina, date: today() });
    await call(`${server.couchUrl}/${encodeURIComponent(act._id)}`, {
      method: 'PUT',
      auth: basic(NIP.rina),
      json: act,
    });
    const reply = await waiting;
    expect(reply.status).toBe(200);
    expect((reply.body as { results: unknown[] }).results).toEqual([]);
    expect((reply.body as { last_seq: string }).last_seq).toMatch(/^\d+\.[0-9a-f]+-[0-9a-f]+$/);
  });
});
