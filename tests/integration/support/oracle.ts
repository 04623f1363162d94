/**
 * Who may read what in the demo organisation, written out from the domain (DOMAIN.md and the
 * demo people's superiors), not computed with the server's channel code: the authorization
 * matrix compares the server against this.
 */
import { NIP, personOf } from '../../../sync-server/seed/demo-people';

/** Direct reports in the demo organisation, as its people list defines them. */
export const REPORTS: Readonly<Record<string, readonly string[]>> = {
  [NIP.bambang]: [NIP.sri, NIP.suharti],
  [NIP.sri]: [NIP.dewi, NIP.agus, NIP.rina, NIP.hendra],
  [NIP.suharti]: [NIP.fajar],
  [NIP.eko]: [NIP.siti, NIP.budi],
  [NIP.siti]: [NIP.yoga, NIP.nur],
  [NIP.budi]: [NIP.putri],
  [NIP.hadi]: [NIP.ratna],
};

/**
 * The units whose report summaries (Laporan) each head reads: the unit they head and every unit
 * under it. The Pengelola reads every unit's; staff none.
 */
export const REPORT_UNITS: Readonly<Record<string, readonly string[]>> = {
  [NIP.bambang]: ['dinas-pendidikan', 'sdn-gayungan-1', 'sdn-ketintang-2'],
  [NIP.sri]: ['sdn-gayungan-1'],
  [NIP.suharti]: ['sdn-ketintang-2'],
  [NIP.eko]: ['kecamatan-gayungan', 'kelurahan-ketintang', 'kelurahan-menanggal'],
  [NIP.siti]: ['kelurahan-ketintang'],
  [NIP.budi]: ['kelurahan-menanggal'],
  [NIP.hadi]: ['bkpsdm'],
};

const REFERENCE = ['unit', 'period', 'catalog', 'expectation', 'training', 'setting'];
const REVIEWED = ['appraisal', 'acknowledgement', 'objection-decision'];
const DEVELOPMENT = ['enrolment', 'enrolment-decision', 'enrolment-admin'];

export type Reader = { nip: string; hr: boolean };

const unitOf = (nip: string): string | null => {
  try {
    return personOf(nip).unitId;
  } catch {
    return null;
  }
};

/** True when the demo rules let this reader hold the document. */
export function mayRead(
  reader: Reader,
  doc: { _id: string; appraiserNip?: unknown; unitId?: unknown },
): boolean {
  const [type = '', a = ''] = doc._id.split(':');
  const reports = REPORTS[reader.nip] ?? [];
  const superior = Object.keys(REPORTS).find((s) => REPORTS[s]?.includes(reader.nip)) ?? null;
  const secondLine = reports.flatMap((r) => REPORTS[r] ?? []);
  const myUnits = new Set(
    [unitOf(reader.nip), ...reports.map(unitOf), superior && unitOf(superior)].filter(
      (u): u is string => typeof u === 'string',
    ),
  );
  if (REFERENCE.includes(type)) return true;
  if (type === 'report') return reader.hr || (REPORT_UNITS[reader.nip] ?? []).includes(a);
  if (type === 'employee') {
    return a === reader.nip || reports.includes(a) || reader.hr || myUnits.has(String(doc.unitId));
  }
  if (type === 'org-rating') return reader.hr || myUnits.has(a);
  // A praktik baik the employee agreed to share reaches whoever reads their unit.
  if (type === 'praktik-baik' && (reader.hr || myUnits.has(String(doc.unitId)))) return true;
  // Evidence photos and certificates reach only their owner's devices.
  if (type === 'photo' || type === 'certificate') return a === reader.nip;
  // Development records reach the Pengelola keeping the person's unit (all units, in the demo).
  if (DEVELOPMENT.includes(type) && reader.hr) return true;
  if (a === reader.nip || reports.includes(a)) return true;
  // An SKP is read by the owner's reports (to link their RHK) and the owner's atasan penilai.
  if (type === 'skp' && (a === superior || secondLine.includes(a))) return true;
  return REVIEWED.includes(type) && reports.includes(String(doc.appraiserNip));
}

type Cited = { nip: string; appraiserNip: string; evidence: string[] };
const citedCache = new WeakMap<readonly object[], Cited[]>();

/** What each final appraisal among `docs` cites, by employee and appraiser. */
function citedIn(docs: readonly { _id: string }[]): Cited[] {
  let cited = citedCache.get(docs);
  if (!cited) {
    type Item = { evidence?: string[] } | undefined;
    cited = docs
      .filter((d) => d._id.startsWith('appraisal:'))
      .map((d) => d as unknown as Record<string, unknown>)
      .filter((a) => a.status === 'final')
      .map((a) => {
        const items = [
          ...Object.values((a.rhk ?? {}) as Record<string, Item>),
          a.hasilKerja as Item,
          ...Object.values((a.perilaku ?? {}) as Record<string, Item>),
          a.perilakuOverall as Item,
        ];
        return {
          nip: String(a.nip),
          appraiserNip: String(a.appraiserNip),
          evidence: items.flatMap((i) => i?.evidence ?? []),
        };
      });
    citedCache.set(docs, cited);
  }
  return cited;
}

/**
 * True when the reader may open the document by GET: what they hold, their reports' photos, and
 * as atasan penilai what a final appraisal by one of their reports cites among `docs` (an activity
 * and its photos) and the SKP approval of the people their reports appraise.
 */
export function mayFetch(
  reader: Reader,
  doc: { _id: string; appraiserNip?: unknown; unitId?: unknown },
  docs: readonly { _id: string }[] = [],
): boolean {
  const [type = '', a = '', date = '', suffix = ''] = doc._id.split(':');
  const reports = REPORTS[reader.nip] ?? [];
  if (type === 'skp-approval' && reports.some((r) => (REPORTS[r] ?? []).includes(a))) return true;
  if (type === 'activity' || type === 'photo') {
    const activityId = `activity:${a}:${date}:${suffix}`;
    const cited = citedIn(docs).some(
      (c) =>
        c.nip === a &&
        reports.includes(c.appraiserNip) &&
        c.evidence.some((e) => e === activityId || e.startsWith(`${activityId}#`)),
    );
    if (cited) return true;
  }
  if (type === 'photo') return a === reader.nip || reports.includes(a);
  // A person's attendance month: the Pengelola (who keeps everyone here) opens it beside a correction.
  if (type === 'attendance' && reader.hr) return true;
  return mayRead(reader, doc);
}
