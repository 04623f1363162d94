/**
 * The audit log as CSV for a spreadsheet: one row per entry, the document before and after as
 * JSON. Cells a spreadsheet would run as a formula (starting with = + - @) are prefixed with `'`.
 */
import type { AuditEntry } from './audit-log';

export const AUDIT_CSV_COLUMNS = [
  'id',
  'waktu',
  'pelaku_nip',
  'pelaku_nama',
  'tindakan',
  'lewat',
  'sasaran',
  'nip',
  'unit',
  'sebelum',
  'sesudah',
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; formulas defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function subjectsOf(entry: AuditEntry, prefix: string): string {
  return entry.subjects
    .filter((s) => s.startsWith(prefix))
    .map((s) => s.slice(prefix.length))
    .join(' ');
}

const json = (value: unknown) => (value === null ? '' : JSON.stringify(value));

/** The header line, CRLF-terminated as RFC 4180 has it. */
export function auditCsvHeader(): string {
  return `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
}

/** One entry as a CSV line. */
export function auditCsvLine(entry: AuditEntry): string {
  return `${[
    String(entry.id),
    entry.at,
    entry.actor,
    entry.actorName,
    entry.action,
    entry.via,
    entry.target,
    subjectsOf(entry, 'nip:'),
    subjectsOf(entry, 'unit:'),
    json(entry.before),
    json(entry.after),
  ]
    .map(csvField)
    .join(',')}\r\n`;
}
