// @vitest-environment jsdom
/**
 * Kelola → Kehadiran and the server: the imported month, which a Pengelola's device is never fed,
 * opened on demand beside a correction to apply (the server stood in for by a stubbed fetch, as
 * in objection-evidence.test.tsx; tests/integration/attendance-apply.test.ts asks the real one),
 * and an application the server refused, shown with its reason and discarded from the device.
 */
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ids } from '../../../core/ids';
import {
  makeApplied,
  makeAttendance,
  makeAttendanceDecision,
  makeCorrection,
  NIP,
  orgEmployees,
  orgUnits,
  pengelolaUser,
} from '../../../core/testing/factories';
import { WRITE_REASONS } from '../../../core/write-reasons';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { SyncLedger } from '../../../data/sync-ledger';
import { useSyncStore } from '../../../data/sync-store';
import { idbDb, readModel } from '../../../data/testing/devices';
import { UserDataContext } from '../../../data/user-data';
import { sectionViolations } from '../periods/testing/console-device';
import { AttendanceSection } from './attendance-section';

// Dewi's 13 May, approved by her head as dinas luar; the import had her in at 08.10.
const dewi = makeCorrection();
const approval = makeAttendanceDecision(dewi);
const month = makeAttendance({ month: '2026-05' }, [{ date: '2026-05-13', in: '08:10' }]);
const monthId = ids.attendance(NIP.staffA1, '2026-05');

/** What the server opens to the Pengelola, by id. */
let served: Map<string, object>;

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

const opened: { db: LocalDb; rm: ReadModel; projector: Projector }[] = [];
beforeEach(() => {
  // A browser's IndexedDB keeps Blobs (the kept copy); fake-indexeddb keeps Node's, not jsdom's.
  vi.stubGlobal('Blob', NodeBlob);
  served = new Map();
  setOnline(true);
  vi.stubGlobal('fetch', async (url: string) => {
    if (!navigator.onLine) throw new TypeError('Failed to fetch');
    const doc = served.get(decodeURIComponent(new URL(url).pathname.split('/').pop() ?? ''));
    return doc
      ? new Response(JSON.stringify(doc), { status: 200 })
      : new Response(JSON.stringify({ error: 'not_found', reason: 'missing' }), { status: 404 });
  });
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  setOnline(true);
  useSyncStore.setState({ denied: [], state: 'idle' });
  for (const o of opened.splice(0)) {
    o.projector.stop();
    o.rm.close();
    await o.db.destroy();
  }
});

/** Ratna's console on a device like the browser's (IndexedDB, which can purge), holding `docs`. */
async function ratna(docs: { _id: string }[]) {
  const db = idbDb();
  const rm = readModel();
  const projector = new Projector(db, rm);
  opened.push({ db, rm, projector });
  await db.bulkDocs([...orgEmployees(), ...orgUnits(), ...docs]);
  await projector.start();
  const data = { ctx: { db, user: pengelolaUser }, readModel: rm, syncNow: () => undefined };
  const show = () =>
    render(<UserDataContext value={data}>{<AttendanceSection />}</UserDataContext>);
  return { db, rm, show };
}

const card = async (name: RegExp) =>
  within((await screen.findByRole('heading', { name })).closest('article')!);

describe('Kelola → Kehadiran: the imported day, opened on demand', () => {
  it('shows the day as the server holds it beside the approved change, and from the kept copy offline', async () => {
    served.set(monthId, month);
    const { show } = await ratna([dewi, approval]);
    show();
    let c = await card(/^Dewi Lestari · 13/);
    expect(
      await c.findByText('Hadir, masuk 08.10, pulang 16.05 · Terlambat 40 menit'),
    ).toBeTruthy();
    expect(c.getByText('Dinas luar')).toBeTruthy();
    expect(await sectionViolations()).toEqual([]);

    cleanup();
    setOnline(false);
    show();
    c = await card(/^Dewi Lestari · 13/);
    expect(
      await c.findByText('Hadir, masuk 08.10, pulang 16.05 · Terlambat 40 menit'),
    ).toBeTruthy();
  });

  it('says offline that it cannot be read now, and online when the month was not imported', async () => {
    setOnline(false);
    const { show } = await ratna([dewi, approval]);
    show();
    const c = await card(/^Dewi Lestari · 13/);
    expect(await c.findByText(/^Hasil impor tidak dapat dibaca sekarang/)).toBeTruthy();
    setOnline(true);
    expect(await c.findByText('Bulan ini belum diimpor untuk pegawai ini')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Terapkan: Dewi Lestari/ })).toBeTruthy();
  });
});

describe('Kelola → Kehadiran: an application the server refused', () => {
  // Ratna applied it on this device; Sri declined it after all before it reached the server.
  const applied = makeApplied(dewi, approval);
  const declined = makeAttendanceDecision(dewi, {
    decision: 'declined',
    reason: 'Surat tugas untuk tanggal itu tidak ada.',
  });
  const REFUSAL = WRITE_REASONS['correction-not-approved'].id;

  it('is listed apart with the server’s reason instead of as applied, and discarded from this device', async () => {
    const { db, show } = await ratna([dewi, declined, applied, month]);
    const ledger = new SyncLedger(db);
    await ledger.advancePush((await db.info()).update_seq);
    const at = new Date().toISOString();
    const rev = (await db.get(applied._id))._rev;
    await ledger.recordDenied({ id: applied._id, rev, reason: REFUSAL }, at);
    useSyncStore.setState({
      denied: [{ id: applied._id, type: 'attendance-applied', reason: REFUSAL, at }],
    });
    show();

    expect(await screen.findByRole('heading', { name: 'Ditolak server (1)' })).toBeTruthy();
    const c = await card(/^Dewi Lestari · 13/);
    expect(c.getByRole('note').textContent).toBe(
      `Ditolak server: ${REFUSAL}Status permohonan sekarang: Ditolak atasan`,
    );
    expect(screen.getByText('Belum ada koreksi yang diterapkan.')).toBeTruthy();
    expect(await sectionViolations()).toEqual([]);

    fireEvent.click(c.getByRole('button', { name: /^Buang penerapan: Dewi Lestari, 13/ }));
    expect(
      await screen.findByText(
        /^Penerapan koreksi Dewi Lestari tanggal 13.* dibuang dari perangkat ini\.$/,
      ),
    ).toBeTruthy();
    await expect.poll(() => screen.queryByRole('heading', { name: /^Ditolak server/ })).toBeNull();
    expect(await db.get(applied._id).catch((e: { status: number }) => e.status)).toBe(404);
    // Nothing is left to send for it: it was purged, not deleted.
    expect((await db.changes({ since: 0, doc_ids: [applied._id] })).results).toEqual([]);
  });
});
