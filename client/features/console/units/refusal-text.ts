/**
 * A refusal in the reader's language. Core writes reasons in Indonesian, as "<sentence>" or
 * "<sentence>: <detail>" (the detail here is a count); in English the known sentence is swapped.
 */
import { WRITE_REASONS } from '../../../core/write-reasons';
import type { Lang } from '../../../ui/prefs-store';

export function refusalText(f: { code: string; reason: string }, lang: Lang): string {
  const known = (WRITE_REASONS as Record<string, { id: string; en: string }>)[f.code];
  if (known === undefined || lang === 'id') return f.reason;
  const detail = f.reason.startsWith(`${known.id}: `) ? f.reason.slice(known.id.length + 2) : '';
  return detail === '' ? known.en : `${known.en}: ${detail}`;
}
