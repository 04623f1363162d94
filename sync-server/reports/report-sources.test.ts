import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeActivity } from '../../client/core/testing/factories';
import { FeedIndex } from '../feed/feed-index';
import { openLevelDbStore } from '../store/leveldb-store';
import type { Store, StoredDoc } from '../store/store';
import { ReportSources } from './report-sources';

const opened: { dir: string; store: Store; index: FeedIndex }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    o.index.close();
    await o.store.close();
    fs.rmSync(o.dir, { recursive: true, force: true });
  }
});

describe('ReportSources', () => {
  it("returns every entry of a person's month, though fetching some evicts other kept ones", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-sources-'));
    const store = openLevelDbStore(dir);
    const index = new FeedIndex(dir);
    opened.push({ dir, store, index });
    const docs = ['08:00', '09:00', '10:00', '11:00'].map((start, i) =>
      makeActivity({ date: '2026-05-14', start, end: `${String(9 + i).padStart(2, '0')}:00` }),
    );
    const written = await store.bulkDocs(docs, true);
    const stored = docs.map((d, i): StoredDoc => ({ ...d, _rev: written[i]?.rev ?? '' }));
    index.apply(
      stored.map((d) => ({
        docId: d._id,
        rev: d._rev,
        leaves: [d._rev],
        deleted: false,
        channels: [],
        docDate: null,
        owner: null,
        bytes: 0,
      })),
      1,
    );
    const sources = new ReportSources(store, index, () => true);
    // Kept as the tailer indexed them, then pushed towards the door by 9,998 others' entries
    // (10,000 are kept): the first two are gone, and keeping them again evicts the next two.
    sources.keep(stored);
    sources.keep(
      Array.from({ length: 9_998 }, (_, i) => ({
        ...makeActivity({ date: '2026-05-01' }),
        _id: `activity:other-${i}`,
        _rev: '1-a',
      })),
    );
    const month = stored[0]!._id.slice(0, stored[0]!._id.indexOf('2026-05') + 7);
    const found = await sources.under([month]);
    expect(found.map((d) => d._id).sort()).toEqual(stored.map((d) => d._id).sort());
  });
});
