/**
 * POST /api/sync/reconcile answers for a document the user cannot read from its id alone, so it
 * cannot tell whether such a document exists; a device's own unsent writes are never "gone".
 * (Reconcile after a real access change is in reassign.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids } from '../../client/core/ids';
import { makeEntry, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const gone = async (nip: string, asked: string[]) => {
  const r = await call(`${server.url}/api/sync/reconcile`, {
    method: 'POST',
    auth: basic(nip),
    json: { ids: asked },
  });
  expect(r.status).toBe(200);
  return (r.body as { gone: string[] }).gone;
};

/** Ids of one type and person that exist on the server, as their owner lists them. */
async function storedIds(nip: string, type: string): Promise<string[]> {
  const prefix = `${type}:${nip}:`;
  const r = await call(
    `${server.couchUrl}/_all_docs?startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`,
    { auth: basic(nip) },
  );
  return (r.body as { rows: { id: string }[] }).rows.map((row) => row.id);
}

describe('POST /api/sync/reconcile', () => {
  it('answers alike for a colleague’s document that exists and one that does not', async () => {
    const [appraisal] = await storedIds(NIP.agus, 'appraisal');
    const [acknowledgement] = await storedIds(NIP.agus, 'acknowledgement');
    expect(appraisal).toBeDefined();
    expect(acknowledgement).toBeDefined();
    const existing = [appraisal!, acknowledgement!];
    const missing = [
      ids.appraisal(NIP.agus, '1999'),
      ids.acknowledgement(NIP.agus, '1999'),
      ids.objectionDecision(NIP.agus, '1999'),
    ];
    // Dewi, Agus's colleague, reads neither: both are gone to her, so she learns nothing.
    expect((await gone(NIP.dewi, [...existing, ...missing])).sort()).toEqual(
      [...existing, ...missing].sort(),
    );
  });

  it('never names the user’s own unsent writes, nor what they may read', async () => {
    const unsent = makeEntry({ nip: NIP.dewi, date: today() })._id;
    const [ownAppraisal] = await storedIds(NIP.dewi, 'appraisal');
    expect(await gone(NIP.dewi, [unsent, ownAppraisal!, 'period:2026', 'unit:pemda'])).toEqual([]);
    // Her head reads her documents, written or not yet.
    expect(await gone(NIP.sri, [unsent, ownAppraisal!])).toEqual([]);
  });

  it('keeps what the user writes but cannot read: the Atasan Pejabat Penilai’s decision, the Pengelola’s attendance', async () => {
    // Bambang is the superior of Dewi's appraiser Sri: he decides an objection of Dewi's.
    const decision = ids.objectionDecision(NIP.dewi, '2026');
    expect(await gone(NIP.bambang, [decision])).toEqual([]);
    expect(await gone(NIP.eko, [decision])).toEqual([decision]);
    const attendance = ids.attendance(NIP.dewi, '2026-01');
    expect(await gone(NIP.ratna, [attendance])).toEqual([]);
    expect(await gone(NIP.agus, [attendance])).toEqual([attendance]);
  });
});
