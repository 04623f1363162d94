import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EmployeeDoc, UnitDoc } from '../schemas/reference';
import { generatedNip, generateOrgRows, makePersonRow, makeUnitRow } from '../testing/org-rows';
import { checkOrgImport, summarizeOrgImport, type AcceptedOrgImportPlan } from './check-org-import';
import type { PersonRow } from './org-columns';
import { personRowsOf, unitRowsOf } from './org-export';

const TODAY = '2026-06-15';

/** Each person's superior: another person's index, or -1 for none. Any graph, cycles included. */
const supervisorGraph = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.array(fc.integer({ min: -1, max: n - 1 }), { minLength: n, maxLength: n }));

/** The people on a cycle, found the slow, obvious way: from each person, walk n steps up. */
function onCycle(superiors: readonly number[]): Set<number> {
  const out = new Set<number>();
  superiors.forEach((_, start) => {
    let at = superiors[start] ?? -1;
    for (let step = 0; step < superiors.length && at !== -1; step++) {
      if (at === start) {
        out.add(start);
        break;
      }
      at = superiors[at] ?? -1;
    }
  });
  return out;
}

/** One unit per person, so that every person heads their own unit and only links matter. */
function rowsOf(superiors: readonly number[]) {
  const nip = (i: number) => generatedNip(i, false);
  return {
    units: [
      makeUnitRow({ kode_unit: 'pemda', jenis: 'pemda' }),
      ...superiors.map((_, i) => makeUnitRow({ kode_unit: `u-${i}`, kode_induk: 'pemda' })),
    ],
    people: superiors.map((s, i) =>
      makePersonRow({ nip: nip(i), kode_unit: `u-${i}`, nip_atasan: s === -1 ? '' : nip(s) }),
    ),
  };
}

function stored(plan: AcceptedOrgImportPlan): { units: UnitDoc[]; employees: EmployeeDoc[] } {
  return {
    units: plan.units.creates.map((d) => ({ ...d, _rev: '1-a' })),
    employees: plan.people.creates.map((d) => ({ ...d, _rev: '1-a' })),
  };
}

describe('checkOrgImport, generated supervisor graphs', () => {
  it('reports exactly the people on a cycle (self-links as their own error), and plans the rest only when there is none', () => {
    fc.assert(
      fc.property(supervisorGraph, (superiors) => {
        const plan = checkOrgImport(rowsOf(superiors), { units: [], employees: [] }, TODAY);
        const cyclic = onCycle(superiors);
        const selfLinked = new Set(superiors.flatMap((s, i) => (s === i ? [i] : [])));
        const errors = plan.ok ? [] : plan.errors;
        const flagged = new Set(
          errors
            .filter((e) => e.reason.startsWith('Rantai atasan melingkar'))
            .map((e) => e.row - 2),
        );
        const expected = new Set([...cyclic].filter((i) => !selfLinked.has(i)));
        expect([...flagged].sort()).toEqual([...expected].sort());
        expect(errors.filter((e) => e.reason.includes('dirinya sendiri')).length).toBe(
          selfLinked.size,
        );
        expect(plan.ok).toBe(cyclic.size === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the cycle a re-import closes over a stored, acyclic organisation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((n) =>
          fc.tuple(
            // A forest: each person's superior is an earlier person or none.
            fc
              .array(fc.integer({ min: -1, max: n - 1 }), { minLength: n, maxLength: n })
              .map((r) => r.map((s, i) => (i === 0 ? -1 : s % i))),
            fc.nat(n - 1),
          ),
        ),
        ([forest, who]) => {
          const first = checkOrgImport(rowsOf(forest), { units: [], employees: [] }, TODAY);
          if (!first.ok) throw new Error(JSON.stringify(first.errors));
          // The top of who's chain answers to who: a cycle, or a self-link when who is the top.
          let top = who;
          while ((forest[top] ?? -1) !== -1) top = forest[top] as number;
          const rows = rowsOf(forest).people;
          const changed = { ...(rows[top] as PersonRow), nip_atasan: generatedNip(who, false) };
          const plan = checkOrgImport({ units: [], people: [changed] }, stored(first), TODAY);
          expect(plan.ok).toBe(false);
          if (!plan.ok)
            expect(plan.errors[0]?.reason).toMatch(top === who ? /dirinya sendiri/ : /melingkar/);
        },
      ),
    );
  });
});

describe('checkOrgImport, generated organisations', () => {
  it('re-importing the same rows, or the export, changes nothing; editing k people updates k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (n, picks) => {
          const rows = generateOrgRows(n);
          const first = checkOrgImport(rows, { units: [], employees: [] }, TODAY);
          if (!first.ok) throw new Error(JSON.stringify(first.errors.slice(0, 3)));
          expect(first.people.creates).toHaveLength(n);
          const current = stored(first);

          const again = checkOrgImport(rows, current, TODAY);
          expect(summarizeOrgImport(again)).toMatchObject({
            units: { create: 0, update: 0 },
            people: { create: 0, update: 0, unchanged: n },
          });
          const exported = {
            units: unitRowsOf(current.units),
            people: personRowsOf(current.employees, current.units),
          };
          expect(summarizeOrgImport(checkOrgImport(exported, current, TODAY)).people).toEqual({
            create: 0,
            update: 0,
            unchanged: n,
          });

          const edited = new Set(picks.map((k) => k % n));
          const people = rows.people.map((r, i) =>
            edited.has(i) ? { ...r, jabatan: `${r.jabatan} (baru)` } : r,
          );
          const plan = checkOrgImport({ units: rows.units, people }, current, TODAY);
          expect(summarizeOrgImport(plan)).toMatchObject({
            units: { create: 0, update: 0 },
            people: { create: 0, update: edited.size, unchanged: n - edited.size },
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('plans the same documents whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer(), (n, seed) => {
        const rows = generateOrgRows(n);
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, k: Math.imul(i + 1, seed | 1) >>> 0 }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const a = checkOrgImport(rows, { units: [], employees: [] }, TODAY);
        const b = checkOrgImport(
          { units: shuffle(rows.units), people: shuffle(rows.people) },
          { units: [], employees: [] },
          TODAY,
        );
        const byId = <T extends { _id: string }>(docs: readonly T[]) =>
          [...docs].sort((x, y) => (x._id < y._id ? -1 : 1));
        if (!a.ok || !b.ok) throw new Error('generated rows must pass');
        expect(byId(b.people.creates)).toEqual(byId(a.people.creates));
        expect(byId(b.units.creates)).toEqual(byId(a.units.creates));
      }),
      { numRuns: 30 },
    );
  });
});
