import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelsFor } from './channels';
import { addDays } from './dates';
import { buildOrgChart, directReportsOf, superiorOf, type StoredRole } from './org-chart';
import { makeEmployee, makeUnit } from './testing/factories';

const START = '2026-06-01';
const nipOf = (i: number) => `1990${String(i).padStart(14, '0')}`;

type Org = {
  n: number;
  /** superior[i] is an earlier person (so the recorded chart is acyclic) or -1 for nobody. */
  superiors: number[];
  active: boolean[];
  /** Acting overrides; `fromStaff` picks the actor among the head's own reports when it can. */
  acting: { head: number; actor: number; fromStaff: boolean; from: number; length: number }[];
  roles: StoredRole[];
  day: number;
};

/** A random forest of 2-30 people, a few inactive, with random dated acting overrides. */
const orgArb: fc.Arbitrary<Org> = fc.integer({ min: 2, max: 30 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    superiors: fc
      .array(fc.nat(), { minLength: n, maxLength: n })
      .map((raw) => raw.map((r, i) => (r % (i + 1)) - 1)),
    active: fc.array(
      fc.nat(9).map((x) => x > 0),
      { minLength: n, maxLength: n },
    ),
    acting: fc.array(
      fc.record({
        head: fc.nat(n - 1),
        actor: fc.nat(n - 1),
        fromStaff: fc.boolean(),
        from: fc.nat(30),
        length: fc.nat(30),
      }),
      { maxLength: 6 },
    ),
    roles: fc.subarray<StoredRole>(['pengelola', 'admin']),
    day: fc.nat(60),
  }),
);

/** The acting person of an override: one of the head's reports when asked and there is one. */
function actorOf(o: Org, a: Org['acting'][number]): number {
  const staff = o.superiors.flatMap((s, j) => (s === a.head ? [j] : []));
  return a.fromStaff && staff.length > 0 ? (staff[a.actor % staff.length] ?? a.actor) : a.actor;
}

/** The org chart of a generated forest (three units). */
function chartOf(o: Org) {
  const employees = Array.from({ length: o.n }, (_, i) => {
    const superior = o.superiors[i] ?? -1;
    return makeEmployee({
      nip: nipOf(i),
      unitId: `unit-${i % 3}`,
      superiorNip: superior < 0 ? null : nipOf(superior),
      active: o.active[i] ?? true,
      acting: o.acting
        .map((a) => ({ ...a, actor: actorOf(o, a) }))
        .filter((a) => a.head === i && a.actor !== i)
        .map((a) => ({
          actingNip: nipOf(a.actor),
          kind: 'plt' as const,
          from: addDays(START, a.from),
          to: addDays(START, a.from + a.length),
        })),
    });
  });
  const units = [0, 1, 2].map((u) =>
    makeUnit({ unitId: `unit-${u}`, parentId: null, headNip: null }),
  );
  return buildOrgChart(employees, units);
}

describe('channelsFor on random org charts', () => {
  it('never grants the emp: or review: channel of someone who is neither the user nor a direct report', () => {
    fc.assert(
      fc.property(orgArb, (o) => {
        const chart = chartOf(o);
        const date = addDays(START, o.day);
        // Everyone in the chart, inactive people and one stranger (index n) included.
        for (let i = 0; i <= o.n; i++) {
          const user = { nip: nipOf(i), roles: o.roles };
          for (const channel of channelsFor(user, chart, date)) {
            const [kind, nip = ''] = channel.split(':');
            if (kind === 'emp' && nip !== user.nip)
              expect(superiorOf(chart, nip, date)).toBe(user.nip);
            if (kind === 'review') expect(superiorOf(chart, nip, date)).toBe(user.nip);
          }
        }
      }),
    );
  });

  it('grants the emp: channel of everyone whose superior the user is that day', () => {
    fc.assert(
      fc.property(orgArb, (o) => {
        const chart = chartOf(o);
        const date = addDays(START, o.day);
        for (const boss of chart.employees.keys()) {
          const granted = new Set(channelsFor({ nip: boss, roles: o.roles }, chart, date));
          for (const nip of chart.employees.keys()) {
            if (superiorOf(chart, nip, date) === boss) expect(granted).toContain(`emp:${nip}`);
          }
        }
      }),
    );
  });

  it('directReportsOf is exactly the inverse of superiorOf', () => {
    fc.assert(
      fc.property(orgArb, (o) => {
        const chart = chartOf(o);
        const date = addDays(START, o.day);
        for (const boss of chart.employees.keys()) {
          const expected = [...chart.employees.keys()].filter(
            (p) => superiorOf(chart, p, date) === boss,
          );
          expect(directReportsOf(chart, boss, date).sort()).toEqual(expected.sort());
        }
      }),
    );
  });
});
