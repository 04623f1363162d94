/**
 * The People section's writes end to end: a Pengelola's device (real client data layer) makes a
 * mutasi with the console's command, and the heads' devices follow through the real sync server
 * (the old head's device lets the person's documents go, the new head's receives them); a status
 * other than aktif refuses sign-in and ends the sessions the person holds.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../client/core/testing/factories';
import { changeEmployeeStatus, moveEmployee } from '../../client/data/commands/save-employee';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet, type Device } from './support/client-device';
import { call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);
const device = fleet.device;

/** Warnings Node gives while the devices run (a head's device once warned of a listener leak). */
const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(w.name);

beforeAll(async () => {
  process.on('warning', onWarning);
  server = await startServer();
});
afterEach(async () => {
  await fleet.stopAll();
});
afterAll(async () => {
  process.off('warning', onWarning);
  await server?.stop();
});

/**
 * How many of Rina's own documents (activities, SKP, …) a device holds: not her directory entry,
 * nor a praktik baik she shared with her unit (it stays with the unit it was shared with).
 */
async function rinasDocs(d: Device): Promise<number> {
  const rows = (await d.db.allDocs()).rows;
  return rows.filter(
    (r) =>
      r.id.includes(NIP.rina) && !r.id.startsWith('employee:') && !r.id.startsWith('praktik-baik:'),
  ).length;
}

describe('a mutasi from the console', () => {
  it('moves the person’s documents from the old head’s device to the new head’s', async () => {
    const sri = await device(NIP.sri, { adapter: 'indexeddb' });
    const suharti = await device(NIP.suharti);
    const ratna = await device(NIP.ratna, { roles: ['pengelola'] });
    expect(await rinasDocs(sri)).toBeGreaterThan(0);
    expect(await rinasDocs(suharti)).toBe(0);

    const moved = await moveEmployee(
      NIP.rina,
      {
        unitId: 'sdn-ketintang-2',
        superiorNip: NIP.suharti,
        position: 'Guru Kelas',
        tmt: today(),
        note: 'SK 821.2/45/2026',
      },
      ratna.ctx,
    );
    expect(moved).toMatchObject({ ok: true, id: `employee:${NIP.rina}` });
    ratna.engine.syncNow();
    await ratna.synced();
    // The server took the riwayat as written.
    const stored = (
      await call(`${server.couchUrl}/employee:${NIP.rina}`, { auth: { token: ratna.token } })
    ).body as { superiorNip: string; history: { superiorNip: string; note: string }[] };
    expect(stored.superiorNip).toBe(NIP.suharti);
    expect(stored.history.at(-1)).toMatchObject({ superiorNip: NIP.sri, note: 'SK 821.2/45/2026' });

    sri.engine.syncNow();
    suharti.engine.syncNow();
    await eventually(async () => expect(await rinasDocs(suharti)).toBeGreaterThan(0), 30_000);
    // Rina's documents (two quarters of entries) leave Sri's device as purges side by side
    // (local-db.ts purgeLocally), after Sri's device learns at its next sync that they are gone.
    await eventually(async () => expect(await rinasDocs(sri)).toBe(0), 30_000);
    await sri.synced();
    await suharti.synced();
    // Many documents arriving and leaving at once keep the devices' live feeds busy, but within
    // the room the local database gives them (local-db.ts): no listener-leak warning.
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

describe('a status other than aktif', () => {
  it('refuses sign-in with the reason and ends the sessions the person holds', async () => {
    const yogaToken = await signIn(server.url, NIP.yoga);
    const ratna = await device(NIP.ratna, { roles: ['pengelola'] });
    const changed = await changeEmployeeStatus(
      NIP.yoga,
      { status: 'pensiun', from: today(), note: '' },
      ratna.ctx,
    );
    expect(changed).toMatchObject({ ok: true });
    ratna.engine.syncNow();
    await ratna.synced();

    const reason = 'Akun Anda tidak aktif (status: pensiun). Hubungi Pengelola Kinerja.';
    const session = await call(`${server.url}/api/session`, { auth: { token: yogaToken } });
    expect(session.status).toBe(401);
    expect(session.body).toMatchObject({ reason });
    // The session is gone, not only refused: the token is unknown from now on.
    const again = await call(`${server.url}/api/session`, { auth: { token: yogaToken } });
    expect(again.body).not.toMatchObject({ reason });

    const signInAgain = await call(`${server.url}/api/session`, {
      method: 'POST',
      json: { nip: NIP.yoga, password: 'gayungan2026' },
    });
    expect(signInAgain.status).toBe(403);
    expect(signInAgain.body).toMatchObject({ reason });
    const tool = await call(`${server.couchUrl}/_changes?limit=1`, {
      auth: { basic: [NIP.yoga, 'gayungan2026'] },
    });
    expect(tool.status).toBe(403);
    // A wrong password is answered as for anyone: the status is told only to the right secret.
    const wrong = await call(`${server.url}/api/session`, {
      method: 'POST',
      json: { nip: NIP.yoga, password: 'salah-sekali-1' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).not.toMatchObject({ reason });
  });
});
