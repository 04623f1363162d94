import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit';

describe('FailureLimiter', () => {
  it('locks a key after the limit of failures within the window, then frees it', () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('nip')).toBe(0);
      limiter.fail('nip');
      now += 1000;
    }
    expect(limiter.retryAfter('nip')).toBe(57);
    expect(limiter.retryAfter('other')).toBe(0);
    now += 57_000;
    expect(limiter.retryAfter('nip')).toBe(0);
  });

  it('forgets a key on reset (a successful sign-in)', () => {
    const limiter = new FailureLimiter(1, 60_000);
    limiter.fail('nip');
    expect(limiter.retryAfter('nip')).toBeGreaterThan(0);
    limiter.reset('nip');
    expect(limiter.retryAfter('nip')).toBe(0);
  });
});
