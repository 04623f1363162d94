/**
 * The audit log in server.sqlite (`audit_log`, `audit_subjects`): every change a Pengelola or the
 * admin makes (who, when, what, before and after). Append-only: this module only inserts and
 * reads, and triggers in server-db.ts abort any UPDATE or DELETE of either table.
 */
import type { ServerDb } from '../server-db';
import { subjectsOfDocChange } from './audit-subjects';

/** Who made the change, as their account named them then. */
export type AuditActor = { nip: string; name: string };

/** Through what: a write synced to /couch, the organisation import, or an /api/admin endpoint. */
export type AuditVia = 'sync' | 'import' | 'api';

export type AuditAction =
  | 'document.create'
  | 'document.update'
  | 'document.delete'
  | 'activation.issue'
  | 'pengelola.name'
  | 'pengelola.unname';

export type AuditInput = {
  action: AuditAction;
  /** The document id, or `account:{nip}` for an account. */
  target: string;
  before: unknown;
  after: unknown;
  /** `nip:{nip}` and `unit:{unitId}` this entry is about (audit-subjects.ts). */
  subjects: readonly string[];
};

/** One document as it was before a change and after it; null where it did not exist. */
export type DocChange = {
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type AuditEntry = {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  actor: string;
  actorName: string;
  action: AuditAction;
  via: AuditVia;
  target: string;
  subjects: string[];
  before: unknown;
  after: unknown;
};

export type AuditQuery = {
  /** Only entries about this subject (`nip:{nip}` or `unit:{unitId}`). */
  subject?: string | null;
  /** Only entries older than this id (the `next` of the previous page). */
  before?: number | null;
};

type Row = {
  id: number;
  at: number;
  actor: string;
  actor_name: string;
  action: AuditAction;
  via: AuditVia;
  target: string;
  before: string | null;
  after: string | null;
  subjects: string | null;
};

/** Replication fields that say nothing about the change. */
const DROPPED = new Set(['_revisions', '_conflicts', '_deleted_conflicts', '_revs_info']);

/** A document as the log keeps it: attachments as their type and size, never their bytes. */
export function auditBody(doc: Record<string, unknown> | null): Record<string, unknown> | null {
  if (doc === null) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (DROPPED.has(k)) continue;
    if (k === '_attachments' && typeof v === 'object' && v !== null) {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, Record<string, unknown>>).map(([name, a]) => [
          name,
          { content_type: a.content_type, length: a.length, digest: a.digest },
        ]),
      );
    } else out[k] = v;
  }
  return out;
}

function actionOf(change: DocChange): AuditAction {
  if (change.after === null || change.after._deleted === true) return 'document.delete';
  return change.before === null || change.before._deleted === true
    ? 'document.create'
    : 'document.update';
}

const SELECT = `SELECT a.*, (SELECT group_concat(subject, ' ') FROM audit_subjects WHERE entry = a.id) AS subjects
  FROM audit_log a`;

export class AuditLog {
  constructor(
    private readonly db: ServerDb,
    private readonly now: () => number,
  ) {}

  /** Appends entries in one transaction: all are recorded or none. */
  record(actor: AuditActor, via: AuditVia, inputs: readonly AuditInput[]): void {
    if (inputs.length === 0) return;
    const entry = this.db.prepare(
      'INSERT INTO audit_log (at, actor, actor_name, action, via, target, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const subject = this.db.prepare('INSERT INTO audit_subjects (subject, entry) VALUES (?, ?)');
    const at = this.now();
    this.db.transaction(() => {
      for (const input of inputs) {
        const { lastInsertRowid } = entry.run(
          at,
          actor.nip,
          actor.name,
          input.action,
          via,
          input.target,
          input.before === null || input.before === undefined ? null : JSON.stringify(input.before),
          input.after === null || input.after === undefined ? null : JSON.stringify(input.after),
        );
        for (const s of new Set(input.subjects)) subject.run(s, lastInsertRowid);
      }
    })();
  }

  /** Records document changes (the gatekeeper's accepted writes, the import's applied changes). */
  recordDocChanges(actor: AuditActor, via: AuditVia, changes: readonly DocChange[]): void {
    this.record(
      actor,
      via,
      changes.map((c) => ({
        action: actionOf(c),
        target: c.id,
        before: auditBody(c.before),
        after: auditBody(c.after),
        subjects: subjectsOfDocChange(c.id, c.before, c.after),
      })),
    );
  }

  /** A page of entries, newest first; `next` is the `before` of the following page, or null. */
  list(query: AuditQuery, limit: number): { entries: AuditEntry[]; next: number | null } {
    const rows = this.rows(query, limit + 1);
    const page = rows.slice(0, limit).map(toEntry);
    return { entries: page, next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
  }

  private rows(query: AuditQuery, limit: number): Row[] {
    const before = query.before ?? Number.MAX_SAFE_INTEGER;
    // By subject the walk follows the (subject, entry) key, newest first: its cost is the page.
    if (query.subject) {
      return this.db
        .prepare(
          `${SELECT} JOIN audit_subjects s ON s.entry = a.id WHERE s.subject = ? AND s.entry < ? ORDER BY s.entry DESC LIMIT ?`,
        )
        .all(query.subject, before, limit) as Row[];
    }
    return this.db
      .prepare(`${SELECT} WHERE a.id < ? ORDER BY a.id DESC LIMIT ?`)
      .all(before, limit) as Row[];
  }
}

function toEntry(row: Row): AuditEntry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    actorName: row.actor_name,
    action: row.action,
    via: row.via,
    target: row.target,
    subjects: row.subjects ? row.subjects.split(' ').sort() : [],
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}
