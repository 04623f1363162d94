import { describe, expect, it } from 'vitest';
import { overlappingEntries } from './activity-rules';
import { timeOfDay } from './dates';
import { copyDay, DaySchedule, noteScheduled, scheduleOf } from './day-schedule';

const DATE = '2026-11-20';
type Doc = { start: string; end: string; _deleted?: boolean };
const day = (entries: Record<string, [string, string]>) =>
  new Map<string, Doc>(Object.entries(entries).map(([id, [start, end]]) => [id, { start, end }]));

/** What the overlap rule answers by comparing with every entry of the day. */
function byComparing(docs: ReadonlyMap<string, Doc>, id: string, start: string, end: string) {
  const sameDay = [...docs]
    .filter(([, d]) => !d._deleted)
    .map(([other, d]) => ({ _id: other, date: DATE, start: d.start, end: d.end }));
  return overlappingEntries({ _id: id, date: DATE, start, end }, sameDay).length > 0;
}

describe('DaySchedule', () => {
  const docs = day({ a: ['07:00', '08:00'], b: ['08:00', '09:30'], c: ['13:00', '14:00'] });

  it('treats touching ranges as no overlap', () => {
    const s = DaySchedule.of(docs);
    expect(s.overlaps('n', '09:30', '13:00')).toBe(false);
    expect(s.overlaps('n', '06:00', '07:00')).toBe(false);
    expect(s.overlaps('n', '14:00', '15:00')).toBe(false);
    expect(s.overlaps('n', '09:29', '13:00')).toBe(true);
    expect(s.overlaps('n', '09:30', '13:01')).toBe(true);
  });

  it('finds nested ranges either way, behind an entry that ends early', () => {
    const s = DaySchedule.of(day({ long: ['07:00', '17:00'], short: ['08:00', '08:30'] }));
    expect(s.overlaps('n', '12:00', '12:30')).toBe(true);
    expect(s.overlaps('n', '06:00', '18:00')).toBe(true);
    expect(s.overlaps('long', '06:00', '18:00')).toBe(true);
    expect(DaySchedule.of(day({ a: ['10:00', '11:00'] })).overlaps('n', '09:00', '12:00')).toBe(
      true,
    );
  });

  it('compares an edited entry with the others only, not with its own old revision', () => {
    const s = DaySchedule.of(docs);
    expect(s.overlaps('a', '07:15', '07:45')).toBe(false);
    expect(s.overlaps('a', '07:15', '08:15')).toBe(true);
    s.set('a', { start: '10:00', end: '11:00' });
    expect(s.overlaps('n', '07:00', '08:00')).toBe(false);
    expect(s.overlaps('n', '10:30', '10:45')).toBe(true);
    s.set('b', { start: '08:00', end: '09:30', _deleted: true });
    expect(s.overlaps('n', '08:30', '09:00')).toBe(false);
    // Its old revision ends late; the entry it now only touches ends early.
    const moved = DaySchedule.of(day({ a: ['07:00', '09:30'], b: ['08:00', '09:00'] }));
    expect(moved.overlaps('a', '09:00', '10:00')).toBe(false);
    expect(moved.overlaps('a', '08:59', '10:00')).toBe(true);
  });

  it('lets times that are not HH:mm overlap nothing, as the rule compares them', () => {
    const s = DaySchedule.of(new Map<string, Doc>([['x', { start: '7:00', end: '24:00' }]]));
    expect(s.overlaps('n', '06:00', '23:00')).toBe(false);
    expect(DaySchedule.of(docs).overlaps('n', '7:30', '08:30')).toBe(false);
  });

  it('answers as comparing with every entry, over many entries added, moved and deleted', () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const range = (): [string, string] => {
      const start = rand(24 * 60 - 1);
      return [timeOfDay(start), timeOfDay(start + 1 + rand(Math.min(20, 24 * 60 - 1 - start)))];
    };
    const docs = new Map<string, Doc>();
    for (let i = 0; i < 60; i++) {
      const [start, end] = range();
      docs.set(`e${i}`, { start, end });
    }
    const s = scheduleOf(docs);
    let overlapsSeen = 0;
    for (let step = 0; step < 3000; step++) {
      const id = `e${rand(80)}`;
      const [start, end] = range();
      const expected = byComparing(docs, id, start, end);
      expect(scheduleOf(docs).overlaps(id, start, end), `${id} ${start}-${end}`).toBe(expected);
      if (expected) overlapsSeen++;
      // Change the day as a batch does: take the entry, move it, or delete it.
      const change = rand(4);
      const doc: Doc = change === 0 ? { start, end, _deleted: true } : { start, end };
      if (doc._deleted) docs.delete(id);
      else docs.set(id, doc);
      noteScheduled(docs, id, doc);
    }
    expect(scheduleOf(docs)).toBe(s);
    // Both answers were asked often.
    expect(overlapsSeen).toBeGreaterThan(300);
    expect(overlapsSeen).toBeLessThan(2700);
  });

  it('gives a copied day its own schedule: what the copy takes leaves the day as it was', () => {
    const kept = day({ a: ['07:00', '08:00'] });
    const copy = copyDay(kept);
    copy.set('b', { start: '09:00', end: '10:00' });
    noteScheduled(copy, 'b', copy.get('b'));
    copy.delete('a');
    noteScheduled(copy, 'a', null);
    expect(scheduleOf(copy).overlaps('n', '09:15', '09:30')).toBe(true);
    expect(scheduleOf(copy).overlaps('n', '07:15', '07:30')).toBe(false);
    expect(scheduleOf(kept).overlaps('n', '09:15', '09:30')).toBe(false);
    expect(scheduleOf(kept).overlaps('n', '07:15', '07:30')).toBe(true);
  });

  it('is built again when its day changed without being told', () => {
    const docs = day({ a: ['07:00', '08:00'] });
    expect(scheduleOf(docs).overlaps('n', '07:30', '07:45')).toBe(true);
    docs.set('b', { start: '09:00', end: '10:00' });
    expect(scheduleOf(docs).overlaps('n', '09:30', '09:45')).toBe(true);
  });
});
