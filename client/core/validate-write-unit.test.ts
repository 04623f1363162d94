import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOrgChart } from './org-chart';
import type { UnitDoc } from './schemas/reference';
import {
  makeOrgRating,
  makeUnit,
  NIP,
  orgEmployees,
  orgUnits,
  pengelolaUser,
  userOf,
  writeContext,
  writerAs,
} from './testing/factories';
import { unitTree, wouldCycle } from './unit-rules';
import { validateUnit } from './validate-write-unit';
import { validateWrite } from './validate-write';
import { WRITE_REASONS } from './write-reasons';

const write = writerAs(pengelolaUser);
const stored = (unitId: string) => {
  const u = orgUnits().find((x) => x.unitId === unitId);
  if (!u) throw new Error(unitId);
  return { ...u, _rev: '1-a' };
};
/** A context whose chart holds the fixture people and these units. */
const withUnits = (units: readonly UnitDoc[], employees = orgEmployees()) => ({
  chart: buildOrgChart(employees, units),
});
const seksi = makeUnit({ unitId: 'seksi-jalan', name: 'Seksi Jalan', parentId: 'bidang-b' });

describe('creating a unit', () => {
  it('writes a new unit under an open parent', () => {
    expect(write(makeUnit({ unitId: 'bidang-c', name: 'Bidang Cipta Karya', headNip: null }))).toBe(
      'ok',
    );
  });

  it('refuses a code that exists with another name or parent (unit-exists), names the field', () => {
    const verdict = validateWrite(
      makeUnit({ unitId: 'bidang-a', name: 'Bidang Aset' }),
      null,
      pengelolaUser,
      writeContext(),
    );
    expect(verdict).toEqual({
      ok: false,
      code: 'unit-exists',
      field: 'unitId',
      reason: WRITE_REASONS['unit-exists'].id,
    });
    expect(write(makeUnit({ unitId: 'bidang-a', parentId: 'bidang-b' }))).toBe('unit-exists');
    // The same unit written again (a replayed creation) keeps its meaning.
    expect(write(makeUnit())).toBe('ok');
    // An update of the stored unit may rename it.
    expect(
      write(makeUnit({ name: 'Bidang Aset', _rev: '1-a' }), pengelolaUser, stored('bidang-a')),
    ).toBe('ok');
  });

  it('refuses a parent nobody knows (unit-parent-unknown) or a closed one (unit-parent-closed)', () => {
    expect(write(makeUnit({ unitId: 'x', parentId: 'tidak-ada' }))).toBe('unit-parent-unknown');
    const closed = [
      ...orgUnits().filter((u) => u.unitId !== 'bidang-b'),
      { ...stored('bidang-b'), closedOn: '2026-04-01' },
    ];
    expect(
      write(
        makeUnit({ unitId: 'x', parentId: 'bidang-b' }),
        pengelolaUser,
        null,
        withUnits(closed),
      ),
    ).toBe('unit-parent-closed');
    expect(write(makeUnit({ unitId: 'x', parentId: null, headNip: null }))).toBe('ok');
  });

  it('takes only an active employee as head (unit-head-inactive)', () => {
    const unit = (headNip: string) => makeUnit({ unitId: 'x', name: 'X', headNip });
    expect(write(unit(NIP.staffA1))).toBe('ok');
    expect(write(unit(NIP.stranger))).toBe('unit-head-inactive');
    const retired = orgEmployees().map((e) =>
      e.nip === NIP.staffA1 ? { ...e, active: false, status: 'pensiun' as const } : e,
    );
    expect(write(unit(NIP.staffA1), pengelolaUser, null, withUnits(orgUnits(), retired))).toBe(
      'unit-head-inactive',
    );
  });
});

describe('moving a unit', () => {
  const units = [...orgUnits(), seksi];
  const move = (unitId: string, parentId: string | null) => {
    const old = { ...(units.find((u) => u.unitId === unitId) as UnitDoc), _rev: '1-a' };
    return write({ ...old, parentId, _rev: '1-a' }, pengelolaUser, old, withUnits(units));
  };

  it('moves under another open unit', () => {
    expect(move('seksi-jalan', 'bidang-a')).toBe('ok');
    expect(move('bidang-b', null)).toBe('ok');
  });

  it('never under itself or a unit below it (unit-cycle)', () => {
    expect(move('bidang-b', 'bidang-b')).toBe('unit-cycle');
    expect(move('dinas', 'seksi-jalan')).toBe('unit-cycle');
    expect(move('bidang-b', 'seksi-jalan')).toBe('unit-cycle');
  });

  it('leaves a unit whose stored parent is closed alone unless it moves or reopens', () => {
    const closedParent = {
      ...makeUnit({ unitId: 'lama', name: 'Lama', parentId: null, headNip: null }),
      closedOn: '2025-12-31',
    };
    const child = {
      ...makeUnit({ unitId: 'anak', name: 'Anak', parentId: 'lama', headNip: null }),
      closedOn: '2025-12-31',
      _rev: '1-a',
    };
    const ctx = withUnits([...orgUnits(), closedParent, child]);
    expect(write({ ...child, name: 'Anak (arsip)' }, pengelolaUser, child, ctx)).toBe('ok');
    const { closedOn: _, ...reopened } = child;
    void _;
    expect(write(reopened, pengelolaUser, child, ctx)).toBe('unit-parent-closed');
  });

  it('never makes a loop, whatever moves the Pengelola tries', () => {
    const ids = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
    const arb = fc.record({
      parents: fc.array(fc.option(fc.nat(ids.length - 1), { nil: null }), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      moves: fc.array(
        fc.tuple(fc.nat(ids.length - 1), fc.option(fc.nat(ids.length - 1), { nil: null })),
        { maxLength: 40 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ parents, moves }) => {
        // A forest to start from: each unit's parent comes earlier in the list.
        const tree = new Map<string, UnitDoc>();
        ids.forEach((id, i) => {
          const p = parents[i];
          const parentId = p === null || p === undefined || p >= i ? null : (ids[p] as string);
          tree.set(id, makeUnit({ unitId: id, name: id, parentId, headNip: null }));
        });
        for (const [who, to] of moves) {
          const unitId = ids[who] as string;
          const parentId = to === null ? null : (ids[to] as string);
          const old = tree.get(unitId) as UnitDoc;
          const next = { ...old, parentId };
          const verdict = validateUnit(next, old, withUnits([...tree.values()]));
          if (verdict.ok) tree.set(unitId, next);
          else expect(verdict).toMatchObject({ code: 'unit-cycle' });
        }
        // Every chain of parents ends at a top: no unit lies below itself.
        for (const id of ids) {
          const parentId = tree.get(id)?.parentId ?? null;
          expect(wouldCycle(tree, id, parentId)).toBe(false);
        }
        expect(unitTree(tree.values()).byId.size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('closing a unit', () => {
  const close = (
    unitId: string,
    units: readonly UnitDoc[] = orgUnits(),
    employees = orgEmployees(),
  ) => {
    const old = { ...(units.find((u) => u.unitId === unitId) as UnitDoc), _rev: '1-a' };
    return validateWrite(
      { ...old, closedOn: '2026-06-01' },
      old,
      pengelolaUser,
      writeContext(withUnits(units, employees)),
    );
  };

  it('refuses while active people work there, saying how many (unit-has-people)', () => {
    expect(close('bidang-a')).toEqual({
      ok: false,
      code: 'unit-has-people',
      field: 'closedOn',
      reason: `${WRITE_REASONS['unit-has-people'].id}: 3`,
    });
  });

  it('refuses while units below it are open, saying how many (unit-has-open-units)', () => {
    const dinasEmpty = orgEmployees().filter((e) => e.unitId !== 'dinas');
    expect(close('dinas', orgUnits(), dinasEmpty)).toMatchObject({
      code: 'unit-has-open-units',
      field: 'closedOn',
      reason: `${WRITE_REASONS['unit-has-open-units'].id}: 3`,
    });
  });

  it('closes an empty unit, and a closed unit may be reopened', () => {
    const empty = makeUnit({ unitId: 'kosong', name: 'Unit Kosong', headNip: null });
    expect(close('kosong', [...orgUnits(), empty])).toEqual({ ok: true });
    const closed = { ...empty, closedOn: '2026-06-01', _rev: '1-a' };
    const { closedOn: _, ...reopened } = closed;
    void _;
    expect(write(reopened, pengelolaUser, closed, withUnits([...orgUnits(), closed]))).toBe('ok');
  });
});

describe("a unit's working hours", () => {
  const withHours = (workHours: Record<string, unknown>) =>
    validateWrite(
      { ...makeUnit({ unitId: 'sdn-1', name: 'SD Negeri 1', headNip: null }), workHours },
      null,
      pengelolaUser,
      writeContext(),
    );
  const school = { days: [1, 2, 3, 4, 5, 6], start: '07:00', end: '13:30', fridayEnd: '11:00' };

  it('are written with the unit, and may be left out to follow the unit above', () => {
    expect(withHours(school)).toEqual({ ok: true });
    expect(withHours({ days: [1, 2, 3, 4, 5], start: '07:30', end: '16:00' })).toEqual({
      ok: true,
    });
    expect(write(makeUnit({ unitId: 'x', name: 'X', headNip: null }))).toBe('ok');
  });

  it('refuse a day that ends before it starts, naming the field and why', () => {
    expect(withHours({ ...school, end: '07:00' })).toEqual({
      ok: false,
      code: 'invalid-doc',
      field: 'workHours.end',
      reason: `${WRITE_REASONS['invalid-doc'].id}: Jam pulang harus setelah jam masuk`,
    });
    expect(withHours({ ...school, fridayEnd: '06:30' })).toMatchObject({
      field: 'workHours.fridayEnd',
    });
    expect(withHours({ ...school, days: [1, 2, 3, 4] })).toMatchObject({
      field: 'workHours.fridayEnd',
      reason: expect.stringContaining('hari Jumat') as unknown,
    });
  });

  it('refuse weekdays out of range, repeated or missing, and times that are not HH:mm', () => {
    for (const bad of [
      { ...school, days: [] },
      { ...school, days: [0, 1] },
      { ...school, days: [1, 8] },
      { ...school, days: [1, 1] },
      { ...school, days: [1.5] },
      { ...school, start: '7:00' },
      { ...school, end: '24:00' },
      { ...school, lunch: '12:00' },
    ])
      expect(withHours(bad)).toMatchObject({ ok: false, code: 'invalid-doc' });
  });
});

describe('organisation ratings', () => {
  it('are set by the writer, the admin included, for a known unit and period', () => {
    const admin = userOf('admin', ['admin']);
    expect(write(makeOrgRating({ setBy: 'admin' }), admin)).toBe('ok');
    expect(write(makeOrgRating({ setBy: 'admin' }), pengelolaUser)).toBe('author-mismatch');
    expect(write(makeOrgRating(), admin)).toBe('author-mismatch');
    expect(write(makeOrgRating({ unitId: 'tidak-ada' }))).toBe('unknown-unit');
    expect(write(makeOrgRating({ periodId: '2031' }))).toBe('unknown-period');
  });

  it('take no other word than a NIP or admin as setter (invalid-doc)', () => {
    expect(write(makeOrgRating({ setBy: 'pengelola' }), userOf('pengelola', ['pengelola']))).toBe(
      'invalid-doc',
    );
  });
});
