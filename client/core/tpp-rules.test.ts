import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tppSettingsSchema, type TppSettings } from './schemas/attendance';
import { DEFAULT_TPP_SETTINGS } from './tpp';
import { tppProblems } from './tpp-rules';

const rules = (overrides: Partial<Record<keyof TppSettings, unknown>>) => ({
  ...DEFAULT_TPP_SETTINGS,
  ...overrides,
});

describe('tppProblems', () => {
  it('finds nothing wrong with the defaults, nor with bases per kelas jabatan', () => {
    expect(tppProblems(DEFAULT_TPP_SETTINGS)).toEqual({});
    expect(tppProblems(rules({ bases: { '1': 1_500_000, '17': 30_000_000 } }))).toEqual({});
  });

  it('points a table-wide bracket rule at the row it is about', () => {
    const up = (...limits: (number | null)[]) => limits.map((upTo) => ({ upTo, pct: 1 }));
    expect(tppProblems(rules({ late: up(30, 20, null) }))).toEqual({
      'late.1.upTo': 'not-ascending',
    });
    expect(tppProblems(rules({ early: up(30, null, null) }))).toEqual({
      'early.1.upTo': 'unlimited-not-last',
    });
    expect(tppProblems(rules({ late: up(30, 60) }))).toEqual({ 'late.1.upTo': 'last-limited' });
    expect(tppProblems(rules({ late: [] }))).toEqual({ late: 'no-rows' });
  });

  it('names the field of a number typed wrong, out of range, or not whole', () => {
    expect(
      tppProblems(
        rules({
          kinerjaShare: 60.5,
          noScanPct: Number.NaN,
          dailyCapPct: 120,
          late: [
            { upTo: 30, pct: -1 },
            { upTo: null, pct: 2.5 },
          ],
          bases: { '3': -5, '18': 1 },
        }),
      ),
    ).toEqual({
      kinerjaShare: 'not-whole',
      noScanPct: 'not-a-number',
      dailyCapPct: 'out-of-range',
      'late.0.pct': 'out-of-range',
      'bases.3': 'out-of-range',
      'bases.18': 'invalid',
    });
  });

  it('finds a problem exactly when the schema refuses the rules (property)', () => {
    const bracket = fc.record({
      upTo: fc.option(fc.integer({ min: -5, max: 200 }), { nil: null }),
      pct: fc.double({ min: -1, max: 101, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(bracket, { maxLength: 12 }),
        fc.integer({ min: -1, max: 101 }),
        (late, kinerjaShare) => {
          const candidate = rules({ late, kinerjaShare });
          const accepted = tppSettingsSchema.safeParse(candidate).success;
          expect(Object.keys(tppProblems(candidate)).length === 0).toBe(accepted);
        },
      ),
    );
  });
});
