import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURVE_RULES, checkDistribution } from './distribution';
import { ORG_RATINGS, PREDIKATS, type Predikat } from './vocabulary';

const predikatArb = fc.constantFrom(...PREDIKATS);
const teamArb = fc.array(predikatArb, { minLength: 1, maxLength: 40 });
const ratingArb = fc.constantFrom(...ORG_RATINGS);
const codes = (rating: (typeof ORG_RATINGS)[number], team: readonly Predikat[]) =>
  checkDistribution(rating, team).map((r) => r.code);

describe('checkDistribution properties', () => {
  it('adding someone rated p never breaks an at-least rule that counts p, nor an at-most rule that does not', () => {
    fc.assert(
      fc.property(ratingArb, teamArb, predikatArb, (rating, team, p) => {
        const before = new Set(codes(rating, team));
        const after = codes(rating, [...team, p]);
        for (const rule of CURVE_RULES[rating]) {
          const countsP = (rule.predikats as readonly Predikat[]).includes(p);
          const mayNewlyBreak = rule.bound === 'at-most' ? countsP : !countsP;
          if (!mayNewlyBreak && !before.has(rule.code)) expect(after).not.toContain(rule.code);
        }
      }),
    );
  });

  it('judges a team and the same team repeated k times alike (shares, not sizes)', () => {
    fc.assert(
      fc.property(ratingArb, teamArb, fc.integer({ min: 2, max: 7 }), (rating, team, k) => {
        const repeated = Array.from({ length: k }, () => team).flat();
        expect(codes(rating, repeated)).toEqual(codes(rating, team));
      }),
    );
  });

  it('an all-Baik team under a Baik unit always breaks the "at least one BP or Kurang" rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        expect(codes('baik', Array<Predikat>(n).fill('baik'))).toContain('baik-min-1-bp-k');
      }),
    );
  });

  it('never reports a rule of another organisation rating, and reports counts that add up', () => {
    fc.assert(
      fc.property(ratingArb, teamArb, (rating, team) => {
        const own = new Set<string>(CURVE_RULES[rating].map((r) => r.code));
        for (const rule of checkDistribution(rating, team)) {
          expect(own.has(rule.code)).toBe(true);
          expect(rule.actual).toBe(team.filter((p) => rule.predikats.includes(p)).length);
          expect(rule.actualShare).toBeCloseTo(rule.actual / team.length, 12);
        }
      }),
    );
  });
});
