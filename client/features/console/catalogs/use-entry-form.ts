/**
 * The frame every catalog form shares: a field's error shown only after Simpan was pressed (or
 * the refusal core or the server gave for that field), the first wrong field focused, and while
 * writing the form busy. The form keeps its own values (in state, or in a draft) and its own
 * checks; a field's control has the id `idOf(field)`.
 */
import { useState, type FormEvent } from 'react';
import type { CommandResult } from '../../../data/commands/result';
import { useReason } from '../../../ui/use-reason';

type Options<V, F extends string, K extends string> = {
  values: V;
  setValues: (update: (v: V) => V) => void;
  /** The wrong fields with the message key of each. */
  check: (v: V) => Partial<Record<F, K>>;
  /** The fields in the form's order: the first wrong one gets the focus. */
  order: readonly F[];
  message: (key: K) => string;
  idOf: (field: F) => string;
  /** The form field a command's refused document field belongs to, or null for the whole entry. */
  fieldOf: (commandField: string | undefined) => F | null;
  /** Writes the checked values. */
  save: () => Promise<CommandResult>;
  /** After a successful write. */
  onSaved: () => void | Promise<void>;
};

export function useEntryForm<V, F extends string, K extends string>(o: Options<V, F, K>) {
  const [attempted, setAttempted] = useState(false);
  const reasonOf = useReason();
  const [refusal, setRefusal] = useState<{ field: F | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = o.check(o.values);
  const focus = (field: F) => document.getElementById(o.idOf(field))?.focus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setRefusal(null);
    const first = o.order.find((f) => errors[f]);
    if (first) {
      focus(first);
      return;
    }
    setBusy(true);
    const result = await o.save();
    setBusy(false);
    if (!result.ok) {
      const field = o.fieldOf(result.field);
      setRefusal({ field, text: reasonOf(result) });
      if (field) focus(field);
      return;
    }
    await o.onSaved();
  }

  return {
    /** The message next to `field`, if any. */
    errorOf: (field: F): string | undefined => {
      const key = attempted ? errors[field] : undefined;
      if (key) return o.message(key);
      return refusal?.field === field ? refusal.text : undefined;
    },
    /** A changed field, for a control's onChange (a refusal is forgotten). */
    set:
      <Key extends keyof V>(key: Key) =>
      (value: V[Key]) => {
        setRefusal(null);
        o.setValues((v) => ({ ...v, [key]: value }));
      },
    /** Changed values (a refusal is forgotten). */
    update: (next: Partial<V>) => {
      setRefusal(null);
      o.setValues((v) => ({ ...v, ...next }));
    },
    /** What the form's frame (EntryFormFrame) shows: busy, a refusal no field explains, submit. */
    frame: { busy, refusal: refusal?.field === null ? refusal.text : null, onSubmit: submit },
  };
}
