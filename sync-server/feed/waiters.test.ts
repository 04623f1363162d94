import { describe, expect, it } from 'vitest';
import { Waiters } from './waiters';

describe('Waiters', () => {
  it('wakes once only the waiters of a touched channel', () => {
    const waiters = new Waiters();
    const woke: string[] = [];
    waiters.add({ channels: new Set(['emp:1', 'org']), wake: () => woke.push('a') });
    waiters.add({ channels: new Set(['emp:2']), wake: () => woke.push('b') });
    waiters.wake(['emp:1', 'org']);
    expect(woke).toEqual(['a']);
    waiters.wake(['emp:1']);
    expect(woke).toEqual(['a']);
    expect(waiters.size).toBe(1);
  });

  it('does not wake a removed waiter; close wakes everyone', () => {
    const waiters = new Waiters();
    const woke: string[] = [];
    const remove = waiters.add({ channels: new Set(['x']), wake: () => woke.push('gone') });
    waiters.add({ channels: new Set(['y']), wake: () => woke.push('y') });
    remove();
    waiters.close();
    expect(woke).toEqual(['y']);
    expect(waiters.closed).toBe(true);
  });
});
