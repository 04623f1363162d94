import { describe, expect, it } from 'vitest';
import { AttemptLimiter, pauseAfter, type AttemptPolicy } from './rate-limit';

const MINUTE = 60_000;
const policy: AttemptPolicy = {
  freeTries: 5,
  maxInFlight: 5,
  firstPauseMs: MINUTE,
  maxPauseMs: 60 * MINUTE,
  forgetAfterMs: 24 * 60 * MINUTE,
};

/** A limiter on a clock the test moves. */
function limiterAt(start = 1_000_000, p: AttemptPolicy = policy) {
  const clock = { now: start };
  return { clock, limiter: new AttemptLimiter(p, () => clock.now) };
}

describe('AttemptLimiter', () => {
  it('reserves before the check: a burst starts no more checks than there are free tries', () => {
    const { limiter } = limiterAt();
    const answers = Array.from({ length: 100 }, () => limiter.reserve('nip'));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    expect(answers.slice(5)).toEqual(
      Array.from({ length: 95 }, () => ({ ok: false, why: 'busy', retryAfterMs: 1000 })),
    );
    // The five fail: the key is paused, so a later right password is not even checked.
    for (let i = 0; i < 5; i++) limiter.fail('nip');
    expect(limiter.reserve('nip')).toEqual({ ok: false, why: 'paused', retryAfterMs: MINUTE });
    expect(limiter.reserve('other-nip')).toEqual({ ok: true });
  });

  it('counts the tries left down, then pauses for a minute', () => {
    const { limiter, clock } = limiterAt();
    const outcomes = [];
    for (let i = 0; i < 5; i++) {
      expect(limiter.reserve('nip').ok).toBe(true);
      outcomes.push(limiter.fail('nip'));
      clock.now += 1000;
    }
    expect(outcomes).toEqual([
      { remaining: 4, pauseMs: 0 },
      { remaining: 3, pauseMs: 0 },
      { remaining: 2, pauseMs: 0 },
      { remaining: 1, pauseMs: 0 },
      { remaining: 0, pauseMs: MINUTE },
    ]);
    expect(limiter.reserve('nip')).toMatchObject({
      ok: false,
      why: 'paused',
      retryAfterMs: 59_000,
    });
    clock.now += 59_000;
    expect(limiter.reserve('nip').ok).toBe(true);
  });

  it('doubles the pause with each failure after one, up to an hour, one try at a time', () => {
    const { limiter, clock } = limiterAt();
    const pauses: number[] = [];
    for (let i = 0; i < 12; i++) {
      expect(limiter.reserve('nip').ok).toBe(true);
      // After a pause only one check runs at a time.
      if (i >= 5) expect(limiter.reserve('nip')).toMatchObject({ ok: false, why: 'busy' });
      const { pauseMs } = limiter.fail('nip');
      pauses.push(pauseMs / MINUTE);
      clock.now += pauseMs;
    }
    expect(pauses).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('forgets the failures of a key on success, and keeps other keys’', () => {
    const { limiter } = limiterAt();
    for (const key of ['nip', 'other']) {
      for (let i = 0; i < 3; i++) {
        limiter.reserve(key);
        limiter.fail(key);
      }
    }
    limiter.reserve('nip');
    limiter.succeed('nip');
    expect(limiter.remaining('nip')).toBe(5);
    expect(limiter.remaining('other')).toBe(2);
  });

  it('gives a reservation back without counting it (the check never ran)', () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 5; i++) limiter.reserve('nip');
    expect(limiter.reserve('nip').ok).toBe(false);
    limiter.release('nip');
    expect(limiter.reserve('nip').ok).toBe(true);
    expect(limiter.remaining('nip')).toBe(5);
  });

  it('forgets failures a day after the last one', () => {
    const { limiter, clock } = limiterAt();
    for (let i = 0; i < 6; i++) {
      limiter.reserve('nip');
      limiter.fail('nip');
      clock.now += MINUTE * 2;
    }
    expect(limiter.remaining('nip')).toBe(0);
    clock.now += 24 * 60 * MINUTE;
    expect(limiter.remaining('nip')).toBe(5);
    expect(limiter.reserve('nip')).toEqual({ ok: true });
  });

  it('caps checks in flight below the free tries where the policy says so (an address)', () => {
    const { limiter } = limiterAt(0, { ...policy, freeTries: 30, maxInFlight: 5 });
    const answers = Array.from({ length: 40 }, () => limiter.reserve('10.0.0.1'));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    for (let i = 0; i < 5; i++) limiter.fail('10.0.0.1');
    expect(limiter.reserve('10.0.0.1').ok).toBe(true);
    expect(limiter.remaining('10.0.0.1')).toBe(25);
  });
});

describe('pauseAfter', () => {
  it('is nothing while free tries remain, then 1, 2, 4 ... minutes up to the cap', () => {
    expect([4, 5, 6, 7, 100].map((n) => pauseAfter(n, policy) / MINUTE)).toEqual([0, 1, 2, 4, 60]);
  });
});
