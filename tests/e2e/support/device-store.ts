/** What a device keeps in its IndexedDB, read from the page: for waits on the app's own writes. */
import type { Page } from 'playwright-core';

/**
 * The text fields of the form draft stored under `key` in the person's read model (IndexedDB
 * `kinerja-read-{nip}`, table `drafts`; see client/data/drafts.ts), or null while none is stored.
 */
export function storedDraft(
  page: Page,
  nip: string,
  key: string,
): Promise<Record<string, string> | null> {
  return page.evaluate(
    async ({ name, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      try {
        const row = await new Promise<{ value?: Record<string, unknown> } | undefined>(
          (resolve, reject) => {
            const req = db.transaction('drafts', 'readonly').objectStore('drafts').get(key);
            req.onsuccess = () => resolve(req.result as { value?: Record<string, unknown> });
            req.onerror = () => reject(req.error ?? new Error('read failed'));
          },
        );
        if (!row?.value) return null;
        const texts = Object.entries(row.value).filter(([, v]) => typeof v === 'string');
        return Object.fromEntries(texts) as Record<string, string>;
      } finally {
        db.close();
      }
    },
    { name: `kinerja-read-${nip}`, key },
  );
}

/** How many activities a person's read model (`kinerja-read-{nip}`) holds on the page's device. */
export function activitiesOnDevice(page: Page, nip: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<number>((resolve, reject) => {
        const req = db.transaction('activities').objectStore('activities').count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, `kinerja-read-${nip}`);
}
