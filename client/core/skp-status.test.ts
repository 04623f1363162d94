import { describe, expect, it } from 'vitest';
import { isSkpEditable, nextIkiId, nextRhkId, skpStatus } from './skp-status';

describe('skpStatus', () => {
  it('follows the SKP until a decision speaks about its current revision', () => {
    expect(skpStatus(null, null)).toBe('none');
    expect(skpStatus({ status: 'draft', rev: '1-a' }, null)).toBe('draft');
    expect(skpStatus({ status: 'submitted', rev: '2-b' }, null)).toBe('submitted');
    expect(
      skpStatus({ status: 'submitted', rev: '2-b' }, { decision: 'approved', skpRev: '2-b' }),
    ).toBe('approved');
    expect(
      skpStatus({ status: 'submitted', rev: '2-b' }, { decision: 'returned', skpRev: '2-b' }),
    ).toBe('returned');
  });

  it('an SKP changed after a return is a new submission (or a draft again)', () => {
    expect(
      skpStatus({ status: 'submitted', rev: '3-c' }, { decision: 'returned', skpRev: '2-b' }),
    ).toBe('submitted');
    expect(
      skpStatus({ status: 'draft', rev: '3-c' }, { decision: 'returned', skpRev: '2-b' }),
    ).toBe('draft');
  });

  it('only an approved SKP is locked', () => {
    expect(isSkpEditable('approved')).toBe(false);
    expect(isSkpEditable('returned')).toBe(true);
  });
});

describe('RHK and IKI ids', () => {
  it('take the next free number', () => {
    expect(nextRhkId([])).toBe('rhk-1');
    expect(nextRhkId(['rhk-1', 'rhk-4'])).toBe('rhk-5');
    expect(nextIkiId('rhk-2', [])).toBe('iki-2-1');
    expect(nextIkiId('rhk-2', ['iki-2-1', 'iki-2-3', 'iki-1-9'])).toBe('iki-2-4');
  });
});
