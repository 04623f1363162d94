import { describe, expect, it } from 'vitest';
import { makeUnit, orgChart, orgUnits } from './testing/factories';
import {
  activePeopleIn,
  childrenOf,
  descendantsOf,
  isSameUnit,
  openChildrenOf,
  pathOf,
  unitTree,
  wouldCycle,
} from './unit-rules';

const units = [
  ...orgUnits(),
  makeUnit({ unitId: 'seksi-jalan', name: 'Seksi Jalan', parentId: 'bidang-b', headNip: null }),
  makeUnit({ unitId: 'yatim', name: 'Unit Yatim', parentId: 'tidak-ada', headNip: null }),
];
const tree = unitTree(units);
const idsOf = (list: readonly { unitId: string }[]) => list.map((u) => u.unitId);

describe('the unit tree', () => {
  it('lists roots and children by name, an orphan among the roots', () => {
    expect(idsOf(childrenOf(tree, null))).toEqual(['dinas', 'yatim']);
    expect(idsOf(childrenOf(tree, 'dinas'))).toEqual(['bidang-a', 'bidang-b', 'sekretariat']);
    expect(childrenOf(tree, 'seksi-jalan')).toEqual([]);
  });

  it('finds every unit below a unit, nearest first', () => {
    expect(idsOf(descendantsOf(tree, 'dinas'))).toEqual([
      'bidang-a',
      'bidang-b',
      'sekretariat',
      'seksi-jalan',
    ]);
    expect(descendantsOf(tree, 'bidang-a')).toEqual([]);
  });

  it('gives the path from the top down to a unit', () => {
    expect(idsOf(pathOf(tree, 'seksi-jalan'))).toEqual(['dinas', 'bidang-b', 'seksi-jalan']);
    expect(idsOf(pathOf(tree, 'yatim'))).toEqual(['yatim']);
    expect(pathOf(tree, 'tidak-ada')).toEqual([]);
  });

  it('ends a path that loops in stored data instead of walking forever', () => {
    const looped = unitTree([
      makeUnit({ unitId: 'a', name: 'A', parentId: 'b' }),
      makeUnit({ unitId: 'b', name: 'B', parentId: 'a' }),
    ]);
    expect(idsOf(pathOf(looped, 'a'))).toEqual(['b', 'a']);
  });
});

describe('unit checks', () => {
  const byId = new Map(units.map((u) => [u.unitId, u]));

  it('sees a loop when a unit would go under itself or a unit below it', () => {
    expect(wouldCycle(byId, 'bidang-b', 'bidang-b')).toBe(true);
    expect(wouldCycle(byId, 'dinas', 'seksi-jalan')).toBe(true);
    expect(wouldCycle(byId, 'bidang-b', 'bidang-a')).toBe(false);
    expect(wouldCycle(byId, 'seksi-jalan', null)).toBe(false);
  });

  it('counts the active people of a unit and its open sub-units', () => {
    expect(activePeopleIn(orgChart(), 'bidang-a')).toBe(3);
    expect(activePeopleIn(orgChart(), 'dinas')).toBe(1);
    const closed = new Map(byId).set(
      'bidang-a',
      makeUnit({ unitId: 'bidang-a', closedOn: '2026-01-01' }),
    );
    expect(openChildrenOf(closed, 'dinas')).toEqual(['bidang-b', 'sekretariat']);
  });

  it('takes a unit as the same when name (spacing and case aside) and parent match', () => {
    const stored = { name: 'Bidang Anggaran', parentId: 'dinas' };
    expect(isSameUnit(stored, { name: ' bidang  anggaran ', parentId: 'dinas' })).toBe(true);
    expect(isSameUnit(stored, { name: 'Bidang Aset', parentId: 'dinas' })).toBe(false);
    expect(isSameUnit(stored, { name: 'Bidang Anggaran', parentId: null })).toBe(false);
  });
});
