import { describe, expect, it } from 'vitest';
import { isLevelUnit, periodTarget } from './period-target';

const q4 = { kind: 'quarterly', year: 2026, start: '2026-10-01', end: '2026-12-31' } as const;
const year = { kind: 'annual', year: 2026, start: '2026-01-01', end: '2026-12-31' } as const;

describe('periodTarget', () => {
  it('prorates counts by the days of the period', () => {
    expect(periodTarget(365, 'dokumen', q4)).toBe(92);
    expect(periodTarget(24, 'dokumen', q4)).toBe(6);
    expect(periodTarget(10, 'laporan', q4)).toBe(2.5);
    expect(periodTarget(871, 'jam pelajaran', q4)).toBe(220);
  });

  it('keeps levels (persen, nilai) and annual targets whole', () => {
    expect(isLevelUnit('Persen')).toBe(true);
    expect(periodTarget(85, 'persen', q4)).toBe(85);
    expect(periodTarget(24, 'dokumen', year)).toBe(24);
  });
});
