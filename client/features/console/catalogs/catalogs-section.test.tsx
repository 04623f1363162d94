// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../../core/ids';
import type { CatalogDoc } from '../../../core/schemas/reference';
import { makeCatalog, makeEmployee, NIP } from '../../../core/testing/factories';
import {
  closeSections,
  renderSection,
  setConsoleOffline,
  type ConsoleDevice,
} from '../periods/testing/console-device';
import { CatalogsSection } from './catalogs-section';

const DOCS = [
  makeEmployee({ position: 'Guru Kelas' }),
  makeEmployee({ nip: NIP.staffA2, position: 'Staf Pelayanan' }),
  makeCatalog({ code: 'rapat', name: 'Rapat koordinasi' }),
  makeCatalog({
    code: 'adminduk',
    name: 'Memverifikasi berkas administrasi kependudukan',
    satuan: 'berkas',
    positions: ['Staf Pelayanan'],
  }),
];
const device = (path = '/kelola/katalog') => renderSection(<CatalogsSection />, DOCS, path);
afterEach(closeSections);

const stored = async (d: ConsoleDevice, code: string) =>
  (await d.db.get(ids.catalog(code))) as unknown as CatalogDoc;

describe('CatalogsSection', () => {
  it('lists the templates with their jabatan and finds them by a search', async () => {
    await device();
    const row = (await screen.findByRole('rowheader', { name: /Memverifikasi berkas/ })).closest(
      'tr',
    )!;
    expect(within(row).getByText('Staf Pelayanan')).toBeTruthy();
    const meeting = screen.getByRole('rowheader', { name: 'Rapat koordinasi' }).closest('tr')!;
    expect(within(meeting).getByText('Semua pegawai')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Cari templat/), { target: { value: 'pelayanan' } });
    expect(screen.queryByRole('rowheader', { name: 'Rapat koordinasi' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: /Memverifikasi berkas/ })).toBeTruthy();
  });

  it('creates a template for the teachers, after a wrong code shown next to its field', async () => {
    const d = await device('/kelola/katalog/baru');
    const code = await screen.findByLabelText(/^Kode/);
    fireEvent.change(code, { target: { value: 'Modul Ajar' } });
    fireEvent.change(screen.getByLabelText('Nama kegiatan'), {
      target: { value: 'Menyusun modul ajar' },
    });
    fireEvent.change(screen.getByLabelText('Satuan'), { target: { value: 'dokumen' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Guru Kelas' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText(/^Kode hanya boleh huruf kecil/)).toBeTruthy();
    expect((code as HTMLInputElement).value).toBe('Modul Ajar');
    expect((screen.getByLabelText('Nama kegiatan') as HTMLInputElement).value).toBe(
      'Menyusun modul ajar',
    );
    expect((screen.getByRole('checkbox', { name: 'Guru Kelas' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.change(code, { target: { value: 'modul-ajar' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Templat Menyusun modul ajar disimpan.')).toBeTruthy();
    expect(await stored(d, 'modul-ajar')).toMatchObject({
      name: 'Menyusun modul ajar',
      satuan: 'dokumen',
      positions: ['Guru Kelas'],
    });
  });

  it('refuses a code already in use next to the field, keeping what was typed', async () => {
    await device('/kelola/katalog/baru');
    fireEvent.change(await screen.findByLabelText(/^Kode/), { target: { value: 'rapat' } });
    fireEvent.change(screen.getByLabelText('Nama kegiatan'), { target: { value: 'Rapat dinas' } });
    fireEvent.change(screen.getByLabelText('Satuan'), { target: { value: 'kegiatan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    const error = await screen.findByText('Kode ini sudah dipakai templat lain');
    expect(error.id).toBe(
      screen.getByLabelText(/^Kode/).getAttribute('aria-describedby')?.split(' ')[1],
    );
    expect((screen.getByLabelText('Nama kegiatan') as HTMLInputElement).value).toBe('Rapat dinas');
  });

  it('refuses a code that names a page of the catalog, next to the field', async () => {
    await device('/kelola/katalog/baru');
    fireEvent.change(await screen.findByLabelText(/^Kode/), { target: { value: 'ekspektasi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText(/^Kode ini dipakai halaman katalog sendiri/)).toBeTruthy();
    expect((screen.getByLabelText(/^Kode/) as HTMLInputElement).value).toBe('ekspektasi');
  });

  it('archives a template and restores it', async () => {
    const d = await device();
    fireEvent.click(await screen.findByRole('button', { name: 'Arsipkan: Rapat koordinasi' }));
    expect(await screen.findByText(/Rapat koordinasi diarsipkan/)).toBeTruthy();
    expect((await stored(d, 'rapat')).archived).toBe(true);
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'Rapat koordinasi' })).toBeNull(),
    );
    fireEvent.click(screen.getByLabelText('Tampilkan yang diarsipkan'));
    fireEvent.click(await screen.findByRole('button', { name: 'Pulihkan: Rapat koordinasi' }));
    expect(await screen.findByText('Rapat koordinasi dipulihkan.')).toBeTruthy();
    expect((await stored(d, 'rapat')).archived).toBeUndefined();
  });

  it('offline shows the catalog and a template read-only', async () => {
    setConsoleOffline(true);
    await device();
    await screen.findByRole('rowheader', { name: 'Rapat koordinasi' });
    expect(
      (screen.getByRole('button', { name: 'Templat baru' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Arsipkan: Rapat koordinasi' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ubah: Rapat koordinasi' }));
    const name = (await screen.findByLabelText('Nama kegiatan')) as HTMLInputElement;
    expect(name.value).toBe('Rapat koordinasi');
    expect(name.matches(':disabled')).toBe(true);
    expect((screen.getByRole('button', { name: 'Simpan' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
