import { describe, expect, it } from 'vitest';
import {
  actingFor,
  atasanPenilaiOf,
  buildOrgChart,
  directReportsOf,
  isPengelola,
  rolesOf,
  superiorOf,
} from './org-chart';
import {
  makeEmployee,
  NIP,
  NORMAL_DATE,
  orgChart,
  orgEmployees,
  PLT,
  PLT_DATE,
  userOf,
} from './testing/factories';
import type { EmployeeDoc } from './schemas/reference';

const chart = orgChart();
const sorted = (xs: string[]) => [...xs].sort();

/** The fixture with one employee document changed. */
function chartWith(nip: string, change: Partial<EmployeeDoc>) {
  return orgChart(orgEmployees().map((e) => (e.nip === nip ? { ...e, ...change } : e)));
}

describe('superiorOf and atasanPenilaiOf without acting', () => {
  it.each([
    [NIP.staffA1, NIP.headA],
    [NIP.staffB2, NIP.headB],
    [NIP.headA, NIP.kepalaDinas],
    [NIP.pengelola, NIP.kepalaDinas],
    [NIP.kepalaDinas, null],
    [NIP.stranger, null],
  ])('superior of %s is %s', (nip, superior) => {
    expect(superiorOf(chart, nip, NORMAL_DATE)).toBe(superior);
  });

  it('the Atasan Pejabat Penilai is the superior of the superior', () => {
    expect(atasanPenilaiOf(chart, NIP.staffA1, NORMAL_DATE)).toBe(NIP.kepalaDinas);
    expect(atasanPenilaiOf(chart, NIP.headA, NORMAL_DATE)).toBeNull();
  });
});

describe('a Plt drawn from the head own staff (staffB1 for headB in June 2026)', () => {
  it.each([
    ['2026-05-31', null],
    ['2026-06-01', NIP.staffB1],
    [PLT_DATE, NIP.staffB1],
    ['2026-06-30', NIP.staffB1],
    ['2026-07-01', null],
  ])('on %s the acting head is %s', (date, acting) => {
    expect(actingFor(chart, NIP.headB, date)).toBe(acting);
    expect(superiorOf(chart, NIP.staffB2, date)).toBe(acting ?? NIP.headB);
  });

  it('the Plt answers to the head superior while acting, to the head otherwise', () => {
    expect(superiorOf(chart, NIP.staffB1, PLT_DATE)).toBe(NIP.kepalaDinas);
    expect(superiorOf(chart, NIP.staffB1, NORMAL_DATE)).toBe(NIP.headB);
  });

  it('moves the reports to the Plt while acting and back afterwards', () => {
    expect(directReportsOf(chart, NIP.headB, PLT_DATE)).toEqual([]);
    expect(directReportsOf(chart, NIP.staffB1, PLT_DATE)).toEqual([NIP.staffB2]);
    expect(sorted(directReportsOf(chart, NIP.headB, NORMAL_DATE))).toEqual(
      sorted([NIP.staffB1, NIP.staffB2]),
    );
    expect(directReportsOf(chart, NIP.staffB1, NORMAL_DATE)).toEqual([]);
  });

  it('makes the Plt a direct report of the head superior while acting', () => {
    expect(directReportsOf(chart, NIP.kepalaDinas, PLT_DATE)).toContain(NIP.staffB1);
    expect(directReportsOf(chart, NIP.kepalaDinas, NORMAL_DATE)).not.toContain(NIP.staffB1);
  });

  it('gives the Plt staff an Atasan Pejabat Penilai above the Plt', () => {
    expect(atasanPenilaiOf(chart, NIP.staffB2, PLT_DATE)).toBe(NIP.kepalaDinas);
  });

  it('keeps the atasan-penilai role of a superior whose only head is replaced by a Plt from within', () => {
    const small = buildOrgChart(
      orgEmployees().filter((e) =>
        [NIP.kepalaDinas, NIP.headB, NIP.staffB1, NIP.staffB2].includes(e.nip as never),
      ),
    );
    expect(rolesOf(small, userOf(NIP.kepalaDinas), PLT_DATE)).toContain('atasan-penilai');
    expect(rolesOf(small, userOf(NIP.headB), PLT_DATE)).toEqual(['pegawai']);
  });
});

describe('a Plt from outside the unit (headA for headB)', () => {
  const outside = chartWith(NIP.headB, { acting: [{ ...PLT, actingNip: NIP.headA }] });

  it('sends headB staff to headA inside the dates only', () => {
    expect(superiorOf(outside, NIP.staffB1, PLT_DATE)).toBe(NIP.headA);
    expect(superiorOf(outside, NIP.staffB1, NORMAL_DATE)).toBe(NIP.headB);
    expect(atasanPenilaiOf(outside, NIP.staffB1, PLT_DATE)).toBe(NIP.kepalaDinas);
  });

  it('adds the acting reports to the Plt own', () => {
    expect(sorted(directReportsOf(outside, NIP.headA, PLT_DATE))).toEqual(
      sorted([NIP.staffA1, NIP.staffA2, NIP.staffB1, NIP.staffB2]),
    );
    expect(sorted(directReportsOf(outside, NIP.headA, NORMAL_DATE))).toEqual(
      sorted([NIP.staffA1, NIP.staffA2]),
    );
  });

  it('leaves the Plt own superior unchanged', () => {
    expect(superiorOf(outside, NIP.headA, PLT_DATE)).toBe(NIP.kepalaDinas);
  });
});

describe('a Plt for the kepala dinas drawn from a kepala bidang', () => {
  const top = chartWith(NIP.kepalaDinas, { acting: [{ ...PLT, actingNip: NIP.headA }] });

  it('puts the other heads under the Plt and the Plt under nobody', () => {
    expect(superiorOf(top, NIP.headB, PLT_DATE)).toBe(NIP.headA);
    expect(superiorOf(top, NIP.headA, PLT_DATE)).toBeNull();
    expect(sorted(directReportsOf(top, NIP.headA, PLT_DATE))).toEqual(
      sorted([NIP.staffA1, NIP.staffA2, NIP.headB, NIP.pengelola]),
    );
  });
});

describe('rolesOf', () => {
  it.each([
    [NIP.staffA1, NORMAL_DATE, ['pegawai']],
    [NIP.headA, NORMAL_DATE, ['pegawai', 'pejabat-penilai']],
    [NIP.kepalaDinas, NORMAL_DATE, ['pegawai', 'pejabat-penilai', 'atasan-penilai']],
    [NIP.headB, NORMAL_DATE, ['pegawai', 'pejabat-penilai']],
    [NIP.headB, PLT_DATE, ['pegawai']],
    [NIP.staffB1, NORMAL_DATE, ['pegawai']],
    [NIP.staffB1, PLT_DATE, ['pegawai', 'pejabat-penilai']],
  ])('%s on %s has %j', (nip, date, roles) => {
    expect(rolesOf(chart, userOf(nip), date)).toEqual(roles);
  });

  it('adds stored roles and derives none for someone outside the chart', () => {
    expect(rolesOf(chart, userOf(NIP.pengelola, ['pengelola']), NORMAL_DATE)).toEqual([
      'pengelola',
      'pegawai',
    ]);
    expect(rolesOf(chart, userOf('admin', ['admin']), NORMAL_DATE)).toEqual(['admin']);
    expect(rolesOf(chart, userOf(NIP.stranger), NORMAL_DATE)).toEqual([]);
  });

  it('isPengelola holds for pengelola and admin only', () => {
    expect(isPengelola(userOf(NIP.pengelola, ['pengelola']))).toBe(true);
    expect(isPengelola(userOf('admin', ['admin']))).toBe(true);
    expect(isPengelola(userOf(NIP.kepalaDinas))).toBe(false);
  });
});

describe('buildOrgChart', () => {
  it('leaves inactive employees out', () => {
    const c = chartWith(NIP.staffA2, { active: false });
    expect(directReportsOf(c, NIP.headA, NORMAL_DATE)).toEqual([NIP.staffA1]);
    expect(superiorOf(c, NIP.staffA2, NORMAL_DATE)).toBeNull();
  });

  it('agrees with superiorOf for everyone on every relevant date', () => {
    const people = Object.values(NIP);
    for (const date of [NORMAL_DATE, PLT_DATE]) {
      for (const boss of people) {
        const reports = people.filter((p) => superiorOf(chart, p, date) === boss);
        expect(sorted(directReportsOf(chart, boss, date))).toEqual(sorted(reports));
      }
    }
  });

  it('indexes acting heads by the Plt', () => {
    expect(chart.actsFor.get(NIP.staffB1)).toEqual([NIP.headB]);
    const twice = buildOrgChart([
      makeEmployee({
        nip: NIP.headB,
        acting: [PLT, { ...PLT, from: '2026-08-01', to: '2026-08-31' }],
      }),
    ]);
    expect(twice.actsFor.get(NIP.staffB1)).toEqual([NIP.headB]);
  });
});
