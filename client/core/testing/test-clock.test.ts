import { describe, expect, it } from 'vitest';
import { civilDate } from '../dates';
import { offsetToLate } from './test-clock';

describe('the test clock', () => {
  it('moves an early hour to 22:00 WIB of the same civil day', () => {
    const early = Date.parse('2026-12-07T03:10:00+07:00');
    const moved = early + offsetToLate(early);
    expect(new Date(moved).toISOString()).toBe('2026-12-07T15:00:00.000Z');
    expect(civilDate(moved)).toBe(civilDate(early));
  });

  it('leaves a late hour alone', () => {
    const late = Date.parse('2026-12-07T23:30:00+07:00');
    expect(offsetToLate(late)).toBe(0);
  });
});
