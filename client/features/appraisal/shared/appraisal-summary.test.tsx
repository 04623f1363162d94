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

const logged = (date: string, realisasi: number, status = 'approved') => ({
  id: `activity:1:${date}:x`,
  date,
  start: '08:00',
  end: '10:00',
  rhkId: 'rhk-1',
  ikiId: 'iki-1-1',
  kegiatan: 'Menyusun modul ajar',
  realisasi,
  satuan: 'dokumen',
  status,
});

const ctx = (withSkp: boolean, activities: unknown[] = []) =>
  ({
    period: { kind: 'quarterly', year: 2025, start: '2025-01-01', end: '2025-03-31' },
    plan: { skp: withSkp ? skp : null, approval: null, status: withSkp ? 'submitted' : 'none' },
    activities,
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
    within(hasil).getByText(/target periode 5.9 dokumen; belum ada progres harian/);
    // Rated, but no longer in the SKP: still listed by number.
    within(hasil).getByText('RHK 3 (uraian SKP tidak ada di perangkat ini)');
  });

  it('shows what the period’s logs achieved against the same period target', () => {
    // 24 a year prorated to the quarter's 90 days: 5.9. Drafts do not count, returned ones do.
    const acts = [
      logged('2025-01-10', 3),
      logged('2025-02-10', 4, 'returned'),
      logged('2025-03-10', 9, 'draft'),
      logged('2025-04-02', 9),
    ];
    render(<AppraisalSummary ctx={ctx(true, acts)} appraisal={appraisal} />);
    const hasil = screen.getByRole('region', { name: 'Hasil Kerja' });
    within(hasil).getByText('realisasi 7 dari target periode 5,9 dokumen (119%)');
  });

  it('shows a cited photo as its thumbnail, described by its activity, not by its file name', () => {
    const thumb = 'data:image/jpeg;base64,/9j/AAAA';
    const act = {
      ...logged('2025-02-10', 2),
      photos: [{ id: 'photo:1:x:0', name: 'foto-mx821i4e-0.jpg', thumb }],
    };
    const cited = {
      ...appraisal,
      rhk: { 'rhk-1': { ...item('Lengkap.'), evidence: [`${act.id}#foto-mx821i4e-0.jpg`] } },
    } as unknown as AppraisalRow;
    render(<AppraisalSummary ctx={ctx(true, [act])} appraisal={cited} />);
    const evidence = screen.getByRole('list', { name: 'Bukti dukung' });
    const img = within(evidence).getByRole('img', {
      name: /^Foto bukti kegiatan .*: Menyusun modul ajar$/,
    });
    expect(img.getAttribute('src')).toBe(thumb);
    expect(screen.queryByText(/foto-mx821i4e-0\.jpg/)).toBeNull();
  });

  it('says in one line how much cited evidence is kept on other devices (the atasan’s view)', () => {
    const cited = {
      ...appraisal,
      rhk: {
        'rhk-1': { ...item('Lengkap.'), evidence: ['activity:1:2025-02-10:a', 'feedback:1:b'] },
      },
    } as unknown as AppraisalRow;
    render(<AppraisalSummary ctx={ctx(true)} appraisal={cited} />);
    const evidence = screen.getByRole('list', { name: 'Bukti dukung' });
    expect(
      within(evidence)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '2 bukti dukung (progres harian atau umpan balik) yang disimpan pada perangkat pegawai dan penilainya, tidak pada perangkat ini',
    ]);
  });

  it('lists the rated RHK by number when the SKP is not on the device', () => {
    render(<AppraisalSummary ctx={ctx(false)} appraisal={appraisal} />);
    screen.getByText('RHK 1 (uraian SKP tidak ada di perangkat ini)');
    screen.getByText('Modul ajar lengkap.');
    expect(screen.queryByText('Jumlah modul ajar')).toBeNull();
  });
});
