import { describe, expect, it } from 'vitest';
import { makeUnit } from '../../../core/testing/factories';
import type { UnitRow } from '../../../data/read-model';
import { unitOptions, unitsWithin } from './people-filter';

const row = (unitId: string, name: string, parentId: string | null): UnitRow => {
  const { _id, _rev, _attachments, ...doc } = makeUnit({ unitId, name, parentId, headNip: null });
  void [_rev, _attachments];
  return { ...doc, id: _id, rev: '1-a', seq: 1, conflicted: false };
};

// By name, as the directory hands them over.
const UNITS = [
  row('bpkad', 'Badan Keuangan', 'pemda'),
  row('sd-1', 'SD Negeri 1', 'dinas'),
  row('dinas', 'Dinas Pendidikan', 'pemda'),
  row('lepas', 'Unit Lepas', 'tidak-ada'),
  row('pemda', 'Pemerintah Kota', null),
];

describe('units as a tree', () => {
  it('lists each unit followed by those below it, indented, an orphan as a root of its own', () => {
    expect(unitOptions(UNITS).map((o) => o.label)).toEqual([
      'Unit Lepas',
      'Pemerintah Kota',
      '\u00a0\u00a0Badan Keuangan',
      '\u00a0\u00a0Dinas Pendidikan',
      '\u00a0\u00a0\u00a0\u00a0SD Negeri 1',
    ]);
  });

  it('takes a unit with everything below it, at any depth', () => {
    expect([...unitsWithin(UNITS, 'pemda')].sort()).toEqual(['bpkad', 'dinas', 'pemda', 'sd-1']);
    expect([...unitsWithin(UNITS, 'dinas')].sort()).toEqual(['dinas', 'sd-1']);
  });
});
