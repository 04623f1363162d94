/**
 * `_changes` in pages (`limit`), as a first sync asks for it: each page says how many changes
 * remain after it (`pending`, as CouchDB does). Counting them is a scan of all that remains, so
 * a client paging on while the index stands still is answered from the last page's count; once
 * the index moves, the count is taken again, and stays exact.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEntry, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call, signIn, type Auth } from './support/http';
import { startServer, type TestServer } from './support/server';

type Page = { results: { id: string }[]; last_seq: string; pending: number };

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Waits until the index stands still: every store change indexed, the reports written. */
async function indexStill(): Promise<void> {
  await server.app.services.reports.settled();
  await server.app.services.tailer.catchUp();
}

describe('_changes in pages', () => {
  it('counts what remains once while the index stands still, and again once it moves', async () => {
    const auth: Auth = { token: await signIn(server.url, NIP.sri) };
    const feed = async (query: string) => {
      const r = await call(`${server.couchUrl}/_changes${query}`, { auth });
      expect(r.status).toBe(200);
      return r.body as Page;
    };
    const after = (page: Page) => `since=${encodeURIComponent(page.last_seq)}`;
    await indexStill();
    const all = await feed('');
    expect(all.results.length).toBeGreaterThan(12);
    const counted = vi.spyOn(server.app.services.index, 'countAfter');
    try {
      let page = await feed('?limit=3');
      expect(page.pending).toBe(all.results.length - 3);
      page = await feed(`?limit=3&${after(page)}`);
      expect(page.pending).toBe(all.results.length - 6);
      page = await feed(`?limit=3&${after(page)}`);
      expect(page.pending).toBe(all.results.length - 9);
      expect(counted).toHaveBeenCalledTimes(1);

      // One of Sri's team writes meanwhile: the index moves, and the next page counts again.
      const entry = makeEntry({ nip: NIP.dewi, date: today() });
      const put = await call(`${server.couchUrl}/_bulk_docs`, {
        method: 'POST',
        auth: basic(NIP.dewi),
        json: { docs: [entry] },
      });
      expect(put.status).toBe(201);
      await indexStill();
      const rest = await feed(`?${after(page)}`);
      expect(rest.results.map((r) => r.id)).toContain(entry._id);
      page = await feed(`?limit=3&${after(page)}`);
      expect(page.pending).toBe(rest.results.length - 3);
      expect(counted).toHaveBeenCalledTimes(2);
      page = await feed(`?limit=3&${after(page)}`);
      expect(page.pending).toBe(rest.results.length - 6);
      expect(counted).toHaveBeenCalledTimes(2);

      // A page that starts elsewhere (another device of hers, from the start) counts for itself.
      const now = await feed('');
      page = await feed('?limit=3');
      expect(page.pending).toBe(now.results.length - 3);
      expect(counted).toHaveBeenCalledTimes(3);
    } finally {
      counted.mockRestore();
    }
  });
});
