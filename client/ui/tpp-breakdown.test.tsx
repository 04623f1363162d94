// @vitest-environment jsdom
// The TPP breakdown from props, as the employee's Kehadiran and the head's team page show it: the
// daily cap where it cut, a day of tanpa keterangan, an amount in rupiah only with a base for the
// person's kelas jabatan, and the rules in force.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { attendanceMonth } from '../core/attendance';
import { makeAttendance } from '../core/testing/factories';
import { DEFAULT_TPP_SETTINGS, tppMonth } from '../core/tpp';
import { usePrefsStore } from './prefs-store';
import { TppBreakdown } from './tpp-breakdown';

afterEach(() => {
  cleanup();
  act(() => usePrefsStore.setState({ lang: 'id' }));
});

// April 2026: on the 7th late 95 minutes and no check-out (5% before the 2.5% cap); the 8th absent.
const MONTH = attendanceMonth(
  makeAttendance({ month: '2026-04' }, [
    { date: '2026-04-07', in: '09:05', out: null },
    { date: '2026-04-08', status: 'tanpa-keterangan', in: null, out: null },
  ]),
  [],
);
const RULES = { ...DEFAULT_TPP_SETTINGS, bases: { '9': 4_000_000 } };

describe('TppBreakdown', () => {
  it('lists each costly day with its reasons, and the cap where it cut', () => {
    render(<TppBreakdown tpp={tppMonth(MONTH, RULES)} rules={RULES} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Potongan per hari' })).toBeTruthy();
    expect(screen.getByText('Selasa, 7 April 2026: 2,5%')).toBeTruthy();
    expect(screen.getByText('Terlambat 95 menit: 2,5%')).toBeTruthy();
    expect(screen.getByText('Tidak ada presensi pulang: 2,5%')).toBeTruthy();
    expect(screen.getByText('Dibatasi paling banyak 2,5% per hari')).toBeTruthy();
    expect(screen.getByText('Rabu, 8 April 2026: 3%')).toBeTruthy();
    expect(screen.getByText('Tidak masuk tanpa keterangan: 3%')).toBeTruthy();
    // 5.5% of the 40% discipline component: 2.2% of the TPP.
    expect(screen.getByText('97,8% dari TPP')).toBeTruthy();
    expect(screen.queryByText(/Rp/)).toBeNull();
  });

  it('says the daily cap the rules set, under the heading level the page asks for', () => {
    // The head's page puts the days under its own "Potongan TPP" heading.
    const rules = { ...RULES, dailyCapPct: 2 };
    render(<TppBreakdown tpp={tppMonth(MONTH, rules)} rules={rules} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Potongan per hari' })).toBeTruthy();
    expect(screen.getByText('Selasa, 7 April 2026: 2%')).toBeTruthy();
    expect(screen.getByText('Dibatasi paling banyak 2% per hari')).toBeTruthy();
    expect(screen.queryByText('Dibatasi paling banyak 2,5% per hari')).toBeNull();
  });

  it('shows an amount in rupiah when the person’s kelas jabatan has a base', () => {
    render(<TppBreakdown tpp={tppMonth(MONTH, RULES, 9)} rules={RULES} kelasJabatan={9} />);
    const facts = screen.getByText('TPP kelas jabatan 9').closest('dl') as HTMLElement;
    expect(within(facts).getByText(/^Rp\s?4\.000\.000$/)).toBeTruthy();
    // 2.2% of Rp 4,000,000.
    expect(within(facts).getByText(/^Rp\s?88\.000$/)).toBeTruthy();
  });

  it('opens the rules in force: the brackets and what deducts nothing', () => {
    render(<TppBreakdown tpp={tppMonth(null, RULES)} rules={RULES} />);
    expect(screen.getByText('Tidak ada potongan bulan ini.')).toBeTruthy();
    fireEvent.click(screen.getByText('Aturan TPP yang berlaku (Perkada)'));
    const late = screen.getByRole('table', { name: 'Terlambat masuk' });
    expect(
      within(late)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'MenitPotongan',
      '1–30 menit0,5%',
      '31–60 menit1%',
      '61–90 menit1,25%',
      'lebih dari 90 menit2,5%',
    ]);
    expect(
      screen.getByText('Tidak dipotong: Izin, Sakit, Cuti, Dinas luar, Tugas belajar, Libur'),
    ).toBeTruthy();
  });

  it('reads in English', () => {
    act(() => usePrefsStore.setState({ lang: 'en' }));
    render(<TppBreakdown tpp={tppMonth(MONTH, RULES)} rules={RULES} />);
    expect(screen.getByText('Late by 95 minutes: 2.5%')).toBeTruthy();
    expect(screen.getByText('Capped at 2.5% a day')).toBeTruthy();
    expect(screen.getByText('97.8% of the TPP')).toBeTruthy();
  });
});
