/**
 * The console's endpoints of the sync server (online only): activation codes for a Pengelola or
 * the admin, naming Pengelola Kinerja for the admin, the organisation and attendance imports and
 * the audit log. Failures are ApiError with
 * the server's reason, which is in Indonesian and says what to fix.
 */
import type { AttendanceImportSummary } from '../core/attendance-import-writes';
import { apiUrl } from './config';
import { ApiError, apiCall } from './session-api';

export type IssuedCode = { nip: string; name: string; code: string; expiresAt: string };

export type PengelolaAccount = {
  nip: string;
  name: string;
  roles: string[];
  /** The unit (OPD) this Pengelola keeps; null for the whole organisation. */
  scope: string | null;
  /** False until the person has chosen a password with an activation code. */
  hasPassword: boolean;
  activationPending: boolean;
};

async function send<T>(path: string, method: string, json?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await apiCall(
      path,
      json === undefined
        ? { method }
        : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(json) },
    );
  } catch {
    throw new ApiError(0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { reason?: unknown } | null;
    throw new ApiError(res.status, typeof body?.reason === 'string' ? body.reason : null);
  }
  return (await res.json()) as T;
}

/** A new activation code for the person (a reset when they have a password), shown once. */
export function issueActivationCode(nip: string): Promise<IssuedCode> {
  return send(`/api/admin/accounts/${encodeURIComponent(nip)}/activation`, 'POST');
}

/** The Pengelola Kinerja named so far (admin only). */
export async function listPengelola(): Promise<PengelolaAccount[]> {
  return (await send<{ pengelola: PengelolaAccount[] }>('/api/admin/pengelola', 'GET')).pengelola;
}

/**
 * Names a person in the directory Pengelola Kinerja (admin only), for one OPD (`scope`, a unit id)
 * or the whole organisation (null). Naming again changes the scope.
 */
export function namePengelola(nip: string, scope: string | null = null): Promise<PengelolaAccount> {
  return send(`/api/admin/pengelola/${encodeURIComponent(nip)}`, 'POST', { scope });
}

/** Takes the role back (admin only). */
export function unnamePengelola(nip: string): Promise<PengelolaAccount> {
  return send(`/api/admin/pengelola/${encodeURIComponent(nip)}`, 'DELETE');
}

/** One refused row of an organisation import: its file, spreadsheet row, column and reason. */
export type OrgImportRowError = {
  file: 'units' | 'people';
  /** As the spreadsheet numbers it: the header is row 1. */
  row: number;
  column?: string;
  reason: string;
};

export type OrgImportCounts = { create: number; update: number; unchanged: number };

/** An activation code of a person an applied import created, in the CSV layout it is saved in. */
export type ImportedPersonCode = { nip: string; nama: string; kode_aktivasi: string };

export type OrgImportReply = {
  errors: OrgImportRowError[];
  summary: { units: OrgImportCounts; people: OrgImportCounts; roles: number };
  applied: boolean;
  /** After an applied import: a code for every active person it created, shown once. */
  codes?: ImportedPersonCode[];
};

/**
 * Sends the units and people CSV files to be checked (`apply: false`, nothing written) or
 * applied all or nothing, with an activation code for every new person (docs/org-import.md).
 * Either text may be empty.
 */
export function importOrg(
  files: { units: string; people: string },
  apply: boolean,
): Promise<OrgImportReply> {
  return send('/api/admin/org-import', 'POST', { ...files, apply, codes: apply });
}

/** Where the stored units or people download as CSV in the import's layout (session cookie). */
export function orgExportUrl(file: 'units' | 'people'): string {
  return apiUrl(`/api/admin/org-export?file=${file}`);
}

/** One refused row of an attendance import: its spreadsheet row (header: 1), column and reason. */
export type AttendanceImportRowError = { row: number; column?: string; reason: string };

export type AttendanceImportReply = {
  errors: AttendanceImportRowError[];
  summary: AttendanceImportSummary;
  applied: boolean;
  /** Person-months an apply wrote (the months it found unchanged are not written again). */
  written: number;
};

/**
 * Sends a month's attendance CSV to be checked (`apply: false`, nothing written) or applied all
 * or nothing: one month document per person per month, replacing the stored one (docs/org-import.md).
 */
export function importAttendance(csv: string, apply: boolean): Promise<AttendanceImportReply> {
  return send('/api/admin/attendance-import', 'POST', { csv, apply });
}

/** One entry of the audit log, as GET /api/admin/audit answers it. */
export type AuditEntry = {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  actor: string;
  actorName: string;
  /** document.create | document.update | document.delete | activation.issue | pengelola.name | … */
  action: string;
  via: string;
  /** The document id, or `account:{nip}`. */
  target: string;
  subjects: string[];
  before: unknown;
  after: unknown;
};

export type AuditPage = { entries: AuditEntry[]; next: number | null };

/** What the audit log is filtered by: one person or one unit, or nothing (everything). */
export type AuditFilter = { nip?: string; unit?: string };

/** The query string of a filter and page, shared by the JSON pages and the CSV download. */
export function auditQuery(filter: AuditFilter, before?: number | null): string {
  const q = new URLSearchParams();
  if (filter.nip) q.set('nip', filter.nip);
  else if (filter.unit) q.set('unit', filter.unit);
  if (before) q.set('before', String(before));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A page of the audit log, newest first; pass the previous page's `next` as `before`. */
export function listAudit(filter: AuditFilter, before?: number | null): Promise<AuditPage> {
  return send(`/api/admin/audit${auditQuery(filter, before)}`, 'GET');
}

/** Where the whole (filtered) log downloads as CSV. */
export function auditCsvUrl(filter: AuditFilter): string {
  return apiUrl(`/api/admin/audit.csv${auditQuery(filter)}`);
}
