import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules';

const NIP = '198811122011012003';

describe('passwordProblem', () => {
  it('accepts 8 characters or more that are not the NIP', () => {
    expect(passwordProblem('rahasia8', NIP)).toBeNull();
    expect(passwordProblem('kata sandi yang panjang', NIP)).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('😀😀😀😀😀😀😀', NIP)).toBe('too-short');
    expect(passwordProblem('😀😀😀😀😀😀😀😀', NIP)).toBeNull();
  });

  it('refuses a short, an overlong, the NIP (spaced or not) and the current password', () => {
    expect(passwordProblem('rahasia', NIP)).toBe('too-short');
    expect(passwordProblem('x'.repeat(1025), NIP)).toBe('too-long');
    expect(passwordProblem(NIP, NIP)).toBe('same-as-nip');
    expect(passwordProblem('19881112 201101 2 003', NIP)).toBe('same-as-nip');
    expect(passwordProblem('lama-sekali', NIP, 'lama-sekali')).toBe('same-as-current');
    expect(passwordProblem('baru-sekali', NIP, 'lama-sekali')).toBeNull();
  });
});
