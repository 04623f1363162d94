/**
 * Device storage: asks the browser to keep our data (persist) after sign-in, watches the
 * estimate, and turns quota errors into a sentence a person can act on. Stores nothing itself.
 */
import { create } from 'zustand';

/** Free space below this (bytes) counts as low. */
const LOW_FREE_BYTES = 50 * 1024 * 1024;
/** Usage above this share of the quota counts as low. */
const LOW_USAGE_SHARE = 0.9;

export const QUOTA_REASON =
  'Ruang penyimpanan perangkat penuh. Hapus foto atau berkas lain di perangkat, lalu simpan lagi.';

export type StorageState = {
  /** Bytes used and available to this origin, null when the browser does not say. */
  usage: number | null;
  quota: number | null;
  /** True when the browser promised not to evict our data. */
  persisted: boolean;
  /** True when space runs low: the screens show a warning. */
  low: boolean;
  refresh(): Promise<void>;
};

/** True when free space or the usage share says space runs low. */
export function isLowSpace(usage: number | null, quota: number | null): boolean {
  if (usage === null || quota === null || quota === 0) return false;
  return quota - usage < LOW_FREE_BYTES || usage / quota > LOW_USAGE_SHARE;
}

export const useStorageStore = create<StorageState>()((set) => ({
  usage: null,
  quota: null,
  persisted: false,
  low: false,
  refresh: async () => {
    const estimate = await estimateStorage();
    set({ ...estimate, low: isLowSpace(estimate.usage, estimate.quota) });
  },
}));

/** The browser's storage estimate for this origin. */
export async function estimateStorage(): Promise<{ usage: number | null; quota: number | null }> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return { usage: null, quota: null };
  const e = await storage.estimate();
  return { usage: e.usage ?? null, quota: e.quota ?? null };
}

/** Asks the browser to keep this origin's data; called after sign-in. */
export async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  const persisted = (await storage.persisted?.()) || (await storage.persist());
  useStorageStore.setState({ persisted });
  await useStorageStore.getState().refresh();
  return persisted;
}

/** True for an error that means the device ran out of storage (IndexedDB or PouchDB). */
export function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as {
    name?: unknown;
    message?: unknown;
    reason?: unknown;
    error?: unknown;
    code?: unknown;
  };
  if (e.code === 22) return true;
  return [e.name, e.message, e.reason, e.error].some(
    (s) => typeof s === 'string' && /quota/i.test(s),
  );
}
