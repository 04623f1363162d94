import { describe, expect, it } from 'vitest';
import { CURVE_RULES, checkCurve, checkDistribution } from './distribution';
import { ORG_RATINGS, type OrgRating, type Predikat } from './vocabulary';

type Spread = Partial<Record<Predikat, number>>;

/** A team's predikats from counts, e.g. { 'sangat-baik': 7, baik: 3 }. */
function team(spread: Spread): Predikat[] {
  return Object.entries(spread).flatMap(([p, n]) => Array<Predikat>(n ?? 0).fill(p as Predikat));
}

const broken = (rating: OrgRating, spread: Spread) =>
  checkDistribution(rating, team(spread)).map((r) => r.code);

// Each rule of SE MenPANRB 03/2023 kept at its boundary and broken one step past it, in a team of
// ten where every other rule of that organisation rating holds.
const CASES: [OrgRating, string, Spread, string[]][] = [
  ['istimewa', '7 of 10 Sangat Baik', { 'sangat-baik': 7, baik: 3 }, []],
  ['istimewa', '8 of 10 Sangat Baik', { 'sangat-baik': 8, baik: 2 }, ['istimewa-max-70-sb']],
  [
    'baik',
    '7 of 10 Baik, one Butuh Perbaikan',
    { baik: 7, 'butuh-perbaikan': 1, 'sangat-baik': 2 },
    [],
  ],
  ['baik', '7 of 10 Baik, one Kurang', { baik: 7, kurang: 1, 'sangat-baik': 2 }, []],
  ['baik', '8 of 10 Baik', { baik: 8, 'butuh-perbaikan': 1, 'sangat-baik': 1 }, ['baik-max-70-b']],
  ['baik', 'no Butuh Perbaikan or Kurang', { baik: 7, 'sangat-baik': 3 }, ['baik-min-1-bp-k']],
  ['baik', 'only Sangat Kurang below Baik', { baik: 7, 'sangat-kurang': 3 }, ['baik-min-1-bp-k']],
  ['butuh-perbaikan', '6 of 10 BP, 1 SB', { 'butuh-perbaikan': 6, 'sangat-baik': 1, baik: 3 }, []],
  [
    'butuh-perbaikan',
    '5 of 10 BP',
    { 'butuh-perbaikan': 5, 'sangat-baik': 1, baik: 4 },
    ['bp-min-60-bp'],
  ],
  [
    'butuh-perbaikan',
    '2 of 10 SB',
    { 'butuh-perbaikan': 6, 'sangat-baik': 2, baik: 2 },
    ['bp-max-10-sb'],
  ],
  ['kurang', '6 K, 1 BP, 1 SB', { kurang: 6, 'butuh-perbaikan': 1, 'sangat-baik': 1, baik: 2 }, []],
  [
    'kurang',
    '5 of 10 K',
    { kurang: 5, 'butuh-perbaikan': 1, 'sangat-baik': 1, baik: 3 },
    ['k-min-60-k'],
  ],
  ['kurang', 'no BP', { kurang: 6, 'sangat-baik': 1, baik: 3 }, ['k-min-10-bp']],
  [
    'kurang',
    '2 of 10 SB',
    { kurang: 6, 'butuh-perbaikan': 1, 'sangat-baik': 2, baik: 1 },
    ['k-max-10-sb'],
  ],
  ['sangat-kurang', '6 SK, 1 K', { 'sangat-kurang': 6, kurang: 1, baik: 3 }, []],
  ['sangat-kurang', '6 SK, 1 BP', { 'sangat-kurang': 6, 'butuh-perbaikan': 1, baik: 3 }, []],
  ['sangat-kurang', '5 of 10 SK', { 'sangat-kurang': 5, kurang: 1, baik: 4 }, ['sk-min-60-sk']],
  ['sangat-kurang', 'no K or BP', { 'sangat-kurang': 6, baik: 4 }, ['sk-min-10-k-bp']],
  [
    'sangat-kurang',
    'one SB',
    { 'sangat-kurang': 6, kurang: 1, 'sangat-baik': 1, baik: 2 },
    ['sk-no-sb'],
  ],
];

describe('checkDistribution (SE MenPANRB 03/2023)', () => {
  it.each(CASES)('%s: %s -> broken %j', (rating, _label, spread, codes) => {
    expect(team(spread)).toHaveLength(10);
    expect(broken(rating, spread)).toEqual(codes);
  });

  it('tests every rule of every organisation rating', () => {
    const ruleCodes = ORG_RATINGS.flatMap((r) => CURVE_RULES[r].map((rule) => rule.code));
    const brokenCodes = new Set(CASES.flatMap(([, , , codes]) => codes));
    expect(ruleCodes.filter((c) => !brokenCodes.has(c))).toEqual([]);
  });

  it('reports the count and share of a broken rule', () => {
    const [rule] = checkDistribution('istimewa', team({ 'sangat-baik': 8, baik: 2 }));
    expect(rule).toMatchObject({
      code: 'istimewa-max-70-sb',
      bound: 'at-most',
      actual: 8,
      actualShare: 0.8,
    });
  });

  it('holds exact boundaries in larger teams despite floating point (21 of 30)', () => {
    expect(broken('istimewa', { 'sangat-baik': 21, baik: 9 })).toEqual([]);
    expect(broken('istimewa', { 'sangat-baik': 22, baik: 8 })).toEqual(['istimewa-max-70-sb']);
    expect(
      broken('kurang', { kurang: 18, 'butuh-perbaikan': 3, 'sangat-baik': 3, baik: 6 }),
    ).toEqual([]);
  });

  it('rounds nothing in small teams: 2 of 3 Sangat Baik is within 70%, 3 of 3 is not', () => {
    expect(broken('istimewa', { 'sangat-baik': 2, baik: 1 })).toEqual([]);
    expect(broken('istimewa', { 'sangat-baik': 3 })).toEqual(['istimewa-max-70-sb']);
  });

  it('breaks nothing for an empty team', () => {
    for (const r of ORG_RATINGS) expect(checkDistribution(r, [])).toEqual([]);
  });

  it('breaks both Baik rules when a Baik unit rates everyone Baik', () => {
    expect(broken('baik', { baik: 5 })).toEqual(['baik-max-70-b', 'baik-min-1-bp-k']);
  });
});

describe('checkCurve: a team not all rated yet', () => {
  it('stays silent while 1 of 4 is rated and the rest could still mend the curve, and says how many are to come', () => {
    // A Baik unit needs one Butuh Perbaikan or Kurang: with three still to rate, it can come.
    expect(checkCurve('baik', ['baik', null, null, null])).toEqual({
      broken: [],
      pending: 3,
      total: 4,
    });
  });

  it('judges the whole curve once everyone is rated', () => {
    const all = checkCurve('baik', ['baik', 'baik', 'sangat-baik', 'baik']);
    expect(all.pending).toBe(0);
    expect(all.broken.map((r) => r.code)).toEqual(['baik-max-70-b', 'baik-min-1-bp-k']);
  });

  it('speaks early of a rule no rating still to come can mend', () => {
    // 3 of 4 Baik already passes 70% of the whole team, whatever the fourth gets.
    const early = checkCurve('baik', ['baik', 'baik', 'baik', null]);
    expect(early.broken.map((r) => r.code)).toEqual(['baik-max-70-b']);
    expect(early.pending).toBe(1);
    // A lower bound out of reach: 60% Butuh Perbaikan of 10 needs 6, and only 2 remain to rate.
    const none = Array<Predikat>(8).fill('baik');
    expect(checkCurve('butuh-perbaikan', [...none, null, null]).broken.map((r) => r.code)).toEqual([
      'bp-min-60-bp',
    ]);
  });

  it('says nothing before anyone is rated', () => {
    expect(checkCurve('istimewa', [null, null])).toEqual({ broken: [], pending: 2, total: 2 });
  });
});
