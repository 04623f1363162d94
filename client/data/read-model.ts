/**
 * The Dexie read model of one signed-in user, IndexedDB database `kinerja-read-{nip}`.
 *
 * What is stored where:
 * - activities, verifications, skps, appraisals, feedback, employees, units, periods, catalog,
 *   trainings: one row per live document of that type, projected from the local PouchDB by
 *   projector.ts with the indexes the screens query. Activities carry the derived `status`
 *   (Draf/Diajukan/Disetujui/Dikembalikan, from the activity and its verification) and `returnNote`.
 * - docs: every other document type (skp-approval, self-assessment, acknowledgement, ...) with its
 *   body in `doc`, keyed by id and indexed by type and owner NIP.
 * - conflicts: the "Konflik" list, documents whose versions no merge rule could join (auto-merge.ts
 *   adds them, commands/resolve-conflict.ts removes them).
 * - drafts: device-only form autosave (drafts.ts); never replicated, kept across rebuilds.
 * - photoCache: device-only copies of evidence photos this device fetched from the server (a
 *   head opening a report's entry), and of documents opened on demand (an atasan's cited entries
 *   and SKP approvals, as JSON: fetch-on-demand.ts), bounded in bytes (photo-cache.ts); kept
 *   across rebuilds.
 * - meta: the projector checkpoint `{ key: 'projector', seq, version }`.
 * Everything but drafts and photoCache is derived data: a new schema version clears and rebuilds
 * it from PouchDB. user-runtime.ts opens it once per signed-in user; screens get it from
 * `useReadModel()` (user-data.ts), other code is handed it.
 */
import { Dexie, type Table } from 'dexie';
import type { ActivityStatus } from '../core/activity-status';
import type { DocType } from '../core/ids';
import type { AppraisalDoc } from '../core/schemas/appraisal';
import type { CatalogDoc, EmployeeDoc, PeriodDoc, UnitDoc } from '../core/schemas/reference';
import type { TrainingDoc } from '../core/schemas/development';
import type {
  ActivityDoc,
  FeedbackDoc,
  PhotoRef,
  SkpDoc,
  VerificationDoc,
} from '../core/schemas/work';

/** What every projected row carries besides the document's own fields. */
export type RowBase = {
  id: string;
  rev: string;
  /** The local PouchDB sequence this row was projected from. */
  seq: number | string;
  /** True when PouchDB holds conflicting revisions of the document. */
  conflicted: boolean;
};

export type Projected<D> = Omit<D, '_id' | '_rev' | '_attachments'> & RowBase;

export type ActivityRow = Omit<Projected<ActivityDoc>, 'status' | 'photos'> & {
  /** The evidence photos, in order (an entry logged without any has none). */
  photos: PhotoRef[];
  /** The status stored in the document: draft or submitted. */
  docStatus: ActivityDoc['status'];
  /** What the person sees: draft, submitted, approved or returned. */
  status: ActivityStatus;
  /** The appraiser's note when the activity was returned, else null. */
  returnNote: string | null;
};
export type VerificationRow = Projected<VerificationDoc>;
export type SkpRow = Projected<SkpDoc>;
export type AppraisalRow = Projected<AppraisalDoc>;
export type FeedbackRow = Projected<FeedbackDoc>;
export type EmployeeRow = Projected<EmployeeDoc>;
export type UnitRow = Projected<UnitDoc>;
export type PeriodRow = Projected<PeriodDoc>;
export type CatalogRow = Projected<CatalogDoc>;
export type TrainingRow = Projected<TrainingDoc>;
/** A document of a type without its own table. */
export type DocRow = RowBase & {
  type: DocType;
  ownerNip: string | null;
  doc: Record<string, unknown>;
};
export type ConflictRow = { id: string; type: DocType; revs: string[]; detectedAt: string };
export type DraftRow = { key: string; value: unknown; updatedAt: string };
export type MetaRow = { key: string; seq: number | string; version: number };
/** A fetched evidence photo, by photo id; `usedAt` (epoch ms) orders eviction. */
export type PhotoCacheRow = { id: string; blob: Blob; bytes: number; usedAt: number };

/** Document types with their own table; the rest go to `docs`. */
export const TABLE_OF_TYPE = {
  activity: 'activities',
  verification: 'verifications',
  skp: 'skps',
  appraisal: 'appraisals',
  feedback: 'feedback',
  employee: 'employees',
  unit: 'units',
  period: 'periods',
  catalog: 'catalog',
  training: 'trainings',
} as const satisfies Partial<Record<DocType, string>>;

export type ProjectedTable = (typeof TABLE_OF_TYPE)[keyof typeof TABLE_OF_TYPE] | 'docs';

/** The table a document type is projected into. */
export function tableOfType(type: DocType): ProjectedTable {
  return (TABLE_OF_TYPE as Partial<Record<DocType, ProjectedTable>>)[type] ?? 'docs';
}

export const PROJECTED_TABLES: readonly ProjectedTable[] = [
  ...Object.values(TABLE_OF_TYPE),
  'docs',
];

/**
 * Dexie schema versions, append-only. Adding one bumps READ_MODEL_VERSION, which makes the
 * projector clear the derived tables and replay PouchDB from the start.
 */
const SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    activities: 'id, [nip+date], [nip+status], status, date, updatedAt',
    verifications: 'id, activityId, [nip+date], appraiserNip',
    skps: 'id, nip, periodId, [nip+periodId], status',
    appraisals: 'id, nip, periodId, appraiserNip, [appraiserNip+periodId], status',
    feedback: 'id, nip, authorNip, date, [nip+date]',
    employees: 'id, nip, unitId, superiorNip',
    units: 'id, unitId, parentId',
    periods: 'id, periodId, status, start',
    catalog: 'id, code',
    trainings: 'id, trainingId',
    docs: 'id, type, ownerNip, [type+ownerNip]',
    conflicts: 'id, type, detectedAt',
    drafts: 'key, updatedAt',
    meta: 'key',
  },
  // Activities list their photos (`photos`) instead of carrying attachments; fetched photos are cached.
  2: { photoCache: 'id, usedAt' },
};

export const READ_MODEL_VERSION = Math.max(...Object.keys(SCHEMAS).map(Number));

export class ReadModel extends Dexie {
  declare activities: Table<ActivityRow, string>;
  declare verifications: Table<VerificationRow, string>;
  declare skps: Table<SkpRow, string>;
  declare appraisals: Table<AppraisalRow, string>;
  declare feedback: Table<FeedbackRow, string>;
  declare employees: Table<EmployeeRow, string>;
  declare units: Table<UnitRow, string>;
  declare periods: Table<PeriodRow, string>;
  declare catalog: Table<CatalogRow, string>;
  declare trainings: Table<TrainingRow, string>;
  declare docs: Table<DocRow, string>;
  declare conflicts: Table<ConflictRow, string>;
  declare drafts: Table<DraftRow, string>;
  declare meta: Table<MetaRow, string>;
  declare photoCache: Table<PhotoCacheRow, string>;

  constructor(name: string, schemas: Record<number, Record<string, string>> = SCHEMAS) {
    super(name);
    for (const [version, stores] of Object.entries(schemas))
      this.version(Number(version)).stores(stores);
  }

  /** The schema version this instance was declared with (tests declare extra versions). */
  get schemaVersion(): number {
    return this.verno;
  }
}

export function readModelName(nip: string): string {
  return `kinerja-read-${nip}`;
}

/** Opens the read model of a user (user-runtime.ts, once per signed-in user). */
export function openReadModel(nip: string): ReadModel {
  return new ReadModel(readModelName(nip));
}

/** Deletes a user's read model, drafts included, from the device. */
export async function deleteReadModel(nip: string): Promise<void> {
  await Dexie.delete(readModelName(nip));
}
