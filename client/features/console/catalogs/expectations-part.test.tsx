// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExpectationDoc } from '../../../core/schemas/reference';
import { makeCatalog, makeExpectation } from '../../../core/testing/factories';
import {
  closeSections,
  renderSection,
  setConsoleOffline,
  type ConsoleDevice,
} from '../periods/testing/console-device';
import { CatalogsSection } from './catalogs-section';

const SAME_DAY = 'Menyelesaikan layanan surat keterangan pada hari yang sama.';
const ON_TIME = 'Hadir tepat waktu dan mencatat progres harian setiap hari.';
const DOCS = [
  makeCatalog({ code: 'rapat', name: 'Rapat koordinasi' }),
  makeExpectation({
    code: 'pelayanan-1',
    value: 'berorientasi-pelayanan',
    text: SAME_DAY,
    jenisJabatan: ['pelaksana'],
  }),
  makeExpectation({ code: 'akuntabel-1', value: 'akuntabel', text: ON_TIME }),
];
const device = (path = '/kelola/katalog/ekspektasi') =>
  renderSection(<CatalogsSection />, DOCS, path);
afterEach(closeSections);

const texts = async (d: ConsoleDevice) =>
  (
    await d.db.allDocs({
      startkey: 'expectation:',
      endkey: 'expectation:\ufff0',
      include_docs: true,
    })
  ).rows.map((r) => r.doc as unknown as ExpectationDoc);

describe('Katalog → Ekspektasi perilaku', () => {
  it('is the second part of the catalog, listing the texts with their value and jenis', async () => {
    await device('/kelola/katalog');
    await screen.findByRole('rowheader', { name: 'Rapat koordinasi' });
    fireEvent.click(screen.getByRole('link', { name: 'Ekspektasi perilaku' }));
    const row = (await screen.findByRole('rowheader', { name: SAME_DAY })).closest('tr')!;
    expect(within(row).getByText('Berorientasi Pelayanan')).toBeTruthy();
    expect(within(row).getByText('Pelaksana')).toBeTruthy();
    const other = screen.getByRole('rowheader', { name: ON_TIME }).closest('tr')!;
    expect(within(other).getByText('Semua jenis jabatan')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Ekspektasi perilaku' }).getAttribute('aria-current'),
    ).toBe('page');
    fireEvent.change(screen.getByLabelText('Nilai BerAKHLAK'), { target: { value: 'akuntabel' } });
    expect(screen.queryByRole('rowheader', { name: SAME_DAY })).toBeNull();
    expect(screen.getByRole('rowheader', { name: ON_TIME })).toBeTruthy();
  });

  it('creates a text for the heads, after the missing fields are shown next to them', async () => {
    const d = await device();
    fireEvent.click(await screen.findByRole('button', { name: 'Teks ekspektasi baru' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Struktural' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Pilih nilai BerAKHLAK.')).toBeTruthy();
    expect(screen.getByText('Isi teks ekspektasi.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Struktural' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.change(screen.getByLabelText('Nilai BerAKHLAK'), {
      target: { value: 'kolaboratif' },
    });
    fireEvent.change(screen.getByLabelText('Teks ekspektasi'), {
      target: { value: 'Menggerakkan tim lintas bidang untuk sasaran unit.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Teks ekspektasi untuk Kolaboratif disimpan.')).toBeTruthy();
    expect(
      await screen.findByRole('rowheader', {
        name: 'Menggerakkan tim lintas bidang untuk sasaran unit.',
      }),
    ).toBeTruthy();
    expect((await texts(d)).find((x) => x.value === 'kolaboratif')).toMatchObject({
      text: 'Menggerakkan tim lintas bidang untuk sasaran unit.',
      jenisJabatan: ['struktural'],
    });
  });

  it('edits a text and archives it, then restores it', async () => {
    const d = await device();
    fireEvent.click(await screen.findByRole('button', { name: `Ubah: ${ON_TIME}` }));
    const text = await screen.findByLabelText('Teks ekspektasi');
    fireEvent.change(text, { target: { value: 'Hadir pukul 07.00 setiap hari kerja.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Teks ekspektasi untuk Akuntabel disimpan.')).toBeTruthy();
    const edited = 'Hadir pukul 07.00 setiap hari kerja.';
    fireEvent.click(await screen.findByRole('button', { name: `Arsipkan: ${edited}` }));
    expect(await screen.findByText(/Teks ekspektasi diarsipkan/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: edited })).toBeNull());
    expect((await texts(d)).find((x) => x.code === 'akuntabel-1')).toMatchObject({
      text: edited,
      archived: true,
    });
    fireEvent.click(screen.getByLabelText('Tampilkan yang diarsipkan'));
    fireEvent.click(await screen.findByRole('button', { name: `Pulihkan: ${edited}` }));
    expect(await screen.findByText('Teks ekspektasi dipulihkan.')).toBeTruthy();
    expect((await texts(d)).find((x) => x.code === 'akuntabel-1')?.archived).toBeUndefined();
  });

  it('offline shows the texts and a text read-only', async () => {
    setConsoleOffline(true);
    await device();
    await screen.findByRole('rowheader', { name: ON_TIME });
    expect(
      (screen.getByRole('button', { name: 'Teks ekspektasi baru' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: `Arsipkan: ${ON_TIME}` }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: `Ubah: ${ON_TIME}` }));
    const text = (await screen.findByLabelText('Teks ekspektasi')) as HTMLTextAreaElement;
    expect(text.value).toBe(ON_TIME);
    expect(text.matches(':disabled')).toBe(true);
    expect((screen.getByRole('button', { name: 'Simpan' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
