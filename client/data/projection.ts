/** How one PouchDB document becomes one read-model row: pure mapping, no IO. */
import { activityStatus } from '../core/activity-status';
import { ownerNipOfId, typeOfId, type DocType } from '../core/ids';
import type { ActivityDoc, VerificationDoc } from '../core/schemas/work';
import type { ActivityRow, DocRow, RowBase } from './read-model';
import { tableOfType, type ProjectedTable } from './read-model';

/** A document as the changes feed gives it with `conflicts: true`. */
export type FeedDoc = {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  _attachments?: Record<string, { content_type: string; length?: number; digest?: string }>;
  [field: string]: unknown;
};

const COUCH_FIELDS = ['_id', '_rev', '_conflicts', '_attachments', '_revisions', '_deleted'];

/** The fields every row carries, from a document and the sequence it was read at. */
export function rowBase(doc: FeedDoc, seq: number | string): RowBase {
  return {
    id: doc._id,
    rev: doc._rev,
    seq,
    conflicted: (doc._conflicts?.length ?? 0) > 0,
  };
}

function bodyOf(doc: FeedDoc): Record<string, unknown> {
  const body: Record<string, unknown> = { ...doc };
  for (const k of COUCH_FIELDS) delete body[k];
  return body;
}

type VerificationState = Pick<VerificationDoc, 'round' | 'decision' | 'note'> | null | undefined;

/** The activity row: the document with its derived status and the return note. */
export function activityRow(
  doc: FeedDoc,
  seq: number | string,
  ver: VerificationState,
): ActivityRow {
  const body = bodyOf(doc) as Omit<ActivityDoc, '_id' | '_rev' | '_attachments'>;
  const { status: docStatus, photos, ...rest } = body;
  return withStatus(
    {
      ...rest,
      ...rowBase(doc, seq),
      photos: photos ?? [],
      docStatus,
      status: 'draft',
      returnNote: null,
    },
    ver,
  );
}

/** Re-derives an activity row's status after its verification changed. */
export function withStatus(row: ActivityRow, ver: VerificationState): ActivityRow {
  const status = activityStatus({ status: row.docStatus, round: row.round }, ver);
  const returnNote = status === 'returned' && ver ? ver.note : null;
  return { ...row, status, returnNote };
}

/** The row of a document of any type other than activity; null for ids that are not ours. */
export function projectRow(
  doc: FeedDoc,
  seq: number | string,
): { table: ProjectedTable; type: DocType; row: RowBase } | null {
  const type = typeOfId(doc._id);
  if (type === null) return null;
  const table = tableOfType(type);
  if (table === 'docs') {
    const row: DocRow = {
      ...rowBase(doc, seq),
      type,
      ownerNip: ownerNipOfId(doc._id),
      doc: bodyOf(doc),
    };
    return { table, type, row };
  }
  return { table, type, row: { ...bodyOf(doc), ...rowBase(doc, seq) } };
}
