/**
 * A refused write in the reader's language, for the field it names: core's sentence in
 * Indonesian (with its detail, such as the cycle it found), the English one by its code.
 */
import { useCallback } from 'react';
import { WRITE_REASONS } from '../../../core/write-reasons';
import type { CommandFailure } from '../../../data/commands/result';
import { usePrefsStore } from '../../../ui/prefs-store';

export function useCommandReason(): (f: CommandFailure) => string {
  const lang = usePrefsStore((s) => s.lang);
  return useCallback(
    (f: CommandFailure) => {
      if (lang === 'id') return f.reason;
      return (WRITE_REASONS as Record<string, { en: string }>)[f.code]?.en ?? f.reason;
    },
    [lang],
  );
}

/** The failure as `{field: reason}`: one about no field the form shows goes under `form`. */
export function fieldErrorOf(
  f: CommandFailure,
  reason: string,
  shown: readonly string[],
): Record<string, string> {
  return { [f.field !== undefined && shown.includes(f.field) ? f.field : 'form']: reason };
}
