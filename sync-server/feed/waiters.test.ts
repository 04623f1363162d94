import { describe, expect, it } from 'vitest';
import { WAKE_SLICE, Waiters } from './waiters';

/** One turn of the event loop: what the waiters defer runs before this resolves. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

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

  it('answers a crowd in slices, one per turn, each waiter once and none twice', async () => {
    const waiters = new Waiters();
    const crowd = 2 * WAKE_SLICE + 50;
    const woke = new Map<number, number>();
    for (let i = 0; i < crowd; i++)
      waiters.add({
        channels: new Set(['emp:1', 'org']),
        wake: () => woke.set(i, (woke.get(i) ?? 0) + 1),
      });
    waiters.add({ channels: new Set(['emp:2']), wake: () => woke.set(-1, 1) });
    waiters.wake(['emp:1', 'org']);
    // Every woken waiter leaves at once: a second change does not wake them again.
    expect(waiters.size).toBe(1);
    waiters.wake(['emp:1']);
    expect(woke.size).toBe(WAKE_SLICE);
    await nextTurn();
    expect(woke.size).toBe(2 * WAKE_SLICE);
    await nextTurn();
    expect(woke.size).toBe(crowd);
    expect([...woke.values()].every((n) => n === 1)).toBe(true);
    expect(woke.has(-1)).toBe(false);
  });

  it('does not wake, in a later slice, a waiter that registered after the change', async () => {
    const waiters = new Waiters();
    const woke: string[] = [];
    for (let i = 0; i < WAKE_SLICE + 1; i++)
      waiters.add({ channels: new Set(['emp:1']), wake: () => woke.push('early') });
    waiters.wake(['emp:1']);
    waiters.add({ channels: new Set(['emp:1']), wake: () => woke.push('late') });
    await nextTurn();
    expect(woke.filter((w) => w === 'early')).toHaveLength(WAKE_SLICE + 1);
    expect(woke).not.toContain('late');
    expect(waiters.size).toBe(1);
  });
});
