// @vitest-environment jsdom
// The three aspects as a person reads them: each with its summary, ratings and figures in words,
// "Cara dihitung" folded until opened, Beranda's compact form, English, and no axe violations.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { attendanceMonth } from '../core/attendance';
import {
  makeActivity,
  makeAttendance,
  makeFeedback,
  makeFinalAppraisal,
  makeSkp,
  makeVerification,
  ratedItem,
} from '../core/testing/factories';
import { threeAspects, type AspectSources } from '../core/three-aspects';
import { usePrefsStore } from './prefs-store';
import { ThreeAspectsGrid } from './three-aspects';

afterEach(() => {
  cleanup();
  usePrefsStore.setState({ lang: 'id' });
});

const Q2 = { start: '2026-04-01', end: '2026-06-30' };
const approved = [1, 2, 3].map(() => makeActivity({ status: 'submitted', round: 1 }));
const returned = makeActivity({ date: '2026-05-13', status: 'draft', round: 1 });
const SOURCES: AspectSources = {
  // April: 22 working days, late twice (15 and 40 minutes), one day of sick leave.
  attendance: [
    attendanceMonth(
      makeAttendance({ month: '2026-04' }, [
        { date: '2026-04-06', in: '07:45' },
        { date: '2026-04-07', in: '08:10' },
        { date: '2026-04-09', status: 'sakit', in: null, out: null },
      ]),
      [],
    ),
  ],
  activities: [...approved, returned],
  verifications: [
    ...approved.map((a) => makeVerification(a)),
    makeVerification(returned, { decision: 'returned', note: 'Lampirkan notulen.' }),
  ],
  rhk: makeSkp({
    rhk: [{ ...makeSkp().rhk[0]!, parentRhkId: 'atasan-1' }],
  }).rhk,
  parentRhk: [{ id: 'atasan-1' }],
  praktikBaik: [],
  feedback: [makeFeedback({ date: '2026-05-14', value: 'kolaboratif' })],
};
const FINAL = makeFinalAppraisal('di-atas', 'sesuai', {
  perilaku: { kolaboratif: ratedItem('di-atas') },
});

function show(compact = false) {
  render(
    <main>
      <ThreeAspectsGrid
        compact={compact}
        aspects={threeAspects(SOURCES, { range: Q2, appraisal: FINAL, view: 'employee' })}
      />
    </main>,
  );
}

/** The value next to a label in an aspect's facts. */
function fact(region: HTMLElement, label: string): string | null | undefined {
  return within(region).getByText(label).closest('div')?.querySelector('dd')?.textContent;
}

describe('the three aspects', () => {
  it('shows each aspect’s summary, ratings and figures in words', () => {
    show();
    const attendance = screen.getByRole('region', { name: 'Kehadiran' });
    within(attendance).getByText('Hadir 21 dari 22 hari kerja');
    expect(fact(attendance, 'Terlambat (TL)')).toBe('2 hari, 55 menit');
    expect(fact(attendance, 'Sakit')).toBe('1 hari');
    expect(fact(attendance, 'Tanpa keterangan')).toBe('0 hari');

    const quality = screen.getByRole('region', { name: 'Kualitas pekerjaan' });
    within(quality).getByText('3 dari 4 kegiatan disetujui tanpa dikembalikan');
    expect(fact(quality, 'Hasil Kerja')).toBe('Di Atas Ekspektasi');
    expect(fact(quality, 'Dikembalikan atau diajukan ulang')).toBe('1 kegiatan');

    const team = screen.getByRole('region', { name: 'Kontribusi terhadap tim' });
    within(team).getByText('1 dari 1 RHK mengintervensi RHK atasan');
    expect(fact(team, 'Kolaboratif')).toBe('Di Atas Ekspektasi');
    expect(fact(team, 'Harmonis')).toBe('Belum dinilai');
    expect(fact(team, 'Apresiasi diterima')).toBe('1 (1 tentang Kolaboratif atau Harmonis)');
  });

  it('folds "Cara dihitung" under each aspect until it is opened', () => {
    show();
    const attendance = screen.getByRole('region', { name: 'Kehadiran' });
    const details = within(attendance).getByText('Cara dihitung').closest('details');
    expect(details?.open).toBe(false);
    fireEvent.click(within(attendance).getByText('Cara dihitung'));
    expect(details?.open).toBe(true);
    within(details as HTMLElement).getByText(/^Hadir = hari hadir dan dinas luar/);
    within(details as HTMLElement).getByText(/\(1 bulan\)/);
  });

  it('on Beranda keeps the summaries in sight and folds the figures with the explanation', () => {
    show(true);
    const quality = screen.getByRole('region', { name: 'Kualitas pekerjaan' });
    within(quality).getByText('3 dari 4 kegiatan disetujui tanpa dikembalikan');
    const details = within(quality).getByText('Cara dihitung').closest('details');
    expect(within(quality).getByText('Menunggu verifikasi').closest('details')).toBe(details);
  });

  it('speaks English', () => {
    usePrefsStore.setState({ lang: 'en' });
    show();
    const attendance = screen.getByRole('region', { name: 'Attendance' });
    within(attendance).getByText('Present 21 of 22 working days');
    expect(fact(attendance, 'Late arrival (TL)')).toBe('2 days, 55 minutes');
    expect(fact(attendance, 'Sick')).toBe('1 day');
    const quality = screen.getByRole('region', { name: 'Work quality' });
    within(quality).getByText('3 of 4 activities approved without being returned');
    expect(fact(quality, 'Work results')).toBe('Above expectation');
    const team = screen.getByRole('region', { name: 'Contribution to the team' });
    within(team).getAllByText('How it is computed');
  });

  it('has no axe violations', async () => {
    show();
    const result = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
