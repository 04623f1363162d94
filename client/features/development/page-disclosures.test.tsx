// @vitest-environment jsdom
// "Pengembangan" fits a phone (issue 14): what is under way sits under the ring with a link to its
// record; each catalog activity folds its details; "Catat belajar mandiri" opens from its button
// (and by itself when a typed draft came back); "Cara JP dihitung" is folded. A real local
// PouchDB and read model.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveDraft } from '../../data/drafts';
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
import { DevelopmentScreen } from './development-screen';

const TITLE = MANAJEMEN_WAKTU_TITLE;
const device = kelurahanDeviceEachTest([
  manajemenWaktu({ focus: ['hasil-kerja'], description: 'Menyusun prioritas kerja harian.' }),
]);

afterEach(() => {
  cleanup();
});

function show() {
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
      <DevelopmentScreen />
    </UserDataContext>,
  );
}

describe('Pengembangan on a phone', () => {
  it('lists a seated activity under the ring as a report to send, linked to its record', async () => {
    await device.db.bulkDocs(
      catalogRecord({
        nip: STAFF,
        key: MANAJEMEN_WAKTU,
        unitId: UNIT,
        appraiserNip: HEAD,
        seat: confirmedSeat(),
      }),
    );
    await eventually(async () =>
      expect(await device.rm.docs.where('type').equals('enrolment').count()).toBe(1),
    );
    show();
    const summary = await screen.findByRole('region', { name: /^JP tahun/ });
    const link = await within(summary).findByRole('link', { name: TITLE });
    expect(link.closest('li')?.textContent).toContain('Kirim laporan selesai');
    fireEvent.click(link);
    const records = screen.getByRole('region', { name: 'Yang dihitung dan yang menunggu' });
    expect(document.activeElement).toBe(within(records).getByRole('heading', { name: TITLE }));
  });

  it('shows each catalog activity as a short row, its details folded', async () => {
    show();
    const catalog = await screen.findByRole('region', { name: 'Katalog pengembangan' });
    const row = within(catalog).getByRole('heading', { name: TITLE }).closest('li');
    if (!row) throw new Error('no row');
    expect(row.textContent).toContain('8 JP');
    expect(row.textContent).toContain('Sepanjang tahun');
    const details = within(row).getByText('Menyusun prioritas kerja harian.').closest('details');
    expect(details?.open).toBe(false);
    fireEvent.click(within(row).getByText('Rincian'));
    expect(details?.open).toBe(true);
    // The request stays on the row, outside the details.
    expect(
      within(row)
        .getByRole('button', { name: `Ajukan: ${TITLE}` })
        .closest('details'),
    ).toBe(null);
  });

  it('opens "Catat belajar mandiri" from its button and moves the focus into the form', async () => {
    show();
    const card = await screen.findByRole('region', { name: 'Catat belajar mandiri' });
    expect(within(card).queryByLabelText('Judul atau materi')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Tulis catatan belajar' }));
    expect(document.activeElement).toBe(within(card).getByLabelText('Bentuk'));
    fireEvent.click(within(card).getByRole('button', { name: 'Batal' }));
    // Closed, and the focus back on the button that opens it.
    const opener = await within(card).findByRole('button', { name: 'Tulis catatan belajar' });
    expect(within(card).queryByLabelText('Judul atau materi')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('opens "Catat belajar mandiri" by itself when a typed draft came back', async () => {
    await saveDraft(
      `dev-self:${STAFF}`,
      {
        form: 'belajar-mandiri',
        title: 'Kursus daring penilaian',
        provider: '',
        sessions: [{ date: '2026-01-05', hours: '2' }],
      },
      device.rm,
    );
    show();
    const card = await screen.findByRole('region', { name: 'Catat belajar mandiri' });
    const title = (await within(card).findByLabelText('Judul atau materi')) as HTMLInputElement;
    expect(title.value).toBe('Kursus daring penilaian');
    expect(within(card).queryByRole('button', { name: 'Tulis catatan belajar' })).toBeNull();
  });

  it('opens "Tambah rencana" from its button, and by itself when a typed draft came back', async () => {
    const year = new Date().getFullYear();
    const { unmount } = show();
    const plan = await screen.findByRole('region', { name: `Rencana pengembangan ${year}` });
    expect(within(plan).queryByLabelText('Rencana')).toBeNull();
    fireEvent.click(within(plan).getByRole('button', { name: 'Tambah rencana' }));
    expect(document.activeElement).toBe(within(plan).getByLabelText('Area'));
    unmount();

    await saveDraft(
      `dev-plan:${STAFF}:${year}:new`,
      { focus: 'hasil-kerja', text: 'Membaca buku manajemen kelas', due: '', status: 'planned' },
      device.rm,
    );
    show();
    const again = await screen.findByRole('region', { name: `Rencana pengembangan ${year}` });
    const text = (await within(again).findByLabelText('Rencana')) as HTMLInputElement;
    expect(text.value).toBe('Membaca buku manajemen kelas');
  });

  it('folds "Cara JP dihitung" under its heading', async () => {
    show();
    const rules = await screen.findByRole('region', { name: 'Cara JP dihitung' });
    const details = rules.querySelector('details');
    expect(details?.open).toBe(false);
    fireEvent.click(within(rules).getByRole('heading', { name: 'Cara JP dihitung' }));
    expect(details?.open).toBe(true);
    expect(within(rules).getByText('Klasikal')).toBeTruthy();
  });
});
