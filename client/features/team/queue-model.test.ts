import { describe, expect, it } from 'vitest';
import type { ActivityRow } from '../../data/read-model';
import { groupQueue, neighbour, nextAfterDecision, toggleAll } from './queue-model';

const row = (id: string, nip: string, date: string) => ({ id, nip, date }) as ActivityRow;
const entries = [
  row('a1', 'A', '2026-03-10'),
  row('a2', 'A', '2026-03-10'),
  row('a3', 'A', '2026-03-11'),
  row('b1', 'B', '2026-03-10'),
];

describe('the verification queue model', () => {
  it('groups entries by person, then by date', () => {
    const groups = groupQueue(entries, new Map([['A', 'Ani']]));
    expect(
      groups.map((p) => [p.name, p.count, p.days.map((d) => [d.date, d.entries.length])]),
    ).toEqual([
      [
        'Ani',
        3,
        [
          ['2026-03-10', 2],
          ['2026-03-11', 1],
        ],
      ],
      ['B', 1, [['2026-03-10', 1]]],
    ]);
  });

  it('moves with j and k, staying inside the queue', () => {
    expect(neighbour(entries, null, 1)).toBe('a1');
    expect(neighbour(entries, 'a1', 1)).toBe('a2');
    expect(neighbour(entries, 'a1', -1)).toBe('a1');
    expect(neighbour(entries, 'b1', 1)).toBe('b1');
    expect(neighbour([], null, 1)).toBeNull();
  });

  it('goes on to the next undecided entry after a decision, else back', () => {
    expect(nextAfterDecision(entries, 'a2', ['a2'])).toBe('a3');
    expect(nextAfterDecision(entries, 'b1', ['b1'])).toBe('a3');
    expect(nextAfterDecision(entries, 'a1', ['a1', 'a2', 'a3', 'b1'])).toBeNull();
  });

  it('selects a whole day, or clears it when all of it was selected', () => {
    const some = toggleAll(new Set(['a1']), ['a1', 'a2']);
    expect([...some].sort()).toEqual(['a1', 'a2']);
    expect([...toggleAll(some, ['a1', 'a2'])]).toEqual([]);
  });
});
