import { describe, expect, it } from 'vitest';
import { allTopHint, haloHint, teamLeniencyHint } from './fairness';
import { recommendTrainings, weakAreas } from './recommendations';
import { BERAKHLAK, type Rating } from './vocabulary';

const allValues = (rating: Rating) => Object.fromEntries(BERAKHLAK.map((v) => [v, { rating }]));

describe('bias hints', () => {
  it('flags halo only when all seven values carry the same rating', () => {
    expect(haloHint(allValues('di-atas'))).toEqual({ code: 'halo', rating: 'di-atas' });
    expect(haloHint({ ...allValues('sesuai'), loyal: { rating: 'di-atas' } })).toBeNull();
    expect(haloHint({ akuntabel: { rating: 'sesuai' } })).toBeNull();
  });

  it('flags leniency when a team of three or more all get the same rating', () => {
    expect(teamLeniencyHint(['di-atas', 'di-atas', 'di-atas'])).toEqual({
      code: 'leniency-team',
      rating: 'di-atas',
      count: 3,
    });
    expect(teamLeniencyHint(['di-atas', 'di-atas'])).toBeNull();
    expect(teamLeniencyHint(['di-atas', 'sesuai', 'di-atas'])).toBeNull();
    expect(allTopHint(['sangat-baik', 'sangat-baik', 'sangat-baik'])).toEqual({
      code: 'all-top',
      count: 3,
    });
    expect(allTopHint(['sangat-baik', 'baik', 'sangat-baik'])).toBeNull();
  });
});

describe('training recommendations', () => {
  const item = (rating: Rating | null) => ({
    rating,
    note: '',
    evidence: [],
    updatedAt: '2026-11-01T00:00:00+07:00',
  });
  const appraisal = {
    rhk: { 'rhk-1': item('sesuai'), 'rhk-2': item('di-bawah') },
    hasilKerja: item('sesuai'),
    perilaku: { kolaboratif: item('di-bawah'), akuntabel: item('sesuai') },
  };
  const catalog = [
    {
      trainingId: 'kerja-sama-tim',
      focus: ['kolaboratif' as const, 'harmonis' as const],
      jp: 8,
    },
    { trainingId: 'penyusunan-laporan', focus: ['hasil-kerja' as const], jp: 16 },
    {
      trainingId: 'manajemen-waktu',
      focus: ['hasil-kerja' as const, 'kolaboratif' as const],
      jp: 12,
    },
    { trainingId: 'etika-asn', focus: ['loyal' as const], jp: 4 },
  ];

  it('names the weak areas: a below-expectation RHK counts as hasil kerja', () => {
    expect(weakAreas(appraisal)).toEqual(['hasil-kerja', 'kolaboratif']);
  });

  it('recommends trainings covering most weak areas first, never unrelated ones', () => {
    expect(recommendTrainings(['hasil-kerja', 'kolaboratif'], catalog)).toEqual([
      'manajemen-waktu',
      'kerja-sama-tim',
      'penyusunan-laporan',
    ]);
    expect(recommendTrainings([], catalog)).toEqual([]);
  });
});
