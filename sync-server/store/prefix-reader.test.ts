import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleOf } from '../../client/core/day-schedule';
import { makeActivity } from '../../client/core/testing/factories';
import { FeedIndex } from '../feed/feed-index';
import { openLevelDbStore } from './leveldb-store';
import { PrefixReader } from './prefix-reader';
import type { Store, StoredDoc } from './store';

const opened: { dir: string; store: Store; index: FeedIndex }[] = [];
function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prefix-reader-'));
  const o = { dir, store: openLevelDbStore(dir), index: new FeedIndex(dir) };
  opened.push(o);
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) {
    o.index.close();
    await o.store.close();
    fs.rmSync(o.dir, { recursive: true, force: true });
  }
});

const DAY = '2026-05-14';
const entry = (start: string, end: string, date = DAY) =>
  makeActivity({ date, start, end, rhkId: null, ikiId: null });
const dayPrefix = (doc: { _id: string }) => doc._id.slice(0, doc._id.lastIndexOf(':') + 1);

async function write(store: Store, doc: Record<string, unknown>): Promise<StoredDoc> {
  const [res] = await store.bulkDocs([doc], true);
  return { ...doc, _rev: res?.rev ?? '' } as StoredDoc;
}

/** Indexes the store's current winners of `docs` as the tailer would (channels aside). */
function indexAs(index: FeedIndex, docs: readonly StoredDoc[], since: number): void {
  index.apply(
    docs.map((d) => ({
      docId: d._id,
      rev: d._rev,
      leaves: [d._rev],
      deleted: d._deleted === true,
      channels: [],
      docDate: null,
      owner: null,
      bytes: 0,
    })),
    since,
  );
}

const readDocs = async (reader: PrefixReader, prefix: string) => [
  ...(await reader.read(prefix)).values(),
];
const times = (docs: readonly StoredDoc[]) =>
  docs.map((d) => `${String(d.start)}-${String(d.end)}`).sort();

describe('PrefixReader', () => {
  it("reads a day's live entries from the store, and a revision written elsewhere afresh", async () => {
    const { store, index } = open();
    const reader = new PrefixReader(store, index, () => false);
    const morning = await write(store, entry('08:00', '09:00'));
    const noon = await write(store, entry('12:00', '13:00'));
    await write(store, entry('08:00', '09:00', '2026-05-13'));
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual([
      '08:00-09:00',
      '12:00-13:00',
    ]);

    await write(store, { _id: noon._id, _rev: noon._rev, _deleted: true });
    // Another server moves the morning entry: the cached revision is no longer the stored one.
    reader.remember([morning]);
    await write(store, { ...morning, start: '07:00', end: '07:30' });
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual(['07:00-07:30']);
  });

  it('keeps every cached entry of a day it reads, though fetching the others evicts old ones', async () => {
    const { store, index } = open();
    const reader = new PrefixReader(store, index, () => true);
    const day = [];
    for (const [start, end] of [
      ['08:00', '09:00'],
      ['09:00', '10:00'],
      ['10:00', '11:00'],
      ['11:00', '12:00'],
    ] as const)
      day.push(await write(store, entry(start, end)));
    indexAs(index, day, 1);
    // The day read earlier sits oldest in the cache; other days since have pushed its first two
    // out (the cache keeps 10,000 bodies). Fetching those two again evicts the next two.
    reader.remember(day);
    reader.remember(
      Array.from({ length: 9_998 }, (_, i) => ({
        ...entry('08:00', '09:00', '2026-05-01'),
        _id: `activity:other-${i}`,
        _rev: '1-a',
      })),
    );
    expect(times(await readDocs(reader, dayPrefix(day[0]!)))).toEqual([
      '08:00-09:00',
      '09:00-10:00',
      '10:00-11:00',
      '11:00-12:00',
    ]);
  });

  it('with an index that knows every stored id, reads the revisions it names', async () => {
    const { store, index } = open();
    const reader = new PrefixReader(store, index, () => true);
    const morning = await write(store, entry('08:00', '09:00'));
    // Not indexed yet: as far as this index knows, the day is empty.
    expect(await readDocs(reader, dayPrefix(morning))).toEqual([]);
    indexAs(index, [morning], 1);
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual(['08:00-09:00']);

    const moved = await write(store, { ...morning, start: '10:00', end: '11:00' });
    indexAs(index, [moved], 2);
    expect(await readDocs(reader, dayPrefix(morning))).toEqual([
      expect.objectContaining({ _rev: moved._rev, start: '10:00' }),
    ]);
    indexAs(index, [await write(store, { _id: moved._id, _rev: moved._rev, _deleted: true })], 3);
    expect(await readDocs(reader, dayPrefix(morning))).toEqual([]);
  });

  it('counts what this server wrote until the index lists it, once, and not after a deletion', async () => {
    const { store, index } = open();
    const reader = new PrefixReader(store, index, () => true);
    const morning = await write(store, entry('08:00', '09:00'));
    reader.written([morning]);
    // The tailer has not indexed it yet: the next push of that day is judged with it all the same.
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual(['08:00-09:00']);
    indexAs(index, [morning], 1);
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual(['08:00-09:00']);

    const deleted = await write(store, { _id: morning._id, _rev: morning._rev, _deleted: true });
    reader.written([deleted]);
    indexAs(index, [deleted], 2);
    expect(await readDocs(reader, dayPrefix(morning))).toEqual([]);
    const noon = await write(store, entry('12:00', '13:00'));
    reader.written([noon]);
    const gone = await write(store, { _id: noon._id, _rev: noon._rev, _deleted: true });
    reader.written([gone]);
    expect(await readDocs(reader, dayPrefix(noon))).toEqual([]);
  });

  it('counts its own change and deletion in a kept day before the index lists them', async () => {
    const { store, index } = open();
    const reader = new PrefixReader(store, index, () => true);
    const morning = await write(store, entry('08:00', '09:00'));
    const noon = await write(store, entry('12:00', '13:00'));
    indexAs(index, [morning, noon], 1);
    await readDocs(reader, dayPrefix(morning));
    // This server moves the morning entry and deletes the noon one; the index lags behind.
    const moved = await write(store, { ...morning, start: '06:00', end: '07:00' });
    const gone = await write(store, { _id: noon._id, _rev: noon._rev, _deleted: true });
    reader.written([moved, gone]);
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual(['06:00-07:00']);
    indexAs(index, [moved, gone], 2);
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual(['06:00-07:00']);
  });

  it('once a write has settled, reads what the index lists and no longer counts it apart', async () => {
    const { store, index } = open();
    const reader = new PrefixReader(store, index, () => true);
    const morning = await write(store, entry('08:00', '09:00'));
    const noon = await write(store, entry('12:00', '13:00'));
    reader.written([morning, noon]);
    indexAs(index, [morning], 1);
    reader.settled([morning._id]);
    // Noon has not settled: still counted. Morning is read from the index, once.
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual([
      '08:00-09:00',
      '12:00-13:00',
    ]);
    reader.settled([noon._id]);
    // Settled, so no longer counted apart: the gatekeeper says so once the index lists it.
    expect(times(await readDocs(reader, dayPrefix(morning)))).toEqual(['08:00-09:00']);
  });

  it.each([
    ['the feed index', true],
    ['the store', false],
  ])(
    'keeps a day between reads, and follows a change, a deletion and a new entry %s lists',
    async (_, fromIndex) => {
      const { store, index } = open();
      const reader = new PrefixReader(store, index, () => fromIndex);
      const morning = await write(store, entry('08:00', '09:00'));
      const noon = await write(store, entry('12:00', '13:00'));
      const evening = await write(store, entry('17:00', '18:00'));
      indexAs(index, [morning, noon, evening], 3);
      const prefix = dayPrefix(morning);
      const first = await reader.read(prefix);
      expect(scheduleOf(first).overlaps('x', '08:30', '08:45')).toBe(true);
      // What a batch notes in its map stays its own.
      first.set('x', entry('10:00', '11:00') as StoredDoc);
      first.delete(noon._id);

      // Written by another process: the morning moved, the noon deleted, a new afternoon entry.
      const moved = await write(store, { ...morning, start: '06:00', end: '07:00' });
      const gone = await write(store, { _id: noon._id, _rev: noon._rev, _deleted: true });
      const afternoon = await write(store, entry('14:00', '15:00'));
      indexAs(index, [moved, gone, afternoon], 6);
      const second = await reader.read(prefix);
      expect(times([...second.values()])).toEqual(['06:00-07:00', '14:00-15:00', '17:00-18:00']);
      // The day's schedule follows, though the day has as many entries as before.
      expect(scheduleOf(second).overlaps('x', '08:30', '08:45')).toBe(false);
      expect(scheduleOf(second).overlaps('x', '06:30', '06:45')).toBe(true);
      expect(scheduleOf(second).overlaps('x', '12:30', '12:45')).toBe(false);
    },
  );
});
