import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TodoItem } from '../core/perlu-tindakan';
import { newItems, seenOf, takeNewItems } from './notify-new-items';
import { readModel } from './testing/devices';
import type { ReadModel } from './read-model';

const item = (key: string, count = 1): TodoItem => ({
  key,
  kind: 'verify',
  count,
  people: [],
  due: null,
  daysLeft: null,
  urgency: 'normal',
  route: '/tim/verifikasi',
  period: null,
  text: null,
});

const opened: ReadModel[] = [];
afterEach(() => {
  for (const rm of opened.splice(0)) rm.close();
});

describe('which Perlu tindakan items are new', () => {
  it('announces nothing the first time on a device: the backlog is on Beranda', () => {
    expect(newItems(null, [item('verify', 3)])).toEqual([]);
  });

  it('announces an item not seen before, and more of the same, not fewer', () => {
    const seen = seenOf([item('verify', 2), item('unread-feedback', 1)]);
    expect(
      newItems(seen, [item('verify', 2), item('skp-approve:1:2026')]).map((i) => i.key),
    ).toEqual(['skp-approve:1:2026']);
    expect(newItems(seen, [item('verify', 3)]).map((i) => i.key)).toEqual(['verify']);
    expect(newItems(seen, [item('verify', 1)])).toEqual([]);
  });

  it('announces an item again when it returns after it was done', () => {
    const seen = seenOf([item('unread-feedback')]);
    const afterReading = seenOf([]);
    expect(newItems(seen, [item('unread-feedback')])).toEqual([]);
    expect(newItems(afterReading, [item('unread-feedback')]).map((i) => i.key)).toEqual([
      'unread-feedback',
    ]);
  });

  it('remembers what was seen on the device, across reads of the list', async () => {
    const rm = readModel();
    opened.push(rm);
    expect(await takeNewItems(rm, [item('verify', 1)])).toEqual([]);
    expect(await takeNewItems(rm, [item('verify', 1)])).toEqual([]);
    expect((await takeNewItems(rm, [item('verify', 2)])).map((i) => i.count)).toEqual([2]);
    expect(await takeNewItems(rm, [item('verify', 2)])).toEqual([]);
  });
});
