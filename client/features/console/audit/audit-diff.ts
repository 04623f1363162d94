/**
 * An audit entry's before and after as a person reads them: the fields that changed, each with
 * its old and new value in words, not the stored JSON. Replication and bookkeeping fields
 * (`_rev`, `schemaVersion`) are left out; they say nothing about the change.
 */

export type FieldChange = { field: string; before: string | null; after: string | null };

const HIDDEN = new Set(['_id', '_rev', '_revisions', '_deleted', 'type', 'schemaVersion']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored value in words: text as it is, lists joined, small records as "key: value". */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map((v) => (isRecord(v) ? `(${valueText(v)})` : valueText(v))).join(', ');
  }
  if (isRecord(value))
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${k}: ${valueText(v)}`)
      .join('; ');
  return JSON.stringify(value);
}

/** The fields that differ between before and after, in the order they first appear. */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !HIDDEN.has(f));
  return fields.flatMap((field) => {
    const was = valueText(b[field]);
    const is = valueText(a[field]);
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}
