import { describe, expect, it } from 'vitest';
import {
  activationCodeHash,
  CODE_ALPHABET,
  newActivationCode,
  normalizeActivationCode,
} from './activation-code';

describe('activation codes', () => {
  it('are 4 groups of 4 unambiguous characters, different every time', () => {
    const codes = Array.from({ length: 200 }, () => newActivationCode());
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(CODE_ALPHABET).toHaveLength(31);
  });

  it('accept what a person types: lower case, spaces, dashes or none', () => {
    expect(normalizeActivationCode('k7qf-3mzd-w9rt-hx2p')).toBe('K7QF3MZDW9RTHX2P');
    expect(normalizeActivationCode(' K7QF 3MZD W9RT HX2P ')).toBe('K7QF3MZDW9RTHX2P');
    expect(normalizeActivationCode('K7QF3MZDW9RTHX2P')).toBe('K7QF3MZDW9RTHX2P');
  });

  it('are told apart from passwords', () => {
    expect(normalizeActivationCode('gayungan2026')).toBeNull();
    expect(normalizeActivationCode('K7QF-3MZD-W9RT-HX2')).toBeNull();
    expect(normalizeActivationCode('K7QF-3MZD-W9RT-HX20')).toBeNull();
  });

  it('hash per NIP, so one code hashes differently for two people', () => {
    const a = activationCodeHash('198811122011012003', 'K7QF3MZDW9RTHX2P');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(activationCodeHash('197805202003122001', 'K7QF3MZDW9RTHX2P')).not.toBe(a);
  });
});
