// @vitest-environment jsdom
/**
 * Two tabs of one person write into one IndexedDB database, each through its own PouchDB
 * connection. The `indexeddb` adapter numbers a connection's writes from the sequence it read when
 * it opened (apache/pouchdb#8494); the patch in patches/ (ADR 0025) makes each write, and `info`,
 * read it again. This loads the adapter's Node build; tests/e2e/data-devices.test.ts covers the
 * browser build in Chromium.
 */
import 'fake-indexeddb/auto';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { makeActivity } from '../core/testing/factories';
import { Pouch, withListenerRoom, type LocalDb } from './local-db';
import { Projector } from './projector';
import { idbDb, readModel } from './testing/devices';
import { STAFF, TODAY } from './testing/kelurahan';

// A second copy of the adapter module, with its own connections and their kept metadata, as a
// second tab has; the same IndexedDB underneath.
const load = createRequire(import.meta.url);
const adapterPath = load.resolve('pouchdb-adapter-indexeddb');
delete load.cache[adapterPath];
(load('pouchdb-adapter-indexeddb') as (plugin: unknown) => void)({
  adapter: (_name: string, fn: unknown, preferred: boolean) =>
    (Pouch as unknown as { adapter: (n: string, f: unknown, p: boolean) => void }).adapter(
      'indexeddb-other-tab',
      fn,
      preferred,
    ),
});
const otherTab = (name: string): LocalDb =>
  withListenerRoom(new Pouch(name, { adapter: 'indexeddb-other-tab' } as never));

const opened: LocalDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close().catch(() => undefined);
});

/** Two open tabs: the first opened the database, then the second. */
async function twoTabs(): Promise<[LocalDb, LocalDb]> {
  const first = idbDb();
  await first.info();
  const second = otherTab(first.name);
  await second.info();
  // The second one's opening made the first reconnect (a version change): settled, as two tabs
  // open for a while are, each has read the metadata once.
  await first.info();
  opened.push(first, second);
  return [first, second];
}

describe('two tabs writing into one database', () => {
  it('saves in the second tab after the first one wrote', async () => {
    const [first, second] = await twoTabs();
    await first.put({ _id: 'activity:1:a', kegiatan: 'Tab pertama' });
    // Without the patch: "Unable to add key to index 'seq'", and the tab's database fails.
    await expect(second.put({ _id: 'activity:1:b', kegiatan: 'Tab kedua' })).resolves.toMatchObject(
      { ok: true },
    );
    const { results } = await first.changes({ since: 0 });
    expect(results.map((c) => c.id).sort()).toEqual(['activity:1:a', 'activity:1:b']);
  });

  it('numbers the second tab’s write after everything written before, so the sync sends it', async () => {
    const [first, second] = await twoTabs();
    const a = await first.put({ _id: 'activity:1:a', kegiatan: 'Tab pertama' });
    await first.put({ _id: 'activity:1:a', _rev: a.rev, kegiatan: 'Tab pertama, diubah' });
    // The sync (in the first tab) has sent everything up to here.
    const sent = (await first.changes({ since: 0 })).last_seq;
    await second.put({ _id: 'activity:1:b', kegiatan: 'Tab kedua' });
    // Without the patch the write takes the sequence the edit freed, below what was sent.
    const { results } = await first.changes({ since: sent });
    expect(results.map((c) => c.id)).toEqual(['activity:1:b']);
  });

  it('shows a tab what the other tab saved when it catches up from the database', async () => {
    const [first, second] = await twoTabs();
    const entry = makeActivity({ nip: STAFF, date: TODAY });
    await second.put(entry);
    // The first tab's projector reads how far the database goes with `info` (a full read when
    // it takes over projecting): without the patch it says 0 here and projects nothing.
    const rm = readModel();
    await new Projector(first, rm).catchUp();
    expect(await rm.activities.get(entry._id)).toMatchObject({ kegiatan: entry.kegiatan });
    rm.close();
  });
});
