/**
 * Writes an accepted organisation import plan, all or nothing. Every document goes through the
 * gatekeeper as the requesting account, in one all-or-nothing write: judged and written holding
 * the write locks exclusively (no other write runs meanwhile), so if one document is refused
 * (someone changed it after the check) none is written. Should the store itself fail some
 * documents of that one write, the ones it did write are undone (previous content back, new
 * documents deleted) straight in the store: the gatekeeper refuses deletions of reference data,
 * and this is the server taking back its own write, not a user's. Roles (server.sqlite) follow
 * once the documents are in.
 */
import {
  newPeopleOf,
  type AcceptedOrgImportPlan,
  type RoleChange,
} from '../../client/core/org-import/check-org-import';
import type { Account } from '../auth/accounts';
import { ABORTED, gatedWrite } from '../replication/gatekeeper';
import type { Services } from '../services';
import type { StoredDoc, WriteResult } from '../store/store';

/** One document an import changed: its revision before (null: new) and the one written. */
export type OrgDocChange = { id: string; before: StoredDoc | null; after: StoredDoc };

/** What an applied import changed, by whom and when: what the audit log records. */
export type OrgImportApplied = {
  by: Account;
  /** ISO timestamp of the write. */
  at: string;
  changes: OrgDocChange[];
  roleChanges: RoleChange[];
};

export type OrgImportHooks = {
  /** Called once after a successful apply that changed something (documents or roles). */
  onApplied?: (applied: OrgImportApplied) => void | Promise<void>;
};

export type NewPerson = ReturnType<typeof newPeopleOf>[number];

export type ApplyOutcome =
  | { applied: true; changes: OrgDocChange[]; roleChanges: RoleChange[]; newPeople: NewPerson[] }
  | { applied: false; refused: { id: string; reason: string }[] };

/** A document an import writes, with the stored revision it replaces (null: new). */
export type PlannedWrite = {
  before: StoredDoc | null;
  doc: Record<string, unknown> & { _id: string };
};

/** Writes the plan's documents as `account` and sets the roles it changes; all or nothing. */
export async function applyOrgImport(
  s: Services,
  account: Account,
  plan: AcceptedOrgImportPlan,
  hooks: OrgImportHooks = {},
): Promise<ApplyOutcome> {
  const entries: PlannedWrite[] = [
    ...plan.units.creates.map((doc) => ({ before: null, doc })),
    ...plan.units.updates.map((u) => ({ before: u.before as StoredDoc, doc: u.after })),
    ...plan.people.creates.map((doc) => ({ before: null, doc })),
    ...plan.people.updates.map((u) => ({ before: u.before as StoredDoc, doc: u.after })),
  ];
  let results: WriteResult[] = [];
  if (entries.length > 0) {
    results = await gatedWrite(
      s,
      account,
      entries.map((e) => e.doc),
      true,
      { allOrNothing: true },
    );
    const failed = results.filter((r) => r.ok !== true);
    if (failed.length > 0) {
      await undoWritten(s, entries, results);
      s.log.warn(
        { user: account.nip, refused: failed.length, first: failed[0] },
        'organisation import not applied',
      );
      return {
        applied: false,
        refused: failed
          .filter((r) => r.error !== ABORTED)
          .map((r) => ({ id: r.id, reason: refusalReason(r) })),
      };
    }
  }
  syncAccountRoles(s, plan.roleChanges);
  const changes = entries.map((e, i): OrgDocChange => ({
    id: e.doc._id,
    before: e.before,
    after: { ...e.doc, _rev: results[i]?.rev ?? '' },
  }));
  s.log.info(
    { user: account.nip, docs: changes.length, roles: plan.roleChanges.length },
    'organisation import applied',
  );
  if (changes.length > 0 || plan.roleChanges.length > 0) {
    await hooks.onApplied?.({
      by: account,
      at: new Date(s.config.now()).toISOString(),
      changes,
      roleChanges: plan.roleChanges,
    });
  }
  return { applied: true, changes, roleChanges: plan.roleChanges, newPeople: newPeopleOf(plan) };
}

/**
 * Gives existing accounts the roles an import set; people without an account yet get theirs
 * when the account is made (see `newPeopleOf`). Call again after issuing activation codes.
 */
export function syncAccountRoles(s: Services, roleChanges: readonly RoleChange[]): void {
  for (const r of roleChanges) s.accounts.setRoles(r.nip, r.after);
}

/** Why the gatekeeper or the store refused one document of an import, as the Pengelola reads it. */
export function refusalReason(r: WriteResult): string {
  if (r.error === 'conflict')
    return 'Data ini berubah sejak diperiksa; periksa ulang berkasnya lalu terapkan lagi';
  return r.reason ?? r.error ?? 'Ditolak';
}

/**
 * Puts back what a partly failed import write wrote (previous content back, new documents
 * deleted), holding the write locks exclusively like the import's write, and indexes it.
 */
export async function undoWritten(
  s: Services,
  entries: readonly PlannedWrite[],
  results: readonly WriteResult[],
): Promise<void> {
  const undo = entries.flatMap((e, i) => {
    const r = results[i];
    if (r?.ok !== true || r.rev === undefined) return [];
    return e.before === null
      ? [{ _id: e.doc._id, _rev: r.rev, _deleted: true }]
      : [{ ...e.before, _rev: r.rev }];
  });
  if (undo.length === 0) return;
  await s.writes.exclusive(async () => {
    const res = await s.store.bulkDocs(undo, true);
    const stuck = res.filter((r) => r.ok !== true);
    if (stuck.length > 0) s.log.error({ stuck: stuck.slice(0, 5) }, 'import: undo incomplete');
    await s.tailer.catchUp().catch(() => undefined);
  });
}
