// @vitest-environment jsdom
// The employee's "Pengembangan" screen on their own device (a real local PouchDB and read model):
// a request made offline waits for the head; a seated activity is reported done; the ring counts
// verified records only; a form with bad input says why next to the field and keeps what was typed.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { EnrolmentDoc } from '../../core/schemas/development';
import { makeCompletion, makeEnrolmentAdmin, makeSelfLearning } from '../../core/testing/factories';
import { getOrNull } from '../../data/local-db';
import {
  catalogRecord,
  confirmedSeat,
  MANAJEMEN_WAKTU,
  MANAJEMEN_WAKTU_TITLE,
  manajemenWaktu,
} from '../../data/testing/development-records';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { HEAD, STAFF, UNIT } from '../../data/testing/kelurahan';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { UserDataContext } from '../../data/user-data';
import { usePrefsStore } from '../../ui/prefs-store';
import { DevelopmentScreen } from './development-screen';

const KEY = MANAJEMEN_WAKTU;
const TITLE = MANAJEMEN_WAKTU_TITLE;
const TRAINING = manajemenWaktu({ focus: ['hasil-kerja'] });
const device = kelurahanDeviceEachTest([TRAINING]);

let online = true;
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

afterEach(() => {
  cleanup();
  online = true;
  act(() => usePrefsStore.setState({ lang: 'id' }));
});

const year = new Date().getFullYear();
const thisYear = (mmdd: string) => `${year}-${mmdd}`;

function show() {
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
      <DevelopmentScreen />
    </UserDataContext>,
  );
}

const record = async () =>
  (await getOrNull(device.db, ids.enrolment(STAFF, KEY))) as EnrolmentDoc | null;

async function projected(count: number) {
  await eventually(async () =>
    expect(await device.rm.docs.where('type').equals('enrolment').count()).toBe(count),
  );
}

describe('DevelopmentScreen', () => {
  it('saves a request made offline and shows it waiting for the head', async () => {
    online = false;
    show();
    const catalog = await screen.findByRole('region', { name: 'Katalog pengembangan' });
    expect(within(catalog).getByText(TITLE)).toBeTruthy();
    fireEvent.click(within(catalog).getByRole('button', { name: `Ajukan: ${TITLE}` }));
    fireEvent.change(
      within(catalog).getByLabelText('Alasan atau yang ingin dipelajari (boleh kosong)'),
      { target: { value: 'Sering lembur menjelang tenggat' } },
    );
    fireEvent.click(within(catalog).getByRole('button', { name: 'Kirim permohonan' }));
    expect(
      await screen.findByText(
        'Permohonan tersimpan. Menunggu persetujuan atasan. Tersimpan di perangkat; dikirim saat online.',
      ),
    ).toBeTruthy();
    const records = screen.getByRole('region', { name: 'Yang dihitung dan yang menunggu' });
    expect(await within(records).findByText('Menunggu persetujuan atasan')).toBeTruthy();
    expect((await record())?.note).toBe('Sering lembur menjelang tenggat');
  });

  it('reports a seated activity done, and the record waits for verification', async () => {
    await device.db.bulkDocs([
      ...catalogRecord({
        nip: STAFF,
        key: KEY,
        unitId: UNIT,
        appraiserNip: HEAD,
        seat: confirmedSeat({
          note: 'Ruang 2, pukul 08.00',
          at: thisYear('01-02T01:00:00.000Z'),
          by: 'admin',
        }),
      }),
    ]);
    await projected(1);
    show();
    const records = await screen.findByRole('region', { name: 'Yang dihitung dan yang menunggu' });
    expect(await within(records).findByText('Kursi dikonfirmasi')).toBeTruthy();
    expect(
      within(records).getByText('Catatan Pengelola Kinerja: Ruang 2, pukul 08.00'),
    ).toBeTruthy();
    fireEvent.click(within(records).getByRole('button', { name: 'Laporkan selesai' }));
    fireEvent.change(within(records).getByLabelText('Catatan (boleh kosong)'), {
      target: { value: 'Materi prioritas kerja' },
    });
    fireEvent.click(within(records).getByRole('button', { name: 'Kirim laporan' }));
    expect(await within(records).findByText('Laporan selesai, menunggu verifikasi')).toBeTruthy();
    expect(within(records).getByText('8 JP setelah diverifikasi')).toBeTruthy();
    expect((await record())?.completion).toMatchObject({ note: 'Materi prioritas kerja' });
  });

  it('counts only verified records in the ring; pending JP are shown apart', async () => {
    const verifiedLog = makeSelfLearning({
      nip: STAFF,
      unitId: UNIT,
      key: 'm-01hzy3k9q2v7w8x9y0z1a2b3c4',
      completion: makeCompletion({
        reportedAt: thisYear('01-07T01:00:00.000Z'),
        date: thisYear('01-05'),
        sessions: [
          { date: thisYear('01-05'), hours: 3 },
          { date: thisYear('01-06'), hours: 2 },
        ],
      }),
    });
    const pendingLog = makeSelfLearning({
      nip: STAFF,
      unitId: UNIT,
      key: 'm-01hzy3k9q2v7w8x9y0z1a2b3c5',
      completion: makeCompletion({
        reportedAt: thisYear('01-10T01:00:00.000Z'),
        date: thisYear('01-09'),
        sessions: [{ date: thisYear('01-09'), hours: 2 }],
      }),
    });
    await device.db.bulkDocs([
      verifiedLog,
      pendingLog,
      makeEnrolmentAdmin({
        nip: STAFF,
        key: verifiedLog.key,
        unitId: UNIT,
        verification: {
          status: 'verified',
          note: '',
          at: thisYear('02-01T01:00:00.000Z'),
          by: 'admin',
          reportedAt: verifiedLog.completion?.reportedAt ?? '',
        },
      }),
    ]);
    await projected(2);
    show();
    // 3 hours on day one count 2 (at most 2 JP a day), 2 hours on day two count 2: 4 verified.
    const ring = await screen.findByRole('img', {
      name: `4 dari 20 JP terverifikasi tahun ${year}; 2 JP menunggu verifikasi`,
    });
    expect(ring).toBeTruthy();
    expect(screen.getByText('4 / 20 JP')).toBeTruthy();
    expect(screen.getByText('2 JP menunggu verifikasi')).toBeTruthy();
    expect(
      screen.getByText('1 JP tidak dihitung karena batas per hari atau per bulan', {
        exact: false,
      }),
    ).toBeTruthy();
    expect(
      screen.getByText('Belajar mandiri: 1 JP per jam, paling banyak 2 JP per hari'),
    ).toBeTruthy();
  });

  it('says what is wrong next to the field and keeps what was typed', async () => {
    show();
    const card = await screen.findByRole('region', { name: 'Catat belajar mandiri' });
    fireEvent.click(within(card).getByRole('button', { name: 'Tulis catatan belajar' }));
    fireEvent.change(within(card).getByLabelText('Penyelenggara atau sumber (boleh kosong)'), {
      target: { value: 'Perpustakaan daerah' },
    });
    fireEvent.change(within(card).getByLabelText('Jam sesi 1'), { target: { value: '30' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Simpan catatan belajar' }));
    const title = within(card).getByLabelText('Judul atau materi');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByText('Isi judul atau materi')).toBeTruthy();
    const hours = within(card).getByLabelText('Jam sesi 1') as HTMLInputElement;
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByText('Isi jam antara 0,25 dan 24')).toBeTruthy();
    expect(hours.value).toBe('30');
    expect(
      (within(card).getByLabelText('Penyelenggara atau sumber (boleh kosong)') as HTMLInputElement)
        .value,
    ).toBe('Perpustakaan daerah');
    expect(
      await device.db.allDocs({ startkey: 'enrolment:', endkey: 'enrolment:\ufff0' }),
    ).toMatchObject({
      rows: [],
    });
  });

  it('says in English why a request is refused, next to the field, keeping the typed note', async () => {
    // Approved by the head, then withdrawn: the activity is open again, but a decided request
    // may not be sent a second time.
    await device.db.bulkDocs(
      catalogRecord({
        nip: STAFF,
        key: KEY,
        unitId: UNIT,
        appraiserNip: HEAD,
        enrolment: { withdrawnAt: thisYear('01-03T01:00:00.000Z') },
      }),
    );
    await projected(1);
    act(() => usePrefsStore.setState({ lang: 'en' }));
    show();
    const catalog = await screen.findByRole('region', { name: 'Development catalog' });
    fireEvent.click(await within(catalog).findByRole('button', { name: `Request: ${TITLE}` }));
    const note = within(catalog).getByLabelText('Reason or what you want to learn (optional)');
    fireEvent.change(note, { target: { value: 'Masih perlu belajar' } });
    fireEvent.click(within(catalog).getByRole('button', { name: 'Send request' }));
    expect(
      await within(catalog).findByText(
        'You already requested this activity; see its status in your list.',
      ),
    ).toBeTruthy();
    const describedBy = note.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'You already requested this activity; see its status in your list.',
    );
    expect((note as HTMLTextAreaElement).value).toBe('Masih perlu belajar');
  });
});
