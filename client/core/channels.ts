/**
 * Channels: which documents a user's devices receive. A document is in the channels that
 * `channelsOf` names (decided from its id and stored fields, never from who sent it); a user
 * reads the channels that `channelsFor` grants from the org chart.
 */
import { ids, ownerNipOfId, parseId, typeOfId } from './ids';
import {
  actingFor,
  atasanPenilaiOf,
  directReportsOf,
  isPengelola,
  superiorOf,
  type OrgChart,
  type User,
} from './org-chart';
import { keepsPerson, keepsUnit, unitWithin } from './org-scope';
import { canWrite } from './permissions';

/**
 * Bumped whenever channelsOf or channelsFor change meaning: the server's feed index, derived from
 * these rules, is rebuilt when the version it was built with differs.
 */
export const CHANNEL_RULES_VERSION = 7;

export const ORG_CHANNEL = 'org';
export const empChannel = (nip: string) => `emp:${nip}`;
export const unitChannel = (unitId: string) => `unit:${unitId}`;
export const reviewChannel = (appraiserNip: string) => `review:${appraiserNip}`;
/** A person's SKP, read by their reports (to link RHK to it) and their atasan (to decide objections). */
export const planChannel = (nip: string) => `plan:${nip}`;

/**
 * The records of a unit's people that its Pengelola acts on: competency development (requests,
 * decisions, seats, verifications), which they confirm and verify, and attendance corrections
 * (requests and the head's decisions), which they apply. Read by the Pengelola keeping the unit.
 */
export const devChannel = (unitId: string) => `dev:${unitId}`;

/**
 * A person's evidence photos: replicated to their own devices only. Their appraiser may fetch one
 * at a time (`fetchOnlyChannelsFor`), so a head's tablet never downloads the team's photos up front.
 */
export const photoChannel = (nip: string) => `photo:${nip}`;

/**
 * A unit's report summaries (Laporan, report.ts): read by the head in office of the unit and of
 * every unit above it, and by the Pengelola keeping it. Figures only: never a daily log.
 */
export const reportChannel = (unitId: string) => `rep:${unitId}`;

type ChannelSource = { _id: string; unitId?: unknown; appraiserNip?: unknown };

/** The channels a document is in. */
export function channelsOf(doc: ChannelSource): string[] {
  const type = typeOfId(doc._id);
  switch (type) {
    case null:
      return [];
    case 'unit':
    case 'period':
    case 'catalog':
    case 'expectation':
    case 'training':
    case 'setting':
      return [ORG_CHANNEL];
    case 'employee': {
      const nip = doc._id.slice('employee:'.length);
      return typeof doc.unitId === 'string'
        ? [empChannel(nip), unitChannel(doc.unitId)]
        : [empChannel(nip)];
    }
    case 'praktik-baik': {
      // Shared with the unit: the employee's consent is the document itself.
      const owner = ownerNipOfId(doc._id);
      if (owner === null) return [];
      return typeof doc.unitId === 'string'
        ? [empChannel(owner), unitChannel(doc.unitId)]
        : [empChannel(owner)];
    }
    case 'enrolment':
    case 'enrolment-decision':
    case 'enrolment-admin':
    case 'attendance-correction':
    case 'attendance-decision':
    case 'attendance-applied': {
      // The person's and their head's (emp), and the Pengelola's of the unit it was written in.
      const owner = ownerNipOfId(doc._id);
      if (owner === null) return [];
      return typeof doc.unitId === 'string'
        ? [empChannel(owner), devChannel(doc.unitId)]
        : [empChannel(owner)];
    }
    case 'org-rating': {
      const unitId = doc._id.split(':')[1];
      return unitId ? [unitChannel(unitId)] : [];
    }
    case 'report': {
      const p = parseId(doc._id);
      return p?.type === 'report' ? [reportChannel(p.unitId)] : [];
    }
    case 'skp': {
      const owner = ownerNipOfId(doc._id);
      return owner === null ? [] : [empChannel(owner), planChannel(owner)];
    }
    case 'photo':
    case 'certificate': {
      const owner = ownerNipOfId(doc._id);
      return owner === null ? [] : [photoChannel(owner)];
    }
    case 'appraisal':
    case 'acknowledgement':
    case 'objection-decision': {
      const owner = ownerNipOfId(doc._id);
      if (owner === null) return [];
      return typeof doc.appraiserNip === 'string'
        ? [empChannel(owner), reviewChannel(doc.appraiserNip)]
        : [empChannel(owner)];
    }
    default: {
      const owner = ownerNipOfId(doc._id);
      return owner === null ? [] : [empChannel(owner)];
    }
  }
}

/** The channels a user may read on a date. */
export function channelsFor(user: User, chart: OrgChart, date: string): string[] {
  const out = new Set<string>([ORG_CHANNEL, empChannel(user.nip), photoChannel(user.nip)]);
  const self = chart.employees.get(user.nip);
  if (self) out.add(unitChannel(self.unitId));
  // The superior's SKP (its RHK are what one's own RHK support) and directory entry (who signs).
  const superior = superiorOf(chart, user.nip, date);
  if (superior !== null) {
    out.add(planChannel(superior));
    const unitId = chart.employees.get(superior)?.unitId;
    if (unitId) out.add(unitChannel(unitId));
  }
  for (const report of directReportsOf(chart, user.nip, date)) {
    out.add(empChannel(report));
    out.add(reviewChannel(report));
    const unitId = chart.employees.get(report)?.unitId;
    if (unitId) out.add(unitChannel(unitId));
    // As Atasan Pejabat Penilai: the plans behind the appraisals this person may have to review.
    for (const second of directReportsOf(chart, report, date)) out.add(planChannel(second));
  }
  for (const unitId of reportUnitsFor(user, chart, date)) out.add(reportChannel(unitId));
  if (isPengelola(user))
    for (const unitId of chart.units.keys())
      if (keepsUnit(user, chart.units, unitId)) {
        out.add(unitChannel(unitId));
        out.add(devChannel(unitId));
      }
  return [...out].sort();
}

/**
 * The units whose reports a user reads on a date: those they head (or act for the absent head of)
 * and everything under them, and the units a Pengelola keeps. Supervising one person of a unit is
 * not enough: a unit's report lists everyone in it, the supervisor's own head included.
 */
export function reportUnitsFor(user: User, chart: OrgChart, date: string): string[] {
  const out = new Set<string>();
  // The head in office on the date: a Plt/Plh reads the unit's reports while the head is away.
  const headed = [...chart.units.values()]
    .filter(
      (u) => u.headNip !== null && (actingFor(chart, u.headNip, date) ?? u.headNip) === user.nip,
    )
    .map((u) => u.unitId);
  for (const unitId of chart.units.keys()) {
    if (headed.some((root) => unitWithin(chart.units, unitId, root))) out.add(unitId);
    else if (isPengelola(user) && keepsUnit(user, chart.units, unitId)) out.add(unitId);
  }
  return [...out].sort();
}

/**
 * The channels a user may read one document at a time (GET) but that are not fed to their
 * devices: the evidence photos of their direct reports, fetched when an entry is opened.
 */
export function fetchOnlyChannelsFor(user: User, chart: OrgChart, date: string): string[] {
  return directReportsOf(chart, user.nip, date)
    .map((report) => photoChannel(report))
    .sort();
}

/** What an appraisal says about the evidence it cites (ratedItem.evidence: ids, `{activityId}#{photo}`). */
export type CitingAppraisal = {
  nip: string;
  appraiserNip: string;
  status: 'draft' | 'final';
  rhk: Readonly<Record<string, { evidence: readonly string[] }>>;
  hasilKerja: { evidence: readonly string[] };
  perilaku: Readonly<Partial<Record<string, { evidence: readonly string[] }>>>;
  perilakuOverall: { evidence: readonly string[] };
};

/** The activity an id stands for when an appraisal may cite it: the activity's, or its photo's. */
function citableActivityOf(id: string): { nip: string; activityId: string } | null {
  const p = parseId(id);
  if (p?.type !== 'activity' && p?.type !== 'photo') return null;
  return { nip: p.nip, activityId: ids.activity(p.nip, p.date, p.suffix) };
}

/** Every piece of evidence an appraisal cites, in all its rated items. */
export function evidenceOf(appraisal: CitingAppraisal): string[] {
  return [
    ...Object.values(appraisal.rhk),
    appraisal.hasilKerja,
    ...Object.values(appraisal.perilaku),
    appraisal.perilakuOverall,
  ].flatMap((item) => item?.evidence ?? []);
}

/** True when the appraisal cites the activity, or one of its photos. */
export function citesActivity(appraisal: CitingAppraisal, activityId: string): boolean {
  return evidenceOf(appraisal).some((e) => e === activityId || e.startsWith(`${activityId}#`));
}

/**
 * Whose appraisals decide whether `id` may be fetched on demand: the owner's NIP for an activity
 * or an evidence photo (open when an appraisal cites it), else null (no appraisal opens it).
 */
export function citedOwnerOf(id: string): string | null {
  return citableActivityOf(id)?.nip ?? null;
}

/**
 * True when `user` may open the one document `id` on demand although no channel of theirs holds
 * it: as Atasan Pejabat Penilai, deciding objections, what a final appraisal written by one of
 * their direct reports cites (the activity and its photos; `appraisals` are the owner's, see
 * citedOwnerOf), and the SKP approval (with its ekspektasi khusus pimpinan) of the people their
 * direct reports appraise; a certificate photo of a development record, to the person's head
 * and the Pengelola keeping their unit; and a person's imported attendance month, to the
 * Pengelola keeping the person (it is fed to the person and their head only; the Pengelola reads
 * the day as imported beside a correction they apply). Never the rest of the daily log, the
 * feedback or anything else.
 * Not a channel: nothing is fed through it and the feed index never sees it, so it leaves
 * CHANNEL_RULES_VERSION as it is.
 */
export function mayFetchOnDemand(
  user: User,
  id: string,
  chart: OrgChart,
  date: string,
  appraisals: readonly CitingAppraisal[],
): boolean {
  const p = parseId(id);
  if (p?.type === 'skp-approval') return atasanPenilaiOf(chart, p.nip, date) === user.nip;
  if (p?.type === 'certificate') return mayOpenCertificate(user, p.nip, chart, date);
  if (p?.type === 'attendance') return isPengelola(user) && keepsPerson(user, chart, p.nip);
  const cited = citableActivityOf(id);
  if (cited === null) return false;
  const appraisers = new Set(directReportsOf(chart, user.nip, date));
  return appraisals.some(
    (a) =>
      a.status === 'final' &&
      a.nip === cited.nip &&
      appraisers.has(a.appraiserNip) &&
      citesActivity(a, cited.activityId),
  );
}

/**
 * A certificate photo is opened by those who judge the record: the person's head (who approved
 * the request) and a Pengelola keeping the person's unit (who verifies it).
 */
function mayOpenCertificate(user: User, nip: string, chart: OrgChart, date: string): boolean {
  if (superiorOf(chart, nip, date) === user.nip) return true;
  const unitId = chart.employees.get(nip)?.unitId;
  return isPengelola(user) && unitId !== undefined && keepsUnit(user, chart.units, unitId);
}

/** True when a document with these channels may be read by a holder of `granted`. */
export function canReadChannels(
  docChannels: readonly string[],
  granted: ReadonlySet<string>,
): boolean {
  return docChannels.some((c) => granted.has(c));
}

/**
 * True when a device of `user` may keep a document with this id, judged from the id alone: the id
 * puts it in one of the user's channels (`granted`), or the user is its writer today (their own
 * write may not have reached the server yet: an objection decision of the Atasan Pejabat Penilai,
 * the Pengelola's attendance records). Reconcile asks this of what the user cannot read, so that
 * its answer is the same whether or not such a document exists.
 */
export function mayKeepId(
  id: string,
  user: User,
  granted: ReadonlySet<string>,
  chart: OrgChart,
  date: string,
): boolean {
  if (canReadChannels(channelsOf({ _id: id }), granted)) return true;
  const type = typeOfId(id);
  return type !== null && canWrite(user, type, ownerNipOfId(id), chart, date);
}
