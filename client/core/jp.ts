/**
 * JP (jam pelajaran) of competency development: counted by core from the records the Pengelola
 * verified, the coaching sessions a head recorded, and the settings' rules per form; never typed.
 * Every PNS owes at least 20 JP a year (PP 11/2017 art. 203, kept by PP 17/2020); the target of
 * each ASN kind is a setting.
 */
import { enrolmentStatus } from './development-rules';
import type {
  DevelopmentSettings,
  EnrolmentAdminDoc,
  EnrolmentDoc,
  JpRule,
  TrainingDoc,
} from './schemas/development';
import type { FeedbackDoc } from './schemas/work';
import type { SettingDoc } from './schemas/reference';
import { DEV_FORMS, type AsnKind, type DevForm } from './vocabulary';

/** The yearly JP target of each ASN kind when the settings say nothing. */
export const DEFAULT_JP_TARGETS: Readonly<Record<AsnKind, number>> = { pns: 20, pppk: 20 };

const catalog: JpRule = { basis: 'catalog', jp: 0, capPerDay: null, capPerMonth: null };
const fixed = (jp: number): JpRule => ({ basis: 'fixed', jp, capPerDay: null, capPerMonth: null });
const perSession = (jp: number, capPerMonth: number | null = null): JpRule => ({
  basis: 'per-session',
  jp,
  capPerDay: null,
  capPerMonth,
});

/**
 * How each form counts when the settings say nothing, from common local practice: classroom
 * trainings by their catalog JP; a seminar 4, a workshop 5, patok banding 10, magang 20; coaching
 * and mentoring 2 a session; belajar mandiri one an hour, at most 2 a day.
 */
export const DEFAULT_JP_RULES: Readonly<Record<DevForm, JpRule>> = {
  pelatihan: catalog,
  seminar: fixed(4),
  workshop: fixed(5),
  kursus: catalog,
  bimtek: catalog,
  penataran: catalog,
  sosialisasi: fixed(2),
  coaching: perSession(2),
  mentoring: perSession(2),
  'e-learning': catalog,
  'pelatihan-jarak-jauh': catalog,
  detasering: fixed(20),
  outbound: fixed(4),
  'patok-banding': fixed(10),
  pertukaran: fixed(20),
  'belajar-mandiri': { basis: 'per-hour', jp: 1, capPerDay: 2, capPerMonth: null },
  'komunitas-belajar': perSession(2, 8),
  magang: fixed(20),
};

/** The development settings in force: the stored ones over the defaults, form by form. */
export function developmentSettingsOf(
  setting: Pick<SettingDoc, 'development'> | null | undefined,
): { targets: Record<AsnKind, number>; rules: Record<DevForm, JpRule> } {
  const stored: DevelopmentSettings | undefined = setting?.development;
  const rules = { ...DEFAULT_JP_RULES };
  for (const form of DEV_FORMS) {
    const rule = stored?.rules[form];
    if (rule) rules[form] = rule;
  }
  return { targets: { ...DEFAULT_JP_TARGETS, ...stored?.targets }, rules };
}

/**
 * One record that may count JP: a catalog activity, self-directed learning, or a coaching session
 * a head recorded (`coaching`, counted without verification). `verified` records count; the
 * others are pending.
 */
export type JpRecord = {
  id: string;
  source: 'catalog' | 'mandiri' | 'coaching';
  form: DevForm;
  title: string;
  /** The catalog activity's JP (forms counted by the catalog); null otherwise. */
  catalogJp: number | null;
  /** The day it was completed. */
  date: string;
  /** Sessions or days of study with their hours (forms counted per session or hour). */
  sessions: readonly { date: string; hours: number }[];
  verified: boolean;
};

/** What one record contributes to one year, after the caps. */
export type JpItem = {
  record: JpRecord;
  /** JP counted (verified) or that will count once verified (pending). */
  jp: number;
  /** JP the caps took off (per day, per month). */
  capped: number;
};

export type JpProgress = {
  year: number;
  target: number;
  /** JP counted: verified records and coaching, after caps. */
  verified: number;
  /** JP that would count once the pending records are verified. */
  pending: number;
  /** Records contributing to the year, verified first, newest first within each. */
  items: JpItem[];
};

/** Rounds to quarters of a JP, the finest a rule can give (a quarter hour of study). */
const round = (x: number) => Math.round(x * 4) / 4;

/** The JP of each record's units of work, before caps: [date, jp] pairs. */
function unitsOf(r: JpRecord, rule: JpRule): { date: string; jp: number }[] {
  switch (rule.basis) {
    case 'catalog':
      // Logged by oneself (e-learning outside the catalog): one JP for each hour studied.
      return r.catalogJp === null
        ? r.sessions.map((s) => ({ date: s.date, jp: s.hours }))
        : [{ date: r.date, jp: r.catalogJp }];
    case 'fixed':
      return [{ date: r.date, jp: rule.jp }];
    case 'per-session':
      return r.sessions.map((s) => ({ date: s.date, jp: rule.jp }));
    case 'per-hour':
      return r.sessions.map((s) => ({ date: s.date, jp: s.hours * rule.jp }));
  }
}

/**
 * Counts the records of one year against the caps, in order (the first records fill the caps
 * first): JP per record, and how much the caps took off.
 */
function countInOrder(
  records: readonly JpRecord[],
  rules: Readonly<Record<DevForm, JpRule>>,
  year: number,
): Map<string, { jp: number; capped: number }> {
  const perDay = new Map<string, number>();
  const perMonth = new Map<string, number>();
  const out = new Map<string, { jp: number; capped: number }>();
  const y = String(year);
  for (const r of records) {
    const rule = rules[r.form];
    let jp = 0;
    let raw = 0;
    for (const u of unitsOf(r, rule)) {
      if (!u.date.startsWith(y)) continue;
      raw += u.jp;
      let take = u.jp;
      const dayKey = `${r.form}|${u.date}`;
      const monthKey = `${r.form}|${u.date.slice(0, 7)}`;
      if (rule.capPerDay !== null)
        take = Math.min(take, Math.max(0, rule.capPerDay - (perDay.get(dayKey) ?? 0)));
      if (rule.capPerMonth !== null)
        take = Math.min(take, Math.max(0, rule.capPerMonth - (perMonth.get(monthKey) ?? 0)));
      perDay.set(dayKey, (perDay.get(dayKey) ?? 0) + take);
      perMonth.set(monthKey, (perMonth.get(monthKey) ?? 0) + take);
      jp += take;
    }
    if (raw > 0) out.set(r.id, { jp: round(jp), capped: round(raw - jp) });
  }
  return out;
}

const byDateThenId = (a: JpRecord, b: JpRecord) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A person's JP for one calendar year. Verified records fill the caps first (in date order), so a
 * pending record never takes JP from one already counted; what a pending record adds is what
 * would still fit.
 */
export function jpProgress(
  records: readonly JpRecord[],
  settings: {
    targets: Readonly<Record<AsnKind, number>>;
    rules: Readonly<Record<DevForm, JpRule>>;
  },
  kind: AsnKind,
  year: number,
): JpProgress {
  const verified = records.filter((r) => r.verified).sort(byDateThenId);
  const pending = records.filter((r) => !r.verified).sort(byDateThenId);
  const counted = countInOrder([...verified, ...pending], settings.rules, year);
  const item = (r: JpRecord): JpItem | null => {
    const c = counted.get(r.id);
    return c ? { record: r, jp: c.jp, capped: c.capped } : null;
  };
  const vItems = verified.map(item).filter((x): x is JpItem => x !== null);
  const pItems = pending.map(item).filter((x): x is JpItem => x !== null);
  const sum = (xs: JpItem[]) => round(xs.reduce((s, x) => s + x.jp, 0));
  return {
    year,
    target: settings.targets[kind],
    verified: sum(vItems),
    pending: sum(pItems),
    items: [...vItems.reverse(), ...pItems.reverse()],
  };
}

/** True when a person has reached the year's target with verified JP. */
export function reachedTarget(p: Pick<JpProgress, 'verified' | 'target'>): boolean {
  return p.verified >= p.target;
}

/**
 * The JP record of one development record, or null while it has nothing to count: no completion
 * reported yet, or its report was rejected (and not sent again).
 */
export function jpRecordOf(
  e: Pick<EnrolmentDoc, '_id' | 'trainingId' | 'self' | 'completion' | 'withdrawnAt'>,
  admin: Pick<EnrolmentAdminDoc, 'seat' | 'verification'> | null | undefined,
  training: Pick<TrainingDoc, 'form' | 'jp' | 'title'> | null | undefined,
): JpRecord | null {
  const status = enrolmentStatus(e, null, admin);
  if (e.completion === null || status === 'rejected') return null;
  const form = e.self?.form ?? training?.form;
  if (form === undefined) return null;
  return {
    id: e._id,
    source: e.self ? 'mandiri' : 'catalog',
    form,
    title: e.self?.title ?? training?.title ?? '',
    catalogJp: training?.jp ?? null,
    date: e.completion.date,
    sessions: e.completion.sessions,
    verified: status === 'verified',
  };
}

/**
 * Coaching a head recorded (a bimbingan feedback) counts as one nonklasikal coaching session on
 * its date, without verification: the head's record is the evidence.
 */
export function coachingRecordsOf(
  feedback: readonly Pick<FeedbackDoc, '_id' | 'kind' | 'date'>[],
): JpRecord[] {
  return feedback
    .filter((f) => f.kind === 'bimbingan')
    .map((f) => ({
      id: f._id,
      source: 'coaching' as const,
      form: 'coaching' as const,
      title: 'Bimbingan kinerja oleh atasan',
      catalogJp: null,
      date: f.date,
      sessions: [{ date: f.date, hours: 1 }],
      verified: true,
    }));
}
