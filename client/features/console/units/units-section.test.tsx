// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSyncStore } from '../../../data/sync-store';
import { HEAD, STAFF, UNIT } from '../../../data/testing/kelurahan';
import {
  CLOSED,
  describedText,
  KECAMATAN,
  KECAMATAN_HOURS,
  openConsoleDevice,
  renderAt,
  type ConsoleDevice,
} from './testing/pengelola-device';
import { UnitsSection } from './units-section';

let device: ConsoleDevice;
beforeEach(async () => {
  device = await openConsoleDevice();
});
afterEach(async () => {
  await device.stop();
});

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
const type = (label: string, value: string) =>
  fireEvent.change(field(label), { target: { value } });

describe('the unit tree', () => {
  it('shows each unit with its kind, head and active people; closed units on request', async () => {
    renderAt(device, '/kelola/unit', <UnitsSection />);
    const tree = await screen.findByRole('list', { name: 'Susunan unit kerja' });
    const kecamatan = within(tree).getByRole('link', { name: 'Kecamatan Gayungan' }).closest('li');
    expect(kecamatan?.textContent).toContain('belum ada kepala');
    const kelurahan = within(tree).getByRole('link', { name: 'Kelurahan Ketintang' }).closest('li');
    expect(kelurahan?.textContent).toContain('Kelurahan');
    expect(kelurahan?.textContent).toContain('Kepala: Pegawai 001');
    expect(kelurahan?.textContent).toContain('3 pegawai aktif');
    expect(screen.queryByRole('link', { name: 'Kelurahan Lama' })).toBeNull();

    fireEvent.click(screen.getByLabelText('Tampilkan unit yang ditutup'));
    const closed = (await screen.findByRole('link', { name: 'Kelurahan Lama' })).closest('li');
    expect(closed?.textContent).toContain('ditutup sejak 31 Des 2024');
  });

  it('shows the working hours a unit keeps, or the unit it follows them from', async () => {
    renderAt(device, '/kelola/unit', <UnitsSection />);
    const tree = await screen.findByRole('list', { name: 'Susunan unit kerja' });
    const row = (name: string) =>
      within(tree).getByRole('link', { name }).closest('.unit-tree__row')?.textContent ?? '';
    expect(row('Kecamatan Gayungan')).toContain(
      'Jam kerja Senin–Jumat, 08.00–16.00, Jumat sampai 16.30',
    );
    expect(row('Kelurahan Ketintang')).toContain('Jam kerja mengikuti Kecamatan Gayungan');
  });

  it('folds and unfolds the units under a unit with its disclosure button', async () => {
    renderAt(device, '/kelola/unit', <UnitsSection />);
    const toggle = await screen.findByRole('button', { name: 'Unit di bawah Kecamatan Gayungan' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Kelurahan Ketintang' })).toBeNull();
  });
});

describe('creating a unit', () => {
  it('writes the unit under its parent and opens its page', async () => {
    renderAt(device, '/kelola/unit', <UnitsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unit baru' }));
    type('Kode unit', 'seksi-pelayanan');
    type('Nama unit', 'Seksi Pelayanan');
    type('Jenis unit', 'seksi');
    type('Unit induk', UNIT);
    type('NIP kepala unit', STAFF);
    fireEvent.click(screen.getByRole('button', { name: 'Buat unit' }));
    await waitFor(() => expect(window.location.pathname).toBe('/kelola/unit/seksi-pelayanan'));
    expect(await device.db.get('unit:seksi-pelayanan')).toMatchObject({
      name: 'Seksi Pelayanan',
      kind: 'seksi',
      parentId: UNIT,
      headNip: STAFF,
    });
  });

  it('shows a refusal next to the field it is about, keeping what was typed', async () => {
    renderAt(device, '/kelola/unit', <UnitsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unit baru' }));
    type('Kode unit', 'Seksi Baru');
    type('NIP kepala unit', '1234');
    fireEvent.click(screen.getByRole('button', { name: 'Buat unit' }));
    expect(describedText(field('Kode unit'))).toContain('huruf kecil, angka, dan tanda hubung');
    expect(describedText(field('Nama unit'))).toContain('Nama unit wajib diisi.');
    expect(describedText(field('NIP kepala unit'))).toContain('NIP harus 18 digit angka.');

    // Core's refusal: the code is taken by a unit with another name.
    type('Kode unit', KECAMATAN);
    type('Nama unit', 'Seksi Baru');
    type('NIP kepala unit', '');
    fireEvent.click(screen.getByRole('button', { name: 'Buat unit' }));
    await waitFor(() =>
      expect(describedText(field('Kode unit'))).toContain('Kode unit ini sudah dipakai unit lain'),
    );
    expect(field('Kode unit').value).toBe(KECAMATAN);
    expect(field('Nama unit').value).toBe('Seksi Baru');
    expect(await device.db.get(`unit:${KECAMATAN}`)).toMatchObject({ name: 'Kecamatan Gayungan' });
  });
});

describe("a unit's page", () => {
  it('lists its people with links to their pages, and links its change history', async () => {
    renderAt(device, `/kelola/unit/${UNIT}`, <UnitsSection />);
    expect(await screen.findByRole('heading', { name: 'Kelurahan Ketintang' })).toBeTruthy();
    const path = screen.getByRole('navigation', { name: 'Letak unit' });
    expect(within(path).getByRole('link', { name: 'Kecamatan Gayungan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pegawai 001' }).getAttribute('href')).toBe(
      `/kelola/pegawai/${HEAD}`,
    );
    expect(
      screen.getByRole('link', { name: 'Riwayat perubahan unit ini' }).getAttribute('href'),
    ).toBe(`/kelola/riwayat?unit=${UNIT}`);
  });

  it('moves a unit to another place, never offering itself or its sub-units as parent', async () => {
    renderAt(device, `/kelola/unit/${KECAMATAN}`, <UnitsSection />);
    await screen.findByRole('heading', { name: 'Kecamatan Gayungan' });
    const offered = () => [...field('Unit induk').querySelectorAll('option')].map((o) => o.value);
    expect(offered()).not.toContain(UNIT);
    expect(offered()).not.toContain(KECAMATAN);
    cleanup();

    renderAt(device, `/kelola/unit/${UNIT}`, <UnitsSection />);
    await screen.findByRole('heading', { name: 'Kelurahan Ketintang' });
    expect(field('Unit induk').value).toBe(KECAMATAN);
    type('Unit induk', '');
    type('Nama unit', 'Kelurahan Ketintang Baru');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    expect(await screen.findByRole('heading', { name: 'Kelurahan Ketintang Baru' })).toBeTruthy();
    expect(await device.db.get(`unit:${UNIT}`)).toMatchObject({
      name: 'Kelurahan Ketintang Baru',
      parentId: null,
    });
    // The page shows the unit as written, and still says so.
    expect(screen.getByText('Perubahan tersimpan.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Kecamatan Gayungan' })).toBeNull();
  });

  it('refuses to close a unit that has people, saying how many, under the date', async () => {
    renderAt(device, `/kelola/unit/${UNIT}`, <UnitsSection />);
    await screen.findByRole('heading', { name: 'Kelurahan Ketintang' });
    type('Ditutup mulai tanggal', '2025-06-30');
    fireEvent.click(screen.getByRole('button', { name: 'Tutup unit' }));
    await waitFor(() =>
      expect(describedText(field('Ditutup mulai tanggal'))).toContain(
        'Unit yang masih memiliki pegawai aktif tidak dapat ditutup; pindahkan mereka dulu. Pegawai aktif: 3',
      ),
    );
    expect(field('Ditutup mulai tanggal').value).toBe('2025-06-30');
    expect(await device.db.get(`unit:${UNIT}`)).not.toHaveProperty('closedOn');
  });

  it('reopens a closed unit', async () => {
    renderAt(device, `/kelola/unit/${CLOSED}`, <UnitsSection />);
    expect(
      await screen.findByText('Unit ini ditutup sejak Selasa, 31 Desember 2024.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali unit' }));
    await waitFor(async () =>
      expect(await device.db.get(`unit:${CLOSED}`)).not.toHaveProperty('closedOn'),
    );
  });
});

describe("a unit's working hours", () => {
  const ownHours = () =>
    screen.getByLabelText('Unit ini punya jam kerja sendiri', { exact: false });
  const details = () => screen.getByRole('heading', { name: 'Rincian' }).closest('section');

  it('follow the unit above until the unit keeps its own: a six-day school week', async () => {
    renderAt(device, `/kelola/unit/${UNIT}`, <UnitsSection />);
    await screen.findByRole('heading', { name: 'Kelurahan Ketintang' });
    expect(details()?.textContent).toContain(
      'Senin–Jumat, 08.00–16.00, Jumat sampai 16.30 (mengikuti Kecamatan Gayungan)',
    );
    expect(screen.getByText(/^Sekarang: Senin–Jumat, 08\.00–16\.00/).textContent).toContain(
      'mengikuti Kecamatan Gayungan',
    );
    expect(screen.queryByLabelText('Jam masuk')).toBeNull();

    fireEvent.click(ownHours());
    // It starts from the hours it followed.
    expect(field('Jam masuk').value).toBe('08:00');
    expect((screen.getByLabelText('Jumat') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Sabtu'));
    type('Jam masuk', '07:00');
    type('Jam pulang', '13:30');
    type('Jam pulang hari Jumat', '11:00');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await screen.findByText('Perubahan tersimpan.');
    expect(await device.db.get(`unit:${UNIT}`)).toMatchObject({
      workHours: { days: [1, 2, 3, 4, 5, 6], start: '07:00', end: '13:30', fridayEnd: '11:00' },
    });
    await waitFor(() =>
      expect(details()?.textContent).toContain('Senin–Sabtu, 07.00–13.30, Jumat sampai 11.00'),
    );
    expect(details()?.textContent).not.toContain('mengikuti');
  });

  it('refuse a day ending before it starts and a week without days, next to the field, writing nothing', async () => {
    renderAt(device, `/kelola/unit/${KECAMATAN}`, <UnitsSection />);
    await screen.findByRole('heading', { name: 'Kecamatan Gayungan' });
    expect(ownHours()).toHaveProperty('checked', true);
    type('Jam pulang', '07:00');
    for (const day of ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'])
      fireEvent.click(screen.getByLabelText(day));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    expect(describedText(field('Jam pulang'))).toContain('Jam pulang harus setelah jam masuk.');
    const days = screen.getByRole('group', { name: 'Hari kerja' });
    expect(describedText(days)).toContain('Pilih paling sedikit satu hari kerja.');
    // Friday is not a working day any more: no Friday end to ask for.
    expect(screen.queryByLabelText('Jam pulang hari Jumat')).toBeNull();
    expect(field('Jam pulang').value).toBe('07:00');
    expect(await device.db.get(`unit:${KECAMATAN}`)).toMatchObject({ workHours: KECAMATAN_HOURS });
  });

  it('cleared, follow the common working hours at the top', async () => {
    renderAt(device, `/kelola/unit/${KECAMATAN}`, <UnitsSection />);
    await screen.findByRole('heading', { name: 'Kecamatan Gayungan' });
    fireEvent.click(ownHours());
    expect(screen.getByText(/^Sekarang: /).textContent).toBe(
      'Sekarang: Senin–Jumat, 07.30–16.00, Jumat sampai 16.30, jam kerja umum.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await screen.findByText('Perubahan tersimpan.');
    expect(await device.db.get(`unit:${KECAMATAN}`)).not.toHaveProperty('workHours');
    await waitFor(() => expect(details()?.textContent).toContain('(jam kerja umum)'));
  });
});

describe('offline', () => {
  it('keeps the units visible and every change control disabled', async () => {
    useSyncStore.setState({ state: 'offline' });
    renderAt(device, '/kelola/unit', <UnitsSection />);
    expect(await screen.findByRole('link', { name: 'Kelurahan Ketintang' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Unit baru' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("keeps a unit's page readable, its forms disabled", async () => {
    useSyncStore.setState({ state: 'offline' });
    renderAt(device, `/kelola/unit/${UNIT}`, <UnitsSection />);
    await screen.findByRole('heading', { name: 'Kelurahan Ketintang' });
    expect(field('Nama unit').disabled).toBe(true);
    expect(field('Nama unit').value).toBe('Kelurahan Ketintang');
    expect(
      screen
        .getByLabelText('Unit ini punya jam kerja sendiri', { exact: false })
        .matches(':disabled'),
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Simpan perubahan' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect((screen.getByRole('button', { name: 'Tutup unit' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
