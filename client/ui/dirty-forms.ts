/**
 * Which forms on screen hold typing that is not saved yet (in memory only).
 * Features call `useDirtyForm(isDirty)`; the update prompt waits while any form is dirty, so an
 * app update never reloads the page under someone's typing.
 */
import { useEffect, useId, useSyncExternalStore } from 'react';

const dirty = new Set<string>();
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function setFormDirty(formId: string, isDirty: boolean): void {
  const had = dirty.has(formId);
  if (isDirty === had) return;
  if (isDirty) dirty.add(formId);
  else dirty.delete(formId);
  emit();
}

export function hasDirtyForms(): boolean {
  return dirty.size > 0;
}

export function subscribeDirtyForms(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks the calling form dirty while `isDirty`; unmounting clears it. */
export function useDirtyForm(isDirty: boolean): void {
  const formId = useId();
  useEffect(() => {
    setFormDirty(formId, isDirty);
  }, [formId, isDirty]);
  useEffect(() => () => setFormDirty(formId, false), [formId]);
}

/** True while any form on screen has unsaved typing. */
export function useAnyFormDirty(): boolean {
  return useSyncExternalStore(subscribeDirtyForms, hasDirtyForms, () => false);
}
