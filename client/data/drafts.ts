/**
 * Form autosave, device-only: what a person types is kept in the read model's `drafts` table
 * (IndexedDB `kinerja-read-{nip}`; key, value, updatedAt) about 300 ms after they stop typing,
 * restored when they come back to the form, and cleared when the document is saved. Drafts are
 * never replicated; they go with the read model when a user's data leaves the device.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadModel } from './read-model';
import { useReadModel } from './user-data';

export const DRAFT_DELAY_MS = 300;

export async function saveDraft(key: string, value: unknown, rm: ReadModel): Promise<void> {
  await rm.drafts.put({ key, value, updatedAt: new Date().toISOString() });
}

/** The saved draft of a form, or undefined. */
export async function loadDraft<T>(key: string, rm: ReadModel): Promise<T | undefined> {
  return (await rm.drafts.get(key))?.value as T | undefined;
}

/** Forgets a form's draft (call it once the document is saved). */
export async function clearDraft(key: string, rm: ReadModel): Promise<void> {
  await rm.drafts.delete(key);
}

export type DraftState = {
  /** True once the stored draft (if any) has been read. */
  ready: boolean;
  /** True when the value came back from a stored draft. */
  restored: boolean;
  /** Writes a pending change now (on blur or before leaving). */
  flush(): Promise<void>;
  /** Drops the draft and returns the form to `initial`. */
  discard(): Promise<void>;
};

/**
 * Runs a draft's read or write in the background: one that fails (the read model closed by a
 * sign-out meanwhile, the device's storage failing) loses at most the draft's copy, never what the
 * form holds, and must not surface as an unhandled error.
 */
function inBackground(work: Promise<unknown>): void {
  work.catch(() => undefined);
}

/**
 * A form value that survives reloads: like useState, restored from the stored draft on mount and
 * saved as the person types. A change typed before the draft loads wins over the stored draft.
 */
export function useDraft<T>(
  key: string,
  initial: T,
): [T, (next: T | ((prev: T) => T)) => void, DraftState] {
  const rm = useReadModel();
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const latest = useRef<{ value: T; dirty: boolean; touched: boolean }>({
    value: initial,
    dirty: false,
    touched: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const initialRef = useRef(initial);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current.dirty) return;
    latest.current.dirty = false;
    const { value } = latest.current;
    try {
      await saveDraft(key, value, rm);
    } catch (err) {
      // Not stored: the next flush (a pause, hiding the page, leaving the form) tries again.
      if (latest.current.value === value) latest.current.dirty = true;
      throw err;
    }
  }, [key, rm]);

  useEffect(() => {
    let cancelled = false;
    loadDraft<T>(key, rm).then(
      (stored) => {
        if (cancelled) return;
        if (stored !== undefined && !latest.current.touched) {
          latest.current.value = stored;
          setValue(stored);
          setRestored(true);
        }
        setReady(true);
      },
      // Without its stored draft the form still opens, empty.
      () => {
        if (!cancelled) setReady(true);
      },
    );
    const onHide = () => {
      if (document.visibilityState === 'hidden') inBackground(flush());
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      inBackground(flush());
    };
  }, [key, rm, flush]);

  const update = useCallback(
    (next: T | ((prev: T) => T)) => {
      const value =
        typeof next === 'function' ? (next as (prev: T) => T)(latest.current.value) : next;
      latest.current = { value, dirty: true, touched: true };
      setValue(value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => inBackground(flush()), DRAFT_DELAY_MS);
    },
    [flush],
  );

  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    latest.current = { value: initialRef.current, dirty: false, touched: true };
    setValue(initialRef.current);
    setRestored(false);
    // A draft that cannot be cleared must not keep the form from leaving after its save.
    await clearDraft(key, rm).catch(() => undefined);
  }, [key, rm]);

  return [value, update, { ready, restored, flush, discard }];
}
