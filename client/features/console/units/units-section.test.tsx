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
      (screen.getByRole('button', { name: 'Simpan perubahan' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect((screen.getByRole('button', { name: 'Tutup unit' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
