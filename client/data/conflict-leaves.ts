/**
 * Reads the conflicting revisions of one document (one person, two devices) from the local
 * PouchDB: its leaves, their bodies and the revision they share. The projector's auto-merge
 * (auto-merge.ts) and the resolve command (commands/resolve-conflict.ts) both start here.
 */
import type { DocBody } from '../core/merge';
import { getOrNull, type LocalDb, type StoredDoc } from './local-db';

const META = ['_rev', '_conflicts', '_revisions', '_deleted_conflicts', '_revs_info'];

/** A revision's content without PouchDB's revision bookkeeping. */
export function bodyOf(doc: StoredDoc): DocBody {
  const body: DocBody = { ...doc };
  for (const k of META) delete body[k];
  return body;
}

/** Every non-deleted leaf of a document, the winning revision first. */
export async function loadLeaves(db: LocalDb, id: string): Promise<StoredDoc[]> {
  const winner = (await getOrNull(db, id, { conflicts: true })) as
    (StoredDoc & { _conflicts?: string[] }) | null;
  if (!winner) return [];
  const losers = await Promise.all(
    (winner._conflicts ?? []).map((rev) => db.get(id, { rev }) as Promise<StoredDoc>),
  );
  return [winner, ...losers];
}

/** The latest revision every leaf descends from, when this device still has its body. */
export async function commonAncestor(
  db: LocalDb,
  id: string,
  leaves: readonly StoredDoc[],
): Promise<DocBody | null> {
  const histories = await Promise.all(
    leaves.map(async (leaf) => {
      const d = (await db.get(id, { rev: leaf._rev, revs: true })) as {
        _revisions?: { start: number; ids: string[] };
      };
      const r = d._revisions;
      return r ? r.ids.map((h, i) => `${r.start - i}-${h}`) : [];
    }),
  );
  const [first, ...rest] = histories;
  const shared = (first ?? []).find((rev) => rest.every((h) => h.includes(rev)));
  if (!shared) return null;
  const base = await getOrNull(db, id, { rev: shared });
  return base ? bodyOf(base) : null;
}

export type ConflictVersion = { rev: string; winning: boolean; doc: DocBody };

/** The versions of a conflicted document, for the screen that lets the person choose. */
export async function loadConflictVersions(db: LocalDb, id: string): Promise<ConflictVersion[]> {
  const leaves = await loadLeaves(db, id);
  return leaves.map((l, i) => ({ rev: l._rev, winning: i === 0, doc: bodyOf(l) }));
}
