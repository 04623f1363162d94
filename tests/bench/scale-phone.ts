/**
 * A person's data on a phone, for scale-bench.ts: the bench page of client-sync-bench.ts (the
 * app's PouchDB on IndexedDB, the Dexie read model, the projector and the sync engine) in
 * Chromium, synced from a running server until every document is projected, then what the
 * origin holds as `navigator.storage.estimate()` reports it (IndexedDB: both databases).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../e2e/support/browser';
import { bundlePage, startProxy } from './client-sync-rig';

export type PhoneBytes = { ms: number; docs: number; usage: number; indexedDb: number | null };

/** The first sync of `token`'s person into a fresh phone profile, and the bytes it then holds. */
export async function phoneBytes(
  syncUrl: string,
  token: string,
  expected: number,
): Promise<PhoneBytes> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'kinerja-scale-phone-'));
  const pageDir = path.join(work, 'page');
  const closers: (() => Promise<unknown> | void)[] = [
    () => rmSync(work, { recursive: true, force: true }),
  ];
  try {
    await bundlePage(pageDir);
    const proxy = await startProxy(pageDir, syncUrl, (_req, res) => {
      res.writeHead(404);
      res.end();
    });
    closers.push(() => proxy.close());
    const browser = await launchBrowser();
    closers.push(() => browser.close());
    const page = await (await browser.newContext()).newPage();
    await page.goto(proxy.url);
    await page.waitForFunction(() => 'kinerjaBench' in window);
    const synced = await page.evaluate<{ ms: number; docs: number }>(
      `window.kinerjaBench.ourInitialSync(${JSON.stringify(token)}, ${expected})`,
    );
    const estimate = await page.evaluate(async () => {
      const e = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: { indexedDB?: number };
      };
      return { usage: e.usage ?? 0, indexedDb: e.usageDetails?.indexedDB ?? null };
    });
    return { ...synced, ...estimate };
  } finally {
    for (const c of closers.reverse()) await c();
  }
}
