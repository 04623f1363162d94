// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppraisalContext } from '../../../data/queries/appraisal-queries';
import type { AppraisalRow } from '../../../data/read-model';
import { AppraisalSummary } from './appraisal-summary';

afterEach(cleanup);

const item = (note: string) => ({
  rating: 'sesuai' as const,
  note,
  evidence: [],
  updatedAt: '2025-04-03T01:00:00.000Z',
});

const skp = {
  rhk: [
    {
      id: 'rhk-1',
      kind: 'utama' as const,
      text: 'Tersusunnya perencanaan pembelajaran kelas 4A',
      parentRhkId: null,
      iki: [
        {
          id: 'iki-1-1',
          aspect: 'kuantitas' as const,
          text: 'Jumlah modul ajar',
          target: 24,
          satuan: 'dokumen',
        },
      ],
    },
  ],
};

const ctx = (withSkp: boolean) =>
  ({
    period: { kind: 'quarterly', year: 2025, start: '2025-01-01', end: '2025-03-31' },
    plan: { skp: withSkp ? skp : null, approval: null, status: withSkp ? 'submitted' : 'none' },
    activities: [],
    feedback: [],
  }) as unknown as AppraisalContext;

const appraisal = {
  rhk: { 'rhk-1': item('Modul ajar lengkap.'), 'rhk-3': item('Asesmen rutin.') },
  hasilKerja: item(''),
  perilaku: {},
  perilakuOverall: item(''),
} as unknown as AppraisalRow;

describe('AppraisalSummary', () => {
  it('shows each rated RHK with its text and IKI from the SKP on the device', () => {
    render(<AppraisalSummary ctx={ctx(true)} appraisal={appraisal} />);
    const hasil = screen.getByRole('region', { name: 'Hasil Kerja' });
    within(hasil).getByText('Tersusunnya perencanaan pembelajaran kelas 4A');
    within(hasil).getByText('Jumlah modul ajar');
    within(hasil).getByText(/target periode 5.9 dokumen/);
    // Rated, but no longer in the SKP: still listed by number.
    within(hasil).getByText('RHK 3 (uraian SKP tidak ada di perangkat ini)');
  });

  it('lists the rated RHK by number when the SKP is not on the device', () => {
    render(<AppraisalSummary ctx={ctx(false)} appraisal={appraisal} />);
    screen.getByText('RHK 1 (uraian SKP tidak ada di perangkat ini)');
    screen.getByText('Modul ajar lengkap.');
    expect(screen.queryByText('Jumlah modul ajar')).toBeNull();
  });
});
