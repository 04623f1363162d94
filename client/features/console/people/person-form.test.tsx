// @vitest-environment jsdom
/** Adding a person: core's NIP rules next to the field as typed, then the new person's page. */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_SYNC_STATUS, useSyncStore } from '../../../data/sync-store';
import { closePeopleDevices, DEWI, LURAH, RETIRED, show } from './testing/people-device';

beforeEach(() => {
  useSyncStore.setState({ ...INITIAL_SYNC_STATUS, state: 'synced' });
});
afterEach(async () => {
  cleanup();
  await closePeopleDevices();
});

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the person form', () => {
  it('says what is wrong with a NIP next to it, and that a NIP is taken, keeping the rest', async () => {
    await show('/kelola/pegawai/baru');
    fireEvent.change(await screen.findByLabelText('NIP'), {
      target: { value: '199313132020121011' },
    });
    type('Nama (tanpa gelar)', 'Rahmat Hidayat');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(
      await screen.findByText('Tanggal lahir pada NIP bukan tanggal yang ada (19931313)'),
    ).toBeTruthy();
    expect(screen.getByLabelText('NIP').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Nama (tanpa gelar)') as HTMLInputElement).value).toBe(
      'Rahmat Hidayat',
    );

    type('NIP', RETIRED);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('NIP ini sudah terdaftar.')).toBeTruthy();
  });

  it('adds a person with titles and opens their page', async () => {
    await show('/kelola/pegawai/baru');
    fireEvent.change(await screen.findByLabelText('NIP'), {
      target: { value: '199505052020011006' },
    });
    type('Nama (tanpa gelar)', 'Rahmat Hidayat');
    type('Gelar belakang', 'S.Kom.');
    type('Jabatan', 'Pranata Komputer');
    type('Jenis jabatan', 'fungsional');
    type('Unit kerja', 'kel');
    type('Atasan (Pejabat Penilai Kinerja)', LURAH);
    expect(screen.getByText('Siti Aminah, S.Sos.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(
      await screen.findByRole('heading', { name: 'Rahmat Hidayat, S.Kom.', level: 2 }),
    ).toBeTruthy();
    expect(screen.getByText('Fungsional')).toBeTruthy();
  });

  it('sets the kelas jabatan, refuses one outside 1-17 next to the field keeping it, and clears it', async () => {
    const data = await show(`/kelola/pegawai/${DEWI}/ubah`);
    const kelas = (await screen.findByLabelText('Kelas jabatan')) as HTMLInputElement;
    expect(kelas.value).toBe('');
    type('Kelas jabatan', '18');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Isi bilangan bulat 1 sampai 17, atau kosongkan.')).toBeTruthy();
    expect(kelas.getAttribute('aria-invalid')).toBe('true');
    expect(kelas.value).toBe('18');
    type('Kelas jabatan', '9');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    // The person's page shows it.
    const fact = await screen.findByText('Kelas jabatan', { selector: 'dt' });
    expect(await data.ctx.db.get(`employee:${DEWI}`)).toMatchObject({ kelasJabatan: 9 });
    await expect.poll(() => fact.nextElementSibling?.textContent).toBe('9');

    fireEvent.click(screen.getByRole('link', { name: /Ubah data/ }));
    const shown = (await screen.findByLabelText('Kelas jabatan')) as HTMLInputElement;
    expect(shown.value).toBe('9');
    type('Kelas jabatan', '');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await expect
      .poll(async () => (await data.ctx.db.get(`employee:${DEWI}`)) as object)
      .not.toHaveProperty('kelasJabatan');
  });
});
