/**
 * A refused write's reason in the person's language. Core and the commands write reasons in
 * Indonesian, as "<sentence>" or "<sentence>: <detail>"; every sentence has its English text
 * beside it (core's WRITE_REASONS, a command's own `*_REASONS`). In English the sentence is
 * swapped by its code and the detail kept; a reason nobody translated stays as it was written.
 */
import { useCallback } from 'react';
import { WRITE_REASONS } from '../core/write-reasons';
import { ATTENDANCE_ADMIN_REASONS } from '../data/commands/attendance-admin-reasons';
import { ATTENDANCE_STAFF_REASONS } from '../data/commands/attendance-staff-reasons';
import { DEVELOPMENT_STAFF_REASONS } from '../data/commands/development-staff-reasons';
import { RESULT_REASONS } from '../data/commands/result';
import { usePrefsStore, type Lang } from './prefs-store';

type Sentence = { readonly id: string; readonly en: string };

/** What a screen shows: a command's failure, or a reason the server sent without its code. */
export type Refusal = { readonly code?: string; readonly reason: string };

/** Every translated sentence by its code; the commands' codes differ from core's (tested). */
export const REASON_SENTENCES: ReadonlyMap<string, Sentence> = new Map<string, Sentence>([
  ...Object.entries(WRITE_REASONS),
  ...Object.entries(RESULT_REASONS),
  ...Object.entries(DEVELOPMENT_STAFF_REASONS),
  ...Object.entries(ATTENDANCE_STAFF_REASONS),
  ...Object.entries(ATTENDANCE_ADMIN_REASONS),
]);

/** The reason with `sentence` in English and its detail kept, or null when it is another one. */
function swapped(reason: string, sentence: Sentence): string | null {
  if (reason === sentence.id) return sentence.en;
  const prefix = `${sentence.id}: `;
  return reason.startsWith(prefix) ? `${sentence.en}: ${reason.slice(prefix.length)}` : null;
}

/**
 * The reason in `lang`. By a known code: its English sentence (with the detail when the reason
 * is that sentence; a command's other wording under a core code still reads in English).
 * Without a known code, the sentence is found by its Indonesian text; else the reason as written.
 */
export function reasonText(refusal: Refusal, lang: Lang): string {
  if (lang === 'id') return refusal.reason;
  const known = refusal.code === undefined ? undefined : REASON_SENTENCES.get(refusal.code);
  if (known) return swapped(refusal.reason, known) ?? known.en;
  for (const sentence of REASON_SENTENCES.values()) {
    const text = swapped(refusal.reason, sentence);
    if (text !== null) return text;
  }
  return refusal.reason;
}

/** `reasonText` in the person's chosen language. */
export function useReason(): (refusal: Refusal) => string {
  const lang = usePrefsStore((s) => s.lang);
  return useCallback((refusal: Refusal) => reasonText(refusal, lang), [lang]);
}
