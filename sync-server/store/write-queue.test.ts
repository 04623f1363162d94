import { describe, expect, it } from 'vitest';
import { WriteLocks } from './write-queue';

/** A task that runs until `finish()` is called, and says whether it has started. */
function gate() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const state = { started: false, finish: () => finish() };
  const task = async () => {
    state.started = true;
    await done;
  };
  return { state, task };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteLocks', () => {
  it('runs writes of different keys side by side', async () => {
    const locks = new WriteLocks();
    const a = gate();
    const b = gate();
    const pa = locks.run(['activity:1:2026-01-05:'], a.task);
    const pb = locks.run(['activity:2:2026-01-05:'], b.task);
    await settle();
    expect([a.state.started, b.state.started]).toEqual([true, true]);
    b.state.finish();
    await pb;
    a.state.finish();
    await pa;
  });

  it('runs writes of one key in the order they asked, each after the one before ends', async () => {
    const locks = new WriteLocks();
    const order: string[] = [];
    const first = gate();
    const p1 = locks.run(['feedback:1:x', 'verification:1'], async () => {
      await first.task();
      order.push('first');
    });
    const p2 = locks.run(['verification:1'], async () => {
      order.push('second');
    });
    const p3 = locks.run(['other', 'verification:1'], async () => {
      order.push('third');
    });
    await settle();
    expect(order).toEqual([]);
    first.state.finish();
    await Promise.all([p1, p2, p3]);
    expect(order).toEqual(['first', 'second', 'third']);
  });

  it('lets a later write of other keys pass one waiting for a held key', async () => {
    const locks = new WriteLocks();
    const holder = gate();
    const waiter = gate();
    const other = gate();
    const p1 = locks.run(['a'], holder.task);
    const p2 = locks.run(['a', 'b'], waiter.task);
    const p3 = locks.run(['c'], other.task);
    await settle();
    expect([holder.state.started, waiter.state.started, other.state.started]).toEqual([
      true,
      false,
      true,
    ]);
    // 'b' is asked for by a waiting write: a later write of 'b' queues behind it.
    const late = gate();
    const p4 = locks.run(['b'], late.task);
    await settle();
    expect(late.state.started).toBe(false);
    holder.state.finish();
    await p1;
    await settle();
    expect([waiter.state.started, late.state.started]).toEqual([true, false]);
    waiter.state.finish();
    other.state.finish();
    late.state.finish();
    await Promise.all([p2, p3, p4]);
  });

  it('runs an exclusive write after every earlier one and before every later one', async () => {
    const locks = new WriteLocks();
    const order: string[] = [];
    const a = gate();
    const b = gate();
    const pa = locks.run(['a'], async () => {
      await a.task();
      order.push('a');
    });
    const pb = locks.run(['b'], async () => {
      await b.task();
      order.push('b');
    });
    const org = gate();
    const pOrg = locks.exclusive(async () => {
      await org.task();
      order.push('org');
    });
    const pc = locks.run(['c'], async () => {
      order.push('c');
    });
    await settle();
    expect(org.state.started).toBe(false);
    a.state.finish();
    await pa;
    await settle();
    // One earlier write still runs: the exclusive one waits, and the later one waits behind it.
    expect(org.state.started).toBe(false);
    expect(order).toEqual(['a']);
    b.state.finish();
    await pb;
    await settle();
    expect(org.state.started).toBe(true);
    expect(order).toEqual(['a', 'b']);
    org.state.finish();
    await Promise.all([pOrg, pc]);
    expect(order).toEqual(['a', 'b', 'org', 'c']);
  });

  it('releases the keys of a failed write and passes its error on', async () => {
    const locks = new WriteLocks();
    const failed = locks.run(['a'], () => Promise.reject(new Error('store down')));
    const next = locks.run(['a'], () => Promise.resolve('written'));
    await expect(failed).rejects.toThrow('store down');
    await expect(next).resolves.toBe('written');
  });

  it('is idle only when every running and waiting write has ended', async () => {
    const locks = new WriteLocks();
    await locks.idle();
    const a = gate();
    const b = gate();
    let ended = 0;
    void locks.run(['a'], a.task).then(() => ended++);
    void locks.run(['a'], b.task).then(() => ended++);
    let idle = false;
    const waiting = locks.idle().then(() => (idle = true));
    a.state.finish();
    await settle();
    expect(idle).toBe(false);
    expect(b.state.started).toBe(true);
    b.state.finish();
    await waiting;
    expect(ended).toBe(2);
  });
});
