import { describe, expect, it } from 'vitest';
import { auditDiff, valueText } from './audit-diff';

describe('auditDiff', () => {
  it('names only the fields that changed, with their values in words', () => {
    const before = { _id: 'period:2026-q1', _rev: '1-a', label: 'Triwulan I 2026', status: 'open' };
    const after = {
      _id: 'period:2026-q1',
      _rev: '2-b',
      label: 'Triwulan I 2026',
      status: 'closed',
      submitBy: '2026-04-10',
    };
    expect(auditDiff(before, after)).toEqual([
      { field: 'status', before: 'open', after: 'closed' },
      { field: 'submitBy', before: null, after: '2026-04-10' },
    ]);
  });

  it('shows a created document field by field and a deleted one as gone', () => {
    expect(
      auditDiff(null, { type: 'catalog', schemaVersion: 1, name: 'Rapat', archived: true }),
    ).toEqual([
      { field: 'name', before: null, after: 'Rapat' },
      { field: 'archived', before: null, after: 'true' },
    ]);
    expect(auditDiff({ name: 'Rapat' }, null)).toEqual([
      { field: 'name', before: 'Rapat', after: null },
    ]);
  });

  it('writes lists and records readably, never as raw JSON', () => {
    expect(valueText(['Guru Kelas', 'Guru PJOK'])).toBe('Guru Kelas, Guru PJOK');
    expect(valueText([{ unitId: 'a', to: '2026-01-31' }])).toBe('(unitId: a; to: 2026-01-31)');
    expect(valueText([])).toBeNull();
  });
});
