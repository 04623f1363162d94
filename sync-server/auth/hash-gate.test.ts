import { describe, expect, it } from 'vitest';
import { HashGate } from './hash-gate';

/** A task the test finishes when it wants, noting when it started. */
function held(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

describe('HashGate', () => {
  it('runs at most two checks at once and starts the next, in order, when one ends', async () => {
    const gate = new HashGate({ running: 2, waiting: 4 });
    const log: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((n) => held(log, n));
    const results = tasks.map((t) => gate.tryRun(t.task));
    expect(log).toEqual(['start a', 'start b']);
    expect(gate.load()).toEqual({ running: 2, waiting: 2 });
    tasks[1]!.finish();
    expect(await results[1]).toBe('b');
    expect(log).toEqual(['start a', 'start b', 'start c']);
    for (const t of tasks) t.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once (null) when the queue is full, and accepts again once it drains', async () => {
    const gate = new HashGate({ running: 1, waiting: 1 });
    const log: string[] = [];
    const a = held(log, 'a');
    const b = held(log, 'b');
    const ra = gate.tryRun(a.task);
    const rb = gate.tryRun(b.task);
    expect(gate.tryRun(held(log, 'c').task)).toBeNull();
    a.finish();
    b.finish();
    await Promise.all([ra, rb]);
    expect(gate.tryRun(async () => 'd')).not.toBeNull();
  });

  it('lets a known device in when strangers fill the queue, ahead of them', async () => {
    const gate = new HashGate({ running: 1, waiting: 2 });
    const log: string[] = [];
    const running = held(log, 'running');
    const strangers = [held(log, 's1'), held(log, 's2')];
    const known = held(log, 'known');
    const all = [running, ...strangers].map((t) => gate.tryRun(t.task));
    expect(gate.tryRun(held(log, 's3').task)).toBeNull();
    const mine = gate.tryRun(known.task, { priority: true });
    expect(mine).not.toBeNull();
    running.finish();
    known.finish();
    await mine;
    expect(log.slice(0, 2)).toEqual(['start running', 'start known']);
    for (const s of strangers) s.finish();
    await Promise.all(all);
  });

  it('frees the slot when a check throws', async () => {
    const gate = new HashGate({ running: 1, waiting: 0 });
    await expect(
      gate.tryRun(async () => {
        throw new Error('scrypt failed');
      }),
    ).rejects.toThrow('scrypt failed');
    expect(await gate.tryRun(async () => 'next')).toBe('next');
  });
});
