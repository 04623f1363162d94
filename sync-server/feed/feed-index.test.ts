import fs from 'node:fs';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { leaseHolderName } from '../server-db';
import { FeedIndex, type IndexEntry } from './feed-index';

const dirs: string[] = [];
function open(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feed-'))): {
  index: FeedIndex;
  dir: string;
} {
  dirs.push(dir);
  return { index: new FeedIndex(dir), dir };
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const entry = (docId: string, channels: string[], over: Partial<IndexEntry> = {}): IndexEntry => ({
  docId,
  rev: '1-a',
  leaves: ['1-a'],
  deleted: false,
  channels,
  docDate: null,
  owner: null,
  bytes: 0,
  ...over,
});
const all = (channels: string[]) => ({ full: channels, windowed: [], windowStart: '0000-00-00' });

describe('FeedIndex', () => {
  it('gives each revision the next seq and keeps only the newest row of a document', () => {
    const { index } = open();
    index.apply([entry('a', ['emp:1']), entry('b', ['emp:2'])], 2);
    index.apply([entry('a', ['emp:1'], { rev: '2-b', leaves: ['2-b'] })], 3);
    const rows = index.changes(all(['emp:1', 'emp:2']), 0, Infinity);
    expect(rows.map((r) => [r.seq, r.docId, r.rev])).toEqual([
      [2, 'b', '1-a'],
      [3, 'a', '2-b'],
    ]);
    expect(index.lastSeq).toBe(3);
    expect(index.storeSince).toBe(3);
  });

  it('says which of a batch of ids it holds, in a channel, in none, or deleted', () => {
    const { index } = open();
    index.apply(
      [entry('a', ['emp:1', 'unit:a']), entry('b', []), entry('c', ['emp:1'], { deleted: true })],
      1,
    );
    const asked = ['a', 'b', 'c', 'd', "e'", 'a'];
    expect([...index.existing(asked)].sort()).toEqual(['a', 'b', 'c']);
    expect(asked.filter((id) => index.has(id)).sort()).toEqual(['a', 'a', 'b', 'c']);
    expect(index.existing([])).toEqual(new Set());
  });

  it('lists a document in two of the reader’s channels once, and honours since and limit', () => {
    const { index } = open();
    index.apply(
      [entry('x', ['emp:1', 'review:9']), entry('y', ['emp:1']), entry('z', ['review:9'])],
      'opaque-1',
    );
    const q = all(['emp:1', 'review:9']);
    expect(index.changes(q, 0, Infinity).map((r) => r.docId)).toEqual(['x', 'y', 'z']);
    expect(index.changes(q, 1, Infinity).map((r) => r.docId)).toEqual(['y', 'z']);
    expect(index.changes(q, 0, 2).map((r) => r.docId)).toEqual(['x', 'y']);
    expect(index.changes(all(['emp:2']), 0, Infinity)).toEqual([]);
    expect(index.storeSince).toBe('opaque-1');
  });

  it('moves a document between channels, and feeds a tombstone to every channel it was in', () => {
    const { index } = open();
    index.apply([entry('e', ['emp:1', 'unit:a'])], 1);
    index.apply([entry('e', ['emp:1', 'unit:b'], { rev: '2-x' })], 2);
    expect(index.channelsOfDoc('e').sort()).toEqual(['emp:1', 'unit:b']);
    index.apply([entry('e', ['emp:1'], { rev: '3-y', deleted: true })], 3);
    expect(index.channelsOfDoc('e').sort()).toEqual(['emp:1', 'unit:b']);
    expect(index.changes(all(['unit:b']), 0, Infinity)).toEqual([
      { seq: 3, docId: 'e', rev: '3-y', leaves: ['1-a'], deleted: true },
    ]);
  });

  it('tells the channels of a batch of documents in one answer, as channelsOfDoc does for one', () => {
    const { index } = open();
    index.apply([entry('e', ['emp:1', 'unit:a']), entry('f', ['emp:2']), entry('g', [])], 1);
    const pairs = index.channelsOfDocs(['e', 'g', 'unknown', 'e', 'f']);
    expect(pairs.map(([id, c]) => `${id} ${c}`).sort()).toEqual([
      'e emp:1',
      'e unit:a',
      'f emp:2',
      // A document in no channel has its '' row, granted to nobody.
      'g ',
    ]);
    expect(index.channelsOfDocs([])).toEqual([]);
  });

  it('leaves windowed channels’ documents older than the window out of the feed, not out of listings', () => {
    const { index } = open();
    index.apply(
      [
        entry('old', ['emp:2'], { docDate: '2024-01-05' }),
        entry('new', ['emp:2'], { docDate: '2025-05-01' }),
        entry('undated', ['emp:2']),
      ],
      1,
    );
    const q = { full: [], windowed: ['emp:2'], windowStart: '2025-01-01' };
    expect(index.changes(q, 0, Infinity).map((r) => r.docId)).toEqual(['new', 'undated']);
    expect(index.changesOfDocs(q, ['old', 'new'], 0).map((r) => r.docId)).toEqual(['new']);
    expect(index.docsInRange(['emp:2'], '', '\ufff0', -1).map((d) => d.id)).toEqual([
      'new',
      'old',
      'undated',
    ]);
    expect(index.docCount(['emp:2'])).toBe(3);
  });

  it('persists its position, and a new index gets a new id', () => {
    const first = open();
    first.index.apply([entry('a', ['org'])], 7);
    const id = first.index.indexId;
    first.index.close();
    const again = new FeedIndex(first.dir);
    expect([again.lastSeq, again.storeSince, again.indexId]).toEqual([1, 7, id]);
    again.close();
    const other = open();
    expect(other.index.indexId).not.toBe(id);
  });

  it('lists a day’s live documents as its rows change after the day was first listed', () => {
    const { index } = open();
    const day = 'activity:1:2026-01-05:';
    index.apply([entry(`${day}a`, ['emp:1', 'unit:u']), entry(`${day}b`, ['emp:1'])], 2);
    expect(index.liveUnder(day)).toEqual([
      { id: `${day}a`, rev: '1-a' },
      { id: `${day}b`, rev: '1-a' },
    ]);
    // A new revision, a deletion, a new entry of the day, and one of another day.
    index.apply(
      [
        entry(`${day}a`, ['emp:1'], { rev: '2-b', leaves: ['2-b'] }),
        entry(`${day}b`, [], { rev: '2-c', leaves: ['2-c'], deleted: true }),
        entry(`${day}c`, ['emp:1']),
        entry('activity:1:2026-01-06:d', ['emp:1']),
      ],
      6,
    );
    expect(index.liveUnder(day).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: `${day}a`, rev: '2-b' },
      { id: `${day}c`, rev: '1-a' },
    ]);
  });

  it('sums the bytes of the live documents about a person, forgetting replaced and deleted ones', () => {
    const { index } = open();
    const own = (docId: string, bytes: number, over: Partial<IndexEntry> = {}) =>
      entry(docId, ['emp:1'], { owner: '1', bytes, ...over });
    index.apply([own('activity:1:a', 100), own('activity:1:b', 50)], 2);
    index.apply([own('activity:1:a', 300, { rev: '2-b' })], 3);
    expect(index.bytesOwnedBy('1')).toBe(350);
    index.apply([own('activity:1:b', 0, { deleted: true })], 4);
    expect(index.bytesOwnedBy('1')).toBe(300);
    expect(index.bytesOwnedBy('2')).toBe(0);
    index.apply([entry('activity:2:c', ['emp:2'], { owner: '2', bytes: 70 })], 5);
    expect(index.bytesOwnedBy('2')).toBe(70);
    expect(index.bytesOwnedBy('1')).toBe(300);
  });
});

describe('one process per index', () => {
  /** Where this process's pids are read (the host, and the pid namespace on Linux). */
  const here = leaseHolderName().split(':')[0];
  const setOwner = (dir: string, owner: string) => {
    const db = new Database(path.join(dir, 'feed.sqlite'));
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('owner', ?)").run(owner);
    db.close();
  };

  it('refuses to open an index another live process of this machine has open', () => {
    const { index, dir } = open();
    index.close();
    // The process that started this test runner is alive: as if it had the index open.
    setOwner(dir, `${here}:${process.ppid}:00000000`);
    expect(() => new FeedIndex(dir)).toThrow(/FEED_DIR/);
  });

  it('opens an index left by a process that is gone, or closed by its process', () => {
    const { index, dir } = open();
    const id = index.indexId;
    index.close();
    const closed = new FeedIndex(dir);
    expect(closed.indexId).toBe(id);
    closed.close();
    // Killed without closing: its pid is no longer alive.
    setOwner(dir, `${here}:2000000000:00000000`);
    const again = new FeedIndex(dir);
    expect(again.indexId).toBe(id);
    again.close();
  });
});
