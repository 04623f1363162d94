/**
 * "Siapa yang melihat data saya": for each kind of a person's data, who can read it, worked out
 * from the very channel rules the server enforces (channels.ts): a reader reads a document when
 * `channelsFor(reader)` meets `channelsOf(document)`. Nothing here is a second copy of those
 * rules; it only asks them about a sample document of each kind and about the people the org
 * chart knows, so the page changes as soon as the organisation does (a new head, a Plt).
 */
import {
  canReadChannels,
  channelsFor,
  channelsOf,
  fetchOnlyChannelsFor,
  mayFetchOnDemand,
  type CitingAppraisal,
} from './channels';
import { ids } from './ids';
import { actingFor, atasanPenilaiOf, superiorOf, type OrgChart, type User } from './org-chart';

/** The kinds of data a person has, in the order the page shows them. */
export const DATA_KINDS = [
  'activity',
  'photo',
  'feedback',
  'praktik-baik',
  'skp',
  'appraisal',
  'attendance',
  'employee',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** Why a reader may read: their relation to the person. */
export type ReaderRelation =
  'superior' | 'acting-superior' | 'atasan-penilai' | 'report' | 'colleague' | 'other';

/**
 * `fetchOnly`: may open one at a time (a report's photo, when opening the entry), never synced;
 * `citedOnly` besides: only what a final appraisal of the person cites (the Atasan Pejabat
 * Penilai, deciding an objection).
 */
export type Reader = {
  nip: string;
  relation: ReaderRelation;
  fetchOnly: boolean;
  citedOnly: boolean;
};

export type KindReaders = {
  kind: DataKind;
  readers: Reader[];
  /** The Pengelola Kinerja (and the admin) read it through their role. */
  pengelola: boolean;
  /** Colleagues of the same unit who cannot read it. */
  colleaguesNot: string[];
};

/** A sample document of each kind about `nip`, as channelsOf sees it. */
function sampleOf(
  kind: DataKind,
  nip: string,
  appraiser: string | null,
  unitId: string | undefined,
): { _id: string; unitId?: string; appraiserNip?: string } {
  const day = '2000-01-01';
  const suffix = '00000000000000000000000000';
  switch (kind) {
    case 'activity':
      return { _id: ids.activity(nip, day, suffix) };
    case 'photo':
      return { _id: ids.photo(nip, day, suffix, suffix) };
    case 'feedback':
      return { _id: ids.feedback(nip, suffix) };
    case 'praktik-baik':
      // What the person agreed to share: in their unit's channel.
      return unitId === undefined
        ? { _id: ids.praktikBaik(nip, suffix) }
        : { _id: ids.praktikBaik(nip, suffix), unitId };
    case 'skp':
      return { _id: ids.skp(nip, 'sample') };
    case 'appraisal':
      return appraiser === null
        ? { _id: ids.appraisal(nip, 'sample') }
        : { _id: ids.appraisal(nip, 'sample'), appraiserNip: appraiser };
    case 'attendance':
      return { _id: ids.attendance(nip, '2000-01') };
    case 'employee':
      return unitId === undefined ? { _id: ids.employee(nip) } : { _id: ids.employee(nip), unitId };
  }
}

/** A final appraisal by `appraiser` citing the sample activity (and so its photos). */
function citingSample(nip: string, appraiser: string | null): CitingAppraisal[] {
  if (appraiser === null) return [];
  const none = { evidence: [] };
  const activity = sampleOf('activity', nip, appraiser, undefined)._id;
  return [
    {
      nip,
      appraiserNip: appraiser,
      status: 'final',
      rhk: {},
      hasilKerja: { evidence: [activity] },
      perilaku: {},
      perilakuOverall: none,
    },
  ];
}

/** A Pengelola as the rules see one: the role, in no unit, limited to no OPD. */
const PENGELOLA: User = { nip: 'pengelola', roles: ['pengelola'] };

/**
 * Who can read each kind of `nip`'s data on `date`: everyone the org chart knows (on a device,
 * those its documents name) and the superiors it relates to the person, judged one by one.
 */
export function readersOfMyData(nip: string, chart: OrgChart, date: string): KindReaders[] {
  const self = chart.employees.get(nip);
  const superior = superiorOf(chart, nip, date);
  const recorded = self?.superiorNip ?? null;
  const atasan = atasanPenilaiOf(chart, nip, date);
  const candidates = new Set<string>(chart.employees.keys());
  for (const n of [superior, recorded, atasan]) if (n !== null) candidates.add(n);
  candidates.delete(nip);

  const relationOf = (reader: string): ReaderRelation => {
    if (reader === superior)
      return recorded !== null && actingFor(chart, recorded, date) === reader
        ? 'acting-superior'
        : 'superior';
    if (reader === atasan) return 'atasan-penilai';
    if (chart.employees.get(reader) && superiorOf(chart, reader, date) === nip) return 'report';
    if (self && chart.employees.get(reader)?.unitId === self.unitId) return 'colleague';
    return 'other';
  };
  const granted = new Map<string, { fed: Set<string>; fetch: Set<string> }>();
  const grantsOf = (reader: string) => {
    let g = granted.get(reader);
    if (!g) {
      const user: User = { nip: reader, roles: [] };
      g = {
        fed: new Set(channelsFor(user, chart, date)),
        fetch: new Set(fetchOnlyChannelsFor(user, chart, date)),
      };
      granted.set(reader, g);
    }
    return g;
  };
  const pengelolaChannels = new Set(channelsFor(PENGELOLA, chart, date));
  const cited = citingSample(nip, superior);

  return DATA_KINDS.map((kind) => {
    const sample = sampleOf(kind, nip, superior, self?.unitId);
    const docChannels = channelsOf(sample);
    const readers: Reader[] = [];
    const colleaguesNot: string[] = [];
    for (const reader of candidates) {
      const g = grantsOf(reader);
      const fed = canReadChannels(docChannels, g.fed);
      const fetchOnly = !fed && canReadChannels(docChannels, g.fetch);
      const citedOnly =
        !fed &&
        !fetchOnly &&
        mayFetchOnDemand({ nip: reader, roles: [] }, sample._id, chart, date, cited);
      const relation = relationOf(reader);
      if (fed || fetchOnly || citedOnly)
        readers.push({ nip: reader, relation, fetchOnly: fetchOnly || citedOnly, citedOnly });
      else if (relation === 'colleague') colleaguesNot.push(reader);
    }
    readers.sort(
      (a, b) =>
        RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || a.nip.localeCompare(b.nip),
    );
    return {
      kind,
      readers,
      // Fed through the role, or opened one at a time (the attendance month beside a correction).
      pengelola:
        canReadChannels(docChannels, pengelolaChannels) ||
        mayFetchOnDemand(PENGELOLA, sample._id, chart, date, []),
      colleaguesNot: colleaguesNot.sort(),
    };
  });
}

const RELATION_ORDER: Record<ReaderRelation, number> = {
  superior: 0,
  'acting-superior': 1,
  'atasan-penilai': 2,
  report: 3,
  colleague: 4,
  other: 5,
};
