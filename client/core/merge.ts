/**
 * Deterministic merge of conflicting versions of one document. One writer per type means a
 * conflict is one person on two devices; every device runs the same merge on the same versions and
 * gets the same result whatever the order (merge(a, b) = merge(b, a)). Where no rule is safe the
 * outcome is 'manual' and the person chooses a version.
 */
import type { DocType } from './ids';
import { predikat } from './predikat';
import type { Rating } from './vocabulary';

export type DocBody = Record<string, unknown>;
/** One leaf revision: its rev and its body (without `_rev`, `_conflicts`, `_revisions`). */
export type Version = { rev: string; doc: DocBody };
export type MergeOutcome = { kind: 'merged'; doc: DocBody } | { kind: 'manual'; fields: string[] };

/**
 * - three-way: changes to different fields are joined; the same field changed on both sides → manual.
 * - three-way-latest: as three-way, but the same field changed on both sides takes the later version.
 * - rated-items: appraisal drafts, each rated item by its own `updatedAt`; a final version wins.
 * - completion: a reported completion wins over none, otherwise three-way-latest.
 * - manual: written once and then final; any difference is for the person to decide.
 */
export type MergePolicy =
  'three-way' | 'three-way-latest' | 'rated-items' | 'completion' | 'manual';

export const MERGE_POLICY = {
  activity: 'three-way-latest',
  appraisal: 'rated-items',
  'self-assessment': 'three-way',
  skp: 'three-way',
  'skp-approval': 'three-way',
  verification: 'three-way',
  feedback: 'three-way',
  'feedback-response': 'three-way',
  'praktik-baik': 'three-way',
  enrolment: 'completion',
  'enrolment-decision': 'three-way-latest',
  'enrolment-admin': 'three-way',
  certificate: 'manual',
  'development-plan': 'three-way-latest',
  acknowledgement: 'manual',
  'objection-decision': 'manual',
  employee: 'three-way',
  unit: 'three-way',
  period: 'three-way',
  catalog: 'three-way',
  expectation: 'three-way',
  training: 'three-way',
  attendance: 'three-way',
  'attendance-correction': 'three-way-latest',
  'attendance-decision': 'three-way-latest',
  'attendance-applied': 'manual',
  'org-rating': 'three-way',
  photo: 'manual',
  setting: 'three-way',
  // Written by the server alone: two versions never meet on a device.
  report: 'three-way',
} as const satisfies Record<DocType, MergePolicy>;

/** Fields changed together or not at all (an activity's status moves with its round). */
const FIELD_GROUPS: Partial<Record<DocType, string[][]>> = {
  activity: [['status', 'round']],
  enrolment: [['completion', 'updatedAt']],
};

/**
 * Lists of items with their own `id` (an activity's photos, a plan's items): joined item by item,
 * so an item added on either device stays listed, one removed on either stays removed, and one
 * changed on one device keeps that change (changed on both: the later version's).
 */
const ID_LISTS: Partial<Record<DocType, string[]>> = {
  activity: ['photos'],
  'development-plan': ['items'],
};

/** Timestamps of the last edit: the merge keeps the later one. */
const LATEST_FIELDS = ['updatedAt'];

/** JSON with sorted keys: equal values give equal strings. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function time(value: unknown): number {
  const t = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

function revOrder(a: string, b: string): number {
  const ga = Number.parseInt(a, 10);
  const gb = Number.parseInt(b, 10);
  if (ga !== gb) return ga - gb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order of versions: later `updatedAt`, then higher rev, then content. Positive: a is later. */
export function compareVersions(a: Version, b: Version): number {
  return (
    Math.sign(time(a.doc.updatedAt) - time(b.doc.updatedAt)) ||
    revOrder(a.rev, b.rev) ||
    textOrder(canonical(a.doc), canonical(b.doc))
  );
}

/** The later of two timestamps (ISO strings), ties by text so the choice is symmetric. */
function latest(a: unknown, b: unknown): unknown {
  const d = time(a) - time(b);
  if (d !== 0) return d > 0 ? a : b;
  return textOrder(canonical(a), canonical(b)) >= 0 ? a : b;
}

type Resolve = (field: string, a: unknown, b: unknown) => { value: unknown } | null;

/** Joins two versions field by field against their common ancestor (when known). */
function threeWay(
  type: DocType,
  a: Version,
  b: Version,
  base: DocBody | null,
  resolve: Resolve,
): MergeOutcome {
  const groups = FIELD_GROUPS[type] ?? [];
  const grouped = new Set(groups.flat());
  const keys = [
    ...new Set([...Object.keys(a.doc), ...Object.keys(b.doc), ...Object.keys(base ?? {})]),
  ].sort();
  const units = [...groups, ...keys.filter((k) => !grouped.has(k)).map((k) => [k])];
  const out: DocBody = {};
  const manual: string[] = [];
  const pick = (d: DocBody, unit: string[]) => unit.map((k) => d[k]);
  for (const unit of units) {
    const va = pick(a.doc, unit);
    const vb = pick(b.doc, unit);
    let chosen: unknown[];
    if (same(va, vb)) chosen = va;
    else if (unit.length === 1 && LATEST_FIELDS.includes(unit[0] ?? ''))
      chosen = [latest(va[0], vb[0])];
    else if (base && same(va, pick(base, unit))) chosen = vb;
    else if (base && same(vb, pick(base, unit))) chosen = va;
    else {
      const field = unit.join('+');
      const r = resolve(field, va, vb);
      if (r === null) {
        manual.push(field);
        continue;
      }
      chosen = r.value as unknown[];
    }
    unit.forEach((k, i) => {
      if (chosen[i] !== undefined) out[k] = chosen[i];
    });
  }
  return manual.length > 0 ? { kind: 'manual', fields: manual } : { kind: 'merged', doc: out };
}

const laterOf = (a: Version, b: Version): Resolve => {
  const aLater = compareVersions(a, b) > 0;
  return (_field, va, vb) => ({ value: aLater ? va : vb });
};

const noResolve: Resolve = () => null;

type Item = { updatedAt?: unknown };

function laterItem(x: unknown, y: unknown, docsOrder: number): unknown {
  if (x === undefined) return y;
  if (y === undefined) return x;
  const d = time((x as Item).updatedAt) - time((y as Item).updatedAt);
  if (d !== 0) return d > 0 ? x : y;
  if (docsOrder !== 0) return docsOrder > 0 ? x : y;
  return textOrder(canonical(x), canonical(y)) >= 0 ? x : y;
}

function mergeItemRecord(
  x: unknown,
  y: unknown,
  base: unknown,
  docsOrder: number,
): Record<string, unknown> {
  const rx = (x ?? {}) as Record<string, unknown>;
  const ry = (y ?? {}) as Record<string, unknown>;
  const rb = (base ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of [...new Set([...Object.keys(rx), ...Object.keys(ry)])].sort()) {
    // An item removed on one side stays removed when the other side left it as it was.
    if (!(k in rx) && k in rb && same(ry[k], rb[k])) continue;
    if (!(k in ry) && k in rb && same(rx[k], rb[k])) continue;
    out[k] = laterItem(rx[k], ry[k], docsOrder);
  }
  return out;
}

/** Appraisal drafts: each rated item by its own `updatedAt`; the rest as three-way-latest. */
function mergeAppraisal(a: Version, b: Version, base: DocBody | null): MergeOutcome {
  const aFinal = a.doc.status === 'final';
  const bFinal = b.doc.status === 'final';
  if (aFinal !== bFinal) return { kind: 'merged', doc: aFinal ? a.doc : b.doc };
  if (aFinal && bFinal) return threeWay('appraisal', a, b, base, noResolve);
  const order = compareVersions(a, b);
  const rest = threeWay('appraisal', a, b, base, laterOf(a, b));
  if (rest.kind === 'manual') return rest;
  const doc: DocBody = { ...rest.doc };
  doc.rhk = mergeItemRecord(a.doc.rhk, b.doc.rhk, base?.rhk, order);
  doc.perilaku = mergeItemRecord(a.doc.perilaku, b.doc.perilaku, base?.perilaku, order);
  doc.hasilKerja = laterItem(a.doc.hasilKerja, b.doc.hasilKerja, order);
  doc.perilakuOverall = laterItem(a.doc.perilakuOverall, b.doc.perilakuOverall, order);
  const h = (doc.hasilKerja as { rating?: Rating | null } | undefined)?.rating ?? null;
  const p = (doc.perilakuOverall as { rating?: Rating | null } | undefined)?.rating ?? null;
  const hadPredikat = a.doc.predikat != null || b.doc.predikat != null;
  doc.predikat = hadPredikat && h !== null && p !== null ? predikat(h, p) : null;
  return { kind: 'merged', doc };
}

type WithId = { id?: unknown };

function byId(list: unknown): Map<unknown, unknown> {
  return new Map((Array.isArray(list) ? list : []).map((item) => [(item as WithId).id, item]));
}

/** Both sides' items, less those one side removed from the ancestor; in id order. */
function mergeById(x: unknown, y: unknown, base: unknown, xIsLater: boolean): unknown[] {
  const [mx, my, mb] = [byId(x), byId(y), byId(base)];
  const ids = [...new Set([...mx.keys(), ...my.keys()])].sort((i, j) =>
    textOrder(String(i), String(j)),
  );
  return ids
    .filter((id) => !(mb.has(id) && (!mx.has(id) || !my.has(id))))
    .map((id) => {
      const [vx, vy, vb] = [mx.get(id), my.get(id), mb.get(id)];
      if (vx === undefined || vy === undefined) return vx ?? vy;
      // An item changed on one side only keeps that change; changed on both, the later version.
      if (same(vx, vy) || same(vy, vb)) return vx;
      if (same(vx, vb)) return vy;
      return xIsLater ? vx : vy;
    });
}

function withIdLists(
  type: DocType,
  out: MergeOutcome,
  a: Version,
  b: Version,
  base: DocBody | null,
): MergeOutcome {
  if (out.kind !== 'merged') return out;
  const doc: DocBody = { ...out.doc };
  for (const field of ID_LISTS[type] ?? []) {
    const [va, vb] = [a.doc[field], b.doc[field]];
    if (same(va, vb) || (va === undefined && vb === undefined)) continue;
    doc[field] = mergeById(va, vb, base?.[field], compareVersions(a, b) > 0);
  }
  return { kind: 'merged', doc };
}

/** Merges two conflicting versions of a document of `type`, given their common ancestor if known. */
export function mergeVersions(
  type: DocType,
  a: Version,
  b: Version,
  base: DocBody | null,
): MergeOutcome {
  if (same(a.doc, b.doc))
    return { kind: 'merged', doc: compareVersions(a, b) >= 0 ? a.doc : b.doc };
  const policy: MergePolicy = MERGE_POLICY[type];
  switch (policy) {
    case 'manual':
      return { kind: 'manual', fields: [] };
    case 'three-way':
      return threeWay(type, a, b, base, noResolve);
    case 'three-way-latest':
      return withIdLists(
        type,
        base === null
          ? { kind: 'merged', doc: compareVersions(a, b) > 0 ? a.doc : b.doc }
          : threeWay(type, a, b, base, laterOf(a, b)),
        a,
        b,
        base,
      );
    case 'completion': {
      const aDone = a.doc.completion != null;
      const bDone = b.doc.completion != null;
      if (aDone !== bDone) return { kind: 'merged', doc: aDone ? a.doc : b.doc };
      return threeWay(type, a, b, base, laterOf(a, b));
    }
    case 'rated-items':
      return mergeAppraisal(a, b, base);
  }
}

/** Merges any number of leaf versions: folded in rev order, so every device gets the same result. */
export function mergeAll(
  type: DocType,
  versions: readonly Version[],
  base: DocBody | null,
): MergeOutcome {
  const sorted = [...versions].sort((x, y) => revOrder(x.rev, y.rev));
  const [first, ...rest] = sorted;
  if (first === undefined) return { kind: 'manual', fields: [] };
  let acc: Version = first;
  for (const v of rest) {
    const out = mergeVersions(type, acc, v, base);
    if (out.kind === 'manual') return out;
    acc = { rev: revOrder(acc.rev, v.rev) >= 0 ? acc.rev : v.rev, doc: out.doc };
  }
  return { kind: 'merged', doc: acc.doc };
}
