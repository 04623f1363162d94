/**
 * Who receives what of continuous feedback, end to end: real devices (PouchDB, read model,
 * projector, sync engine) of the demo people against the real sync server. A head's feedback and
 * the employee's response travel between the two of them only; a praktik baik the employee
 * consented to reaches the people of her unit and leaves their devices when she withdraws it; a
 * forged write is refused by the server per document and shown to its writer as refused.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ids } from '../../client/core/ids';
import type { FeedbackDoc } from '../../client/core/schemas/work';
import {
  makeFeedback,
  makeFeedbackResponse,
  makeFinalAppraisal,
  makePraktikBaik,
  ratedItem,
  today,
  type Made,
  type Overrides,
} from '../../client/core/testing/factories';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { putDoc } from '../../client/data/commands/put-doc';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet, setOnline, type Device } from './support/client-device';
import { basic, call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);
const device = fleet.device;

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  await fleet.stopAll();
});
afterAll(async () => {
  await server?.stop();
});

/** Opens the people's devices one after another (sign-ins from one address are checked a few at a time). */
async function devices<const N extends readonly string[]>(
  ...nips: N
): Promise<{ [K in keyof N]: Device }> {
  const out: Device[] = [];
  for (const nip of nips) out.push(await device(nip));
  return out as { [K in keyof N]: Device };
}

const now = () => new Date().toISOString();

/** A new feedback from Sri to Dewi today, with a fresh id as the app makes one. */
function sriToDewi(overrides: Overrides<FeedbackDoc> = {}): Made<FeedbackDoc> {
  return makeFeedback({
    _id: ids.feedback(NIP.dewi),
    nip: NIP.dewi,
    authorNip: NIP.sri,
    date: today(),
    text: 'Modul ajar pecahan yang Ibu susun runtut; asesmen awalnya jelas.',
    value: 'kompeten',
    createdAt: now(),
    updatedAt: now(),
    ...overrides,
  });
}

/** True when the device's database holds a live revision of the document. */
async function holds(d: Device, id: string): Promise<boolean> {
  const [row] = (await d.db.allDocs({ keys: [id] })).rows;
  return row !== undefined && !('error' in row) && row.value.deleted !== true;
}

/**
 * Waits until every device has pulled everything the server held before this call: the
 * Pengelola updates the organisation's settings (read by everyone), and each device is waited on
 * until it holds that revision. The feed is in server order, so what a device has not received
 * by then, it was not sent.
 */
async function caughtUp(...devices: Device[]): Promise<void> {
  const id = ids.setting('kinerja');
  const url = `${server.couchUrl}/${encodeURIComponent(id)}`;
  const current = await call(url, { auth: basic(NIP.ratna) });
  const prev = current.status === 200 ? (current.body as { _rev: string }) : null;
  const put = await call(url, {
    method: 'PUT',
    auth: basic(NIP.ratna),
    json: {
      _id: id,
      ...(prev ? { _rev: prev._rev } : {}),
      type: 'setting',
      schemaVersion: 1,
      key: 'kinerja',
      feedbackReminderWeeks: 4,
      updatedAt: now(),
    },
  });
  expect(put.status).toBe(201);
  const rev = (put.body as { rev: string }).rev;
  await Promise.all(
    devices.map((d) => eventually(async () => expect((await d.db.get(id))._rev).toBe(rev), 30_000)),
  );
}

describe('a head’s feedback and the employee’s response', () => {
  it('reach the two of them only, the feedback written offline on the head’s tablet', async () => {
    const [sri, dewi, agus, suharti] = await devices(NIP.sri, NIP.dewi, NIP.agus, NIP.suharti);
    setOnline(sri, false);
    const feedback = sriToDewi({ kind: 'bimbingan', actions: [] });
    expect(await putDoc(feedback, sri.ctx)).toMatchObject({ ok: true, id: feedback._id });
    await eventually(() => expect(sri.status()).toMatchObject({ state: 'offline', pending: 1 }));
    expect(await holds(dewi, feedback._id)).toBe(false);

    setOnline(sri, true);
    await sri.synced();
    await eventually(
      async () => expect((await dewi.rm.feedback.get(feedback._id))?.text).toBe(feedback.text),
      30_000,
    );
    await caughtUp(agus, suharti);
    expect(await holds(agus, feedback._id)).toBe(false);
    expect(await holds(suharti, feedback._id)).toBe(false);

    const response = makeFeedbackResponse(feedback, {
      readAt: now(),
      replies: [{ text: 'Terima kasih, Bu. Saya coba di kelas 4A.', at: now() }],
      updatedAt: now(),
    });
    expect(await putDoc(response, dewi.ctx)).toMatchObject({ ok: true, id: response._id });
    await dewi.synced();
    await eventually(
      async () =>
        expect((await sri.rm.docs.get(response._id))?.doc).toMatchObject({
          replies: response.replies,
        }),
      30_000,
    );
    await caughtUp(agus, suharti);
    expect(await holds(agus, response._id)).toBe(false);
    expect(await holds(suharti, response._id)).toBe(false);
  });
});

describe('a praktik baik', () => {
  it('reaches the unit’s people and the head, not another unit, and leaves when withdrawn', async () => {
    const [sri, dewi, agus, rina, fajar, suharti] = await devices(
      NIP.sri,
      NIP.dewi,
      NIP.agus,
      NIP.rina,
      NIP.fajar,
      NIP.suharti,
    );
    const share = 'Bu Dewi menyusun modul pecahan dengan asesmen awal yang jelas.';
    const feedback = sriToDewi({ share: { text: share, proposedAt: now() } });
    expect(await putDoc(feedback, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();
    await eventually(async () => expect(await holds(dewi, feedback._id)).toBe(true), 30_000);

    const consent = makePraktikBaik(feedback, { unitId: 'sdn-gayungan-1', consentedAt: now() });
    expect(await putDoc(consent, dewi.ctx)).toMatchObject({ ok: true, id: consent._id });
    await dewi.synced();
    await Promise.all(
      [sri, agus, rina].map((d) =>
        eventually(
          async () =>
            expect((await d.rm.docs.get(consent._id))?.doc).toMatchObject({ text: share }),
          30_000,
        ),
      ),
    );
    await caughtUp(fajar, suharti);
    expect(await holds(fajar, consent._id)).toBe(false);
    expect(await holds(suharti, consent._id)).toBe(false);
    // What reaches the colleagues is the agreed text, never the feedback itself.
    for (const d of [agus, rina, fajar]) expect(await holds(d, feedback._id)).toBe(false);

    await dewi.db.remove(consent._id, (await dewi.db.get(consent._id))._rev);
    await dewi.synced();
    await Promise.all(
      [sri, agus, rina].map((d) =>
        eventually(async () => expect(await holds(d, consent._id)).toBe(false), 30_000),
      ),
    );
  });
});

describe('forged writes', () => {
  it('are refused by the server per document, and shown to their writer as refused', async () => {
    const [sri, dewi, agus] = await devices(NIP.sri, NIP.dewi, NIP.agus);
    const notWriter = WRITE_REASONS['not-writer'].id;

    // A colleague's feedback about Dewi: refused as CouchDB refuses, per document.
    const byColleague = sriToDewi({ authorNip: NIP.agus });
    const bulk = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.agus),
      json: { docs: [byColleague] },
    });
    expect(bulk.status).toBe(201);
    expect(bulk.body).toEqual([{ id: byColleague._id, error: 'forbidden', reason: notWriter }]);
    // The same write from a device that skipped the local check stays there, listed as refused.
    await agus.db.put(byColleague);
    await eventually(
      () =>
        expect(agus.status().denied).toEqual([
          { id: byColleague._id, type: 'feedback', reason: notWriter, at: expect.any(String) },
        ]),
      30_000,
    );
    expect(await holds(agus, byColleague._id)).toBe(true);

    // Dewi changing the text of Sri's feedback, and consenting to a text Sri no longer proposes.
    const share = 'Modul pecahan Bu Dewi bisa dipinjam kelas lain.';
    const edited = sriToDewi();
    const proposed = sriToDewi({ share: { text: share, proposedAt: now() } });
    for (const f of [edited, proposed])
      expect(await putDoc(f, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();
    await eventually(async () => expect(await holds(dewi, proposed._id)).toBe(true), 30_000);
    setOnline(dewi, false);
    await dewi.db.put({ ...(await dewi.db.get(edited._id)), text: 'Diubah oleh pegawai.' });
    // While she is offline, Sri rewords the proposal; Dewi consents to the words she has.
    const reworded = { ...proposed, share: { text: 'Teks baru.', proposedAt: now() } };
    expect(await putDoc(reworded, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();
    const consent = makePraktikBaik(proposed, { unitId: 'sdn-gayungan-1', consentedAt: now() });
    expect(await putDoc(consent, dewi.ctx)).toMatchObject({ ok: true });

    setOnline(dewi, true);
    await eventually(
      () =>
        expect(
          Object.fromEntries(dewi.status().denied.map((d) => [d.id, [d.type, d.reason]])),
        ).toEqual({
          [edited._id]: ['feedback', notWriter],
          [consent._id]: ['praktik-baik', WRITE_REASONS['share-not-proposed'].id],
        }),
      30_000,
    );
    const read = (id: string, nip: string) =>
      call(`${server.couchUrl}/${encodeURIComponent(id)}`, { auth: basic(nip) });
    expect((await read(edited._id, NIP.sri)).body).toMatchObject({ text: edited.text });
    expect((await read(consent._id, NIP.dewi)).status).toBe(404);
    expect(await holds(dewi, consent._id)).toBe(true);
  });
});

describe('a final appraisal', () => {
  it('is refused by the server without a reason for the predikat, and taken with one', async () => {
    const appraisal = makeFinalAppraisal('di-atas', 'sesuai', {
      nip: NIP.agus,
      appraiserNip: NIP.sri,
      periodId: today().slice(0, 4),
      predikatNote: '',
      finalizedAt: now(),
      updatedAt: now(),
    });
    const send = (doc: unknown) =>
      call(`${server.couchUrl}/_bulk_docs`, {
        method: 'POST',
        auth: basic(NIP.sri),
        json: { docs: [doc] },
      });
    const refused = await send(appraisal);
    expect(refused.body).toEqual([
      { id: appraisal._id, error: 'forbidden', reason: WRITE_REASONS['reason-missing'].id },
    ]);
    const withoutRhkReason = {
      ...appraisal,
      predikatNote: 'Hasil kerja di atas ekspektasi dengan perilaku sesuai: Baik.',
      rhk: { 'rhk-1': ratedItem('di-atas', { note: '' }) },
    };
    expect((await send(withoutRhkReason)).body).toMatchObject([{ error: 'forbidden' }]);
    const explained = { ...withoutRhkReason, rhk: appraisal.rhk };
    expect((await send(explained)).body).toEqual([
      { id: appraisal._id, ok: true, rev: expect.any(String) },
    ]);
  });
});

describe('the organisation’s feedback reminder', () => {
  it('is set by the Pengelola, recorded in the change history, and refused to a head', async () => {
    const id = ids.setting('kinerja');
    const byHead = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.sri),
      json: {
        docs: [
          {
            _id: id,
            type: 'setting',
            schemaVersion: 1,
            key: 'kinerja',
            feedbackReminderWeeks: 1,
            updatedAt: now(),
          },
        ],
      },
    });
    expect(byHead.body).toEqual([
      { id, error: 'forbidden', reason: WRITE_REASONS['not-writer'].id },
    ]);

    await caughtUp();
    const token = await signIn(server.url, NIP.ratna);
    const history = await call(`${server.url}/api/admin/audit`, { auth: { token } });
    const entries = (
      history.body as { entries: { target: string; actor: string; after: unknown }[] }
    ).entries;
    expect(entries.find((e) => e.target === id)).toMatchObject({
      actor: NIP.ratna,
      after: { feedbackReminderWeeks: 4 },
    });
  });
});
