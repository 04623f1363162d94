/**
 * Reconcile after an access change: the server says which of the ids on this device the user
 * may no longer hold (a report moved to another head, say); they are purged from this device
 * only, so no deletion is replicated or counted as waiting. Documents with work of this person
 * the server has not taken (waiting to be sent, or refused) are never asked about: a purge would
 * lose what they typed.
 */
import { purgeLocally, type LocalDb } from './local-db';

const CHUNK = 1000;

export type ReconcileDeps = {
  /** POST /api/sync/reconcile: the ids of `ids` the user may no longer hold. */
  fetchGone: (ids: string[]) => Promise<string[]>;
  /** Removes the purged documents from the read model. */
  onPurged?: (ids: string[]) => Promise<void>;
  /** Ids never to purge: this person's unsent or refused writes. */
  unsent?: ReadonlySet<string>;
};

/** Asks the server about every document on the device and purges the gone ones; returns them. */
export async function reconcileDevice(db: LocalDb, deps: ReconcileDeps): Promise<string[]> {
  const all = await db.allDocs();
  const ids = all.rows
    .map((r) => r.id)
    .filter((id) => !id.startsWith('_') && !deps.unsent?.has(id));
  const gone: string[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    gone.push(...(await deps.fetchGone(ids.slice(i, i + CHUNK))));
  }
  if (gone.length === 0) return [];
  const removed = await purgeLocally(db, gone);
  await deps.onPurged?.(removed);
  return removed;
}
