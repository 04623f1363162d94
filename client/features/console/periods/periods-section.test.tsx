// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildYearPeriods } from '../../../core/periods';
import { makePeriod } from '../../../core/testing/factories';
import { PeriodsSection } from './periods-section';
import { closeSections, renderSection, setConsoleOffline } from './testing/console-device';

const device = (docs = buildYearPeriods(2026)) =>
  renderSection(<PeriodsSection />, docs, '/kelola/periode');
afterEach(closeSections);

const rowOf = async (name: string) =>
  (await screen.findByRole('rowheader', { name })).closest('tr')!;

describe('PeriodsSection', () => {
  it('lists a year with its quarters, closes one after saying what closing locks, and reopens it', async () => {
    await device();
    const q1 = await rowOf('Triwulan I 2026');
    expect(within(q1).getByText('Dibuka')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Tahun 2026' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Tahun 2026' })).toBeTruthy();
    fireEvent.click(within(q1).getByRole('button', { name: 'Tutup periode' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/mengunci penilaian dan kegiatan/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ya, tutup periode' }));
    expect(await screen.findByText('Triwulan I 2026 ditutup.')).toBeTruthy();
    const closed = await rowOf('Triwulan I 2026');
    expect(await within(closed).findByText('Ditutup')).toBeTruthy();
    fireEvent.click(within(closed).getByRole('button', { name: 'Buka kembali' }));
    expect(await within(await rowOf('Triwulan I 2026')).findByText('Dibuka')).toBeTruthy();
  });

  it('opens a year, and names a wrong year next to the field keeping what was typed', async () => {
    await device();
    const year = screen.getByLabelText('Tahun');
    fireEvent.change(year, { target: { value: '20x7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka tahun' }));
    expect(await screen.findByText('Isi tahun empat angka antara 2000 dan 2100.')).toBeTruthy();
    expect((year as HTMLInputElement).value).toBe('20x7');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(year, { target: { value: '2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka tahun' }));
    expect(await screen.findByText(/Tahun 2027 dibuka/)).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Triwulan IV 2027' })).toBeTruthy();
  });

  it('sets a batas pengisian, refusing a date too late next to the field with the date kept', async () => {
    await device();
    const q1 = await rowOf('Triwulan I 2026');
    expect(within(q1).getByText('Tidak ada')).toBeTruthy();
    fireEvent.click(within(q1).getByRole('button', { name: 'Atur batas pengisian' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByLabelText('Batas pengisian');
    fireEvent.change(field, { target: { value: '2026-07-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByText(/^Pilih tanggal antara /)).toBeTruthy();
    expect((field as HTMLInputElement).value).toBe('2026-07-01');
    fireEvent.change(field, { target: { value: '2026-04-10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Batas pengisian Triwulan I 2026 disimpan.')).toBeTruthy();
    expect(await within(await rowOf('Triwulan I 2026')).findByText(/10 Apr 2026/)).toBeTruthy();
  });

  it('offline shows the periods with every change control disabled', async () => {
    setConsoleOffline(true);
    await device([makePeriod({ submitBy: '2027-01-15' })]);
    const row = await rowOf('Tahun 2026');
    expect(within(row).getByText(/15 Jan 2027/)).toBeTruthy();
    for (const button of within(row).getAllByRole('button'))
      expect((button as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Buka tahun' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
