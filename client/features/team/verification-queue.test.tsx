// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, civilDate } from '../../core/dates';
import { verificationIdFor } from '../../core/ids';
import type { LocalDb } from '../../data/local-db';
import { Projector } from '../../data/projector';
import type { ReadModel } from '../../data/read-model';
import { useSessionStore } from '../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { HEAD, OTHER, seedReference, STAFF } from '../../data/testing/kelurahan';
import { makeActivity } from '../../core/testing/factories';
import { UserDataContext } from '../../data/user-data';
import { navigate } from '../../ui/navigation';
import { TeamScreen } from './team-screen';

const TODAY = civilDate(Date.now());
const YESTERDAY = addDays(TODAY, -1);
const STAFF_NAME = `Pegawai ${STAFF.slice(-3)}`;
const OTHER_NAME = `Pegawai ${OTHER.slice(-3)}`;

let db: LocalDb;
let rm: ReadModel;
let projector: Projector;

beforeEach(async () => {
  db = memoryDb();
  rm = readModel();
  await seedReference(db);
  projector = new Projector(db, rm);
  await projector.start();
  useSessionStore.setState({
    status: 'signed-in',
    user: {
      nip: HEAD,
      name: 'Kepala',
      position: 'Lurah',
      unitId: 'kelurahan-a',
      roles: ['pejabat-penilai'],
    },
  });
});
afterEach(async () => {
  cleanup();
  projector.stop();
  rm.close();
  await db.destroy();
});

async function submitted(nip: string, date: string, start: string, kegiatan: string) {
  const end = `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`;
  const doc = makeActivity({ nip, date, start, end, kegiatan, status: 'submitted', round: 1 });
  await db.put(doc);
  return doc._id;
}

async function seedQueue() {
  const ids = {
    a: await submitted(STAFF, YESTERDAY, '08:00', 'Menyusun laporan'),
    b: await submitted(STAFF, TODAY, '08:00', 'Rapat koordinasi'),
    c: await submitted(STAFF, TODAY, '10:00', 'Melayani warga'),
    d: await submitted(OTHER, TODAY, '09:00', 'Monitoring wilayah'),
  };
  await eventually(async () => expect(await rm.activities.count()).toBe(4));
  return ids;
}

function show(path: string) {
  act(() => navigate(path));
  return render(
    <UserDataContext value={userDataFor(db, rm, HEAD)}>
      <TeamScreen />
    </UserDataContext>,
  );
}

async function decisionOf(activityId: string) {
  try {
    return (await db.get(verificationIdFor(activityId) ?? '')) as unknown as {
      decision: string;
      note: string;
    };
  } catch {
    return null;
  }
}

describe('Tim today', () => {
  it('shows who logged what, the minutes, and what waits per person', async () => {
    await seedQueue();
    show('/tim');
    const staff = await screen.findByRole('region', { name: STAFF_NAME });
    expect(within(staff).getByText('2 kegiatan · 2 jam 0 menit')).toBeTruthy();
    expect(within(staff).getByRole('link', { name: '3 menunggu verifikasi' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka antrean verifikasi (4)' })).toBeTruthy();
  });
});

describe('the verification queue', () => {
  it('lists entries by person and date', async () => {
    await seedQueue();
    show('/tim/verifikasi');
    const staff = await screen.findByRole('region', { name: `${STAFF_NAME} (3)` });
    expect(within(staff).getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.getByRole('region', { name: `${OTHER_NAME} (1)` })).toBeTruthy();
  });

  it('asks for a Catatan before returning, then returns with it', async () => {
    const ids = await seedQueue();
    show(`/tim/verifikasi?dok=${encodeURIComponent(ids.b)}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Kembalikan' }));
    await screen.findByText('Tulis catatan untuk pegawai sebelum mengembalikan.');
    expect(await decisionOf(ids.b)).toBeNull();
    fireEvent.change(screen.getByLabelText('Catatan'), { target: { value: 'Lampirkan notulen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan' }));
    await screen.findByText('Dikembalikan: Rapat koordinasi');
    expect(await decisionOf(ids.b)).toMatchObject({
      decision: 'returned',
      note: 'Lampirkan notulen.',
    });
    // The next entry opens; the decided one leaves the queue.
    await waitFor(() => expect(window.location.search).toContain(encodeURIComponent(ids.c)));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Rapat koordinasi/ })).toBeNull(),
    );
  });

  it('approves several selected entries at once', async () => {
    const ids = await seedQueue();
    show('/tim/verifikasi');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Pilih: Menyusun laporan' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pilih: Monitoring wilayah' }));
    fireEvent.click(screen.getByRole('button', { name: 'Setujui terpilih (2)' }));
    await screen.findByText('2 kegiatan disetujui.');
    expect(await decisionOf(ids.a)).toMatchObject({ decision: 'approved' });
    expect(await decisionOf(ids.d)).toMatchObject({ decision: 'approved' });
    expect(await decisionOf(ids.b)).toBeNull();
  });

  it('moves with j and k and approves with a', async () => {
    const ids = await seedQueue();
    show('/tim/verifikasi');
    await screen.findByRole('checkbox', { name: 'Pilih: Menyusun laporan' });
    fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(window.location.search).toContain(encodeURIComponent(ids.a)));
    fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(window.location.search).toContain(encodeURIComponent(ids.b)));
    fireEvent.keyDown(window, { key: 'k' });
    await waitFor(() => expect(window.location.search).toContain(encodeURIComponent(ids.a)));
    await screen.findByRole('heading', { name: STAFF_NAME, level: 2 });
    fireEvent.keyDown(window, { key: 'a' });
    await screen.findByText('Disetujui: Menyusun laporan');
    expect(await decisionOf(ids.a)).toMatchObject({ decision: 'approved' });
    // Typing in the note does not trigger shortcuts.
    fireEvent.keyDown(screen.getByLabelText('Catatan'), { key: 'a' });
    expect(await decisionOf(ids.b)).toBeNull();
  });
});
