import { describe, expect, it } from 'vitest';
import { inactiveReason } from './inactive-people';

const lookup =
  (docs: Record<string, { active: boolean; status?: 'aktif' | 'cuti' | 'pensiun' }>) =>
  (nip: string) =>
    docs[nip];

describe('inactiveReason', () => {
  it('names the status of an inactive person, and lets active people and the admin in', () => {
    const employee = lookup({
      a: { active: false, status: 'pensiun' },
      b: { active: false, status: 'cuti' },
      c: { active: false },
      d: { active: true, status: 'aktif' },
    });
    expect(inactiveReason(employee, 'a')).toBe(
      'Akun Anda tidak aktif (status: pensiun). Hubungi Pengelola Kinerja.',
    );
    expect(inactiveReason(employee, 'b')).toContain('(status: cuti)');
    expect(inactiveReason(employee, 'c')).toBe('Akun Anda tidak aktif. Hubungi Pengelola Kinerja.');
    expect(inactiveReason(employee, 'd')).toBeNull();
    expect(inactiveReason(employee, 'admin')).toBeNull();
  });
});
