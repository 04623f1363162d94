// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTraining } from '../../../core/testing/factories';
import { useSessionStore } from '../../../data/session-store';
import { eventually } from '../../../data/testing/eventually';
import {
  closeSections,
  renderSection,
  sectionViolations,
  signInUnitPengelola,
} from '../periods/testing/console-device';
import { CatalogsSection } from './catalogs-section';

const DOCS = [
  makeTraining({
    trainingId: 'manajemen-waktu',
    title: 'Manajemen Waktu',
    seats: null,
    start: null,
    end: null,
  }),
  makeTraining({ trainingId: 'arsip-lama', title: 'Arsip Lama', archived: true }),
];
const device = (path = '/kelola/katalog/pengembangan') =>
  renderSection(<CatalogsSection />, DOCS, path);
afterEach(async () => {
  useSessionStore.setState({ user: null });
  await closeSections();
});

describe('Katalog pengembangan', () => {
  it('lists the offered activities, archived ones on request', async () => {
    await device();
    const row = (await screen.findByRole('rowheader', { name: 'Manajemen Waktu' })).closest('tr')!;
    expect(within(row).getByText('Sepanjang tahun')).toBeTruthy();
    expect(within(row).getByText('Tanpa batas')).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'Arsip Lama' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Tampilkan yang diarsipkan'));
    expect(await screen.findByRole('rowheader', { name: 'Arsip Lama' })).toBeTruthy();
  });

  it('keeps what was typed with the reasons next to the fields', async () => {
    await device('/kelola/katalog/pengembangan/baru');
    await screen.findByLabelText('Nama kegiatan');
    fireEvent.change(screen.getByLabelText(/^JP/), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('Tanggal mulai'), { target: { value: '2026-06-10' } });
    fireEvent.change(screen.getByLabelText('Tanggal selesai'), { target: { value: '2026-06-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Isi nama kegiatan.')).toBeTruthy();
    expect(screen.getByText('Isi JP berupa bilangan bulat dari 1 sampai 400.')).toBeTruthy();
    expect(screen.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai.')).toBeTruthy();
    expect(screen.getByText('Pilih paling sedikit satu kelemahan yang ditangani.')).toBeTruthy();
    expect((screen.getByLabelText('Tanggal mulai') as HTMLInputElement).value).toBe('2026-06-10');
  });

  it('has no axe violations with the reasons shown', async () => {
    await device('/kelola/katalog/pengembangan/baru');
    await screen.findByLabelText('Nama kegiatan');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Isi nama kegiatan.');
    expect(await sectionViolations()).toEqual([]);
  });

  it('adds an activity under a code from its title', async () => {
    const { db } = await device('/kelola/katalog/pengembangan/baru');
    const title = (await screen.findByLabelText('Nama kegiatan')) as HTMLInputElement;
    fireEvent.change(screen.getByLabelText('Tanggal mulai'), { target: { value: '2026-06-10' } });
    fireEvent.change(title, { target: { value: 'Literasi Digital' } });
    fireEvent.change(screen.getByLabelText(/^JP/), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Tanggal selesai'), { target: { value: '2026-06-12' } });
    fireEvent.change(screen.getByLabelText('Bentuk pengembangan'), {
      target: { value: 'e-learning' },
    });
    fireEvent.change(screen.getByLabelText('Jumlah kursi'), { target: { value: '40' } });
    fireEvent.click(screen.getByLabelText('Hasil Kerja'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Literasi Digital disimpan di katalog.')).toBeTruthy();
    expect(await db.get('training:literasi-digital')).toMatchObject({
      title: 'Literasi Digital',
      form: 'e-learning',
      jp: 12,
      seats: 40,
      start: '2026-06-10',
      end: '2026-06-12',
      focus: ['hasil-kerja'],
    });
  });

  it('archives an activity', async () => {
    const { db } = await device();
    fireEvent.click(await screen.findByRole('button', { name: 'Arsipkan: Manajemen Waktu' }));
    expect(
      await screen.findByText('Manajemen Waktu diarsipkan: tidak ditawarkan lagi.'),
    ).toBeTruthy();
    expect(await db.get('training:manajemen-waktu')).toMatchObject({ archived: true });
  });

  it('is read-only for a Pengelola of one unit', async () => {
    signInUnitPengelola();
    await device();
    expect(await screen.findByText(/Hanya Pengelola Kinerja seluruh organisasi/)).toBeTruthy();
    await eventually(() =>
      expect(
        (screen.getByRole('button', { name: 'Kegiatan baru' }) as HTMLButtonElement).disabled,
      ).toBe(true),
    );
    expect(
      (
        (await screen.findByRole('button', {
          name: 'Arsipkan: Manajemen Waktu',
        })) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
  });
});
