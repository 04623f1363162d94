import { describe, expect, it } from 'vitest';
import { subjectsOfDocChange } from './audit-subjects';

const NIP = '198811122011012003';

describe('subjectsOfDocChange', () => {
  it('files a directory entry under the person and the unit, both units after a mutasi', () => {
    expect(subjectsOfDocChange(`employee:${NIP}`, null, { unitId: 'sdn-1' })).toEqual([
      `nip:${NIP}`,
      'unit:sdn-1',
    ]);
    expect(
      subjectsOfDocChange(`employee:${NIP}`, { unitId: 'sdn-1' }, { unitId: 'kec-gayungan' }),
    ).toEqual([`nip:${NIP}`, 'unit:sdn-1', 'unit:kec-gayungan']);
    expect(subjectsOfDocChange(`employee:${NIP}`, { unitId: 'sdn-1' }, { _deleted: true })).toEqual(
      [`nip:${NIP}`, 'unit:sdn-1'],
    );
  });

  it('files a unit and its organisation rating under the unit', () => {
    expect(subjectsOfDocChange('unit:sdn-1', null, { unitId: 'sdn-1' })).toEqual(['unit:sdn-1']);
    expect(subjectsOfDocChange('org-rating:sdn-1:2026-q1', null, {})).toEqual(['unit:sdn-1']);
  });

  it("files a person's records (attendance) under the person, and reference data under nobody", () => {
    expect(subjectsOfDocChange(`attendance:${NIP}:2026-01`, null, {})).toEqual([`nip:${NIP}`]);
    expect(subjectsOfDocChange('period:2026', null, {})).toEqual([]);
    expect(subjectsOfDocChange('catalog:rapat', null, {})).toEqual([]);
  });
});
