/**
 * Appraisal drafts as the appraiser types them over days and devices: a new draft, one edit of
 * one rated item (stamped for the per-item merge), the predikat that follows and its reason, what
 * is still missing before "Finalkan", and the final document.
 */
import { mergeVersions, type DocBody } from './merge';
import { predikat } from './predikat';
import type { AppraisalDoc, AppraisalParty, RatedItem } from './schemas/appraisal';
import { BERAKHLAK, type BerakhlakValue, type Predikat } from './vocabulary';
import { ids } from './ids';

/** The appraisal's own content, without CouchDB's fields. */
export type AppraisalBody = Omit<AppraisalDoc, '_rev' | '_attachments'>;

/** Which rated item an edit is about. */
export type ItemPath =
  | { kind: 'rhk'; rhkId: string }
  | { kind: 'perilaku'; value: BerakhlakValue }
  | { kind: 'hasilKerja' }
  | { kind: 'perilakuOverall' };

export type ItemPatch = Partial<Pick<RatedItem, 'rating' | 'note' | 'evidence'>>;

const iso = (now: number) => new Date(now).toISOString();

/** An unrated item, stamped at `at`. */
export function emptyItem(at: string): RatedItem {
  return { rating: null, note: '', evidence: [], updatedAt: at };
}

/** A fresh draft with one empty item per RHK of the SKP. */
export function newAppraisal(input: {
  nip: string;
  periodId: string;
  appraiserNip: string;
  rhkIds: readonly string[];
  now: number;
}): AppraisalBody {
  const at = iso(input.now);
  return {
    _id: ids.appraisal(input.nip, input.periodId),
    type: 'appraisal',
    schemaVersion: 1,
    nip: input.nip,
    periodId: input.periodId,
    appraiserNip: input.appraiserNip,
    status: 'draft',
    rhk: Object.fromEntries(input.rhkIds.map((id) => [id, emptyItem(at)])),
    hasilKerja: emptyItem(at),
    perilaku: {},
    perilakuOverall: emptyItem(at),
    recommendations: [],
    predikat: null,
    predikatNote: '',
    parties: null,
    finalizedAt: null,
    updatedAt: at,
  };
}

/** The item at a path, or an empty one when it was never touched. */
export function itemAt(
  doc: Pick<AppraisalBody, 'rhk' | 'perilaku' | 'hasilKerja' | 'perilakuOverall'>,
  path: ItemPath,
): RatedItem {
  switch (path.kind) {
    case 'rhk':
      return doc.rhk[path.rhkId] ?? emptyItem(new Date(0).toISOString());
    case 'perilaku':
      return doc.perilaku[path.value] ?? emptyItem(new Date(0).toISOString());
    case 'hasilKerja':
      return doc.hasilKerja;
    case 'perilakuOverall':
      return doc.perilakuOverall;
  }
}

/** The predikat of the overall ratings by the matrix, or null until both are chosen. */
export function predikatOf(
  doc: Pick<AppraisalBody, 'hasilKerja' | 'perilakuOverall'>,
): Predikat | null {
  const h = doc.hasilKerja.rating;
  const p = doc.perilakuOverall.rating;
  return h !== null && p !== null ? predikat(h, p) : null;
}

/** Applies one edit to one item: the item and the draft are stamped `now`, the predikat follows. */
export function editItem(
  doc: AppraisalBody,
  path: ItemPath,
  patch: ItemPatch,
  now: number,
): AppraisalBody {
  if (doc.status === 'final') return doc;
  const at = iso(now);
  const item: RatedItem = { ...itemAt(doc, path), ...patch, updatedAt: at };
  const next: AppraisalBody = { ...doc, updatedAt: at };
  switch (path.kind) {
    case 'rhk':
      next.rhk = { ...doc.rhk, [path.rhkId]: item };
      break;
    case 'perilaku':
      next.perilaku = { ...doc.perilaku, [path.value]: item };
      break;
    case 'hasilKerja':
      next.hasilKerja = item;
      break;
    case 'perilakuOverall':
      next.perilakuOverall = item;
      break;
  }
  next.predikat = predikatOf(next);
  return next;
}

/** Sets the recommended trainings (stamps the draft). */
export function withRecommendations(
  doc: AppraisalBody,
  trainingIds: readonly string[],
  now: number,
): AppraisalBody {
  if (doc.status === 'final') return doc;
  return { ...doc, recommendations: [...trainingIds], updatedAt: iso(now) };
}

/** Sets the reason of the predikat (stamps the draft). */
export function withPredikatNote(doc: AppraisalBody, note: string, now: number): AppraisalBody {
  if (doc.status === 'final') return doc;
  return { ...doc, predikatNote: note, updatedAt: iso(now) };
}

/**
 * Joins this device's draft with the stored version (another device's edits that arrived by
 * sync): each rated item keeps its later edit, as core/merge.ts merges conflicting revisions.
 * The other fields (the predikat's reason, the trainings) have no stamp of their own: given
 * `base`, the stored version the draft was built on, a field changed on one side only keeps that
 * change; without it, or changed on both, the later version's. A final stored version wins outright.
 */
export function rebaseDraft(
  stored: AppraisalBody,
  local: AppraisalBody,
  base: AppraisalBody | null = null,
): AppraisalBody {
  const strip = (d: AppraisalBody): DocBody => {
    const body: DocBody = { ...d };
    delete body._rev;
    return body;
  };
  const out = mergeVersions(
    'appraisal',
    { rev: '2-stored', doc: strip(stored) },
    { rev: '2-local', doc: strip(local) },
    base && strip(base),
  );
  if (out.kind === 'merged') {
    const merged = out.doc as AppraisalBody;
    return merged.status === 'final' ? merged : { ...merged, predikat: predikatOf(merged) };
  }
  // Only fields outside the rated items can collide; the stored version is what others see.
  return stored;
}

export type MissingPart =
  | { kind: 'rhk'; rhkId: string }
  | { kind: 'perilaku'; value: BerakhlakValue }
  | { kind: 'hasilKerja' }
  | { kind: 'perilakuOverall' }
  | { kind: 'parties' };

/** What must still be rated before the appraisal can be finalised: every RHK, value and overall. */
export function missingForFinal(doc: AppraisalBody, rhkIds: readonly string[]): MissingPart[] {
  const out: MissingPart[] = [];
  for (const rhkId of rhkIds) if (!doc.rhk[rhkId]?.rating) out.push({ kind: 'rhk', rhkId });
  if (!doc.hasilKerja.rating) out.push({ kind: 'hasilKerja' });
  for (const value of BERAKHLAK)
    if (!doc.perilaku[value]?.rating) out.push({ kind: 'perilaku', value });
  if (!doc.perilakuOverall.rating) out.push({ kind: 'perilakuOverall' });
  return out;
}

export type Parties = NonNullable<AppraisalDoc['parties']>;

/** The final document: status final, the matrix predikat, the parties who sign, the moment. */
export function finalizeDraft(doc: AppraisalBody, parties: Parties, now: number): AppraisalBody {
  const p = predikatOf(doc);
  if (p === null) throw new Error('Nilai hasil kerja dan perilaku belum lengkap');
  const at = iso(now);
  return { ...doc, status: 'final', predikat: p, parties, finalizedAt: at, updatedAt: at };
}

/** A party of the document from an employee record and the unit's name. */
export function partyOf(
  e: { nip: string; name: string; position: string; rank?: string | undefined },
  unitName: string,
): AppraisalParty {
  return { nip: e.nip, name: e.name, position: e.position, rank: e.rank ?? '', unitName };
}
