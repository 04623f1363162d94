/**
 * Writes report documents: recomputes the rows a flush asks for (report-rows.ts, from the
 * documents report-sources.ts reads), patches them into their unit-month documents with the
 * unit's people by name, and writes only the documents whose content changed, straight into the
 * store (never the gatekeeper: no device writes a report, and this is no Pengelola's change).
 */
import type { Logger } from 'pino';
import { ids } from '../../client/core/ids';
import { developmentSettingsOf } from '../../client/core/jp';
import { superiorOf } from '../../client/core/org-chart';
import { assignmentOn, periodOfMonth, placementDate } from '../../client/core/report';
import type { TrainingDoc } from '../../client/core/schemas/development';
import type { EmployeeDoc, SettingDoc } from '../../client/core/schemas/reference';
import { parseDoc } from '../../client/core/schemas/registry';
import type { ReportDoc, ReportPerson } from '../../client/core/schemas/report';
import { tppSettingsOf } from '../../client/core/tpp';
import type { FeedIndex } from '../feed/feed-index';
import type { OrgState } from '../feed/org-state';
import type { Tailer } from '../feed/tailer';
import type { Store } from '../store/store';
import { personRow, type SharedSources } from './report-rows';
import { ReportSources } from './report-sources';

/** People read and computed together in one step. */
const PEOPLE_PER_STEP = 250;
/** Employee statuses listed in a unit's report (the last two as excluded). */
const LISTED = new Set(['aktif', 'cuti', 'tugas-belajar']);

/** People by name as Indonesian readers sort them. */
const BY_NAME = new Intl.Collator('id');

/** What one unit-month needs: the rows of some people, or all of them. */
export type Pending = { unitId: string; month: string; nips: Set<string> | 'all' };

export type WriterDeps = {
  store: Store;
  index: FeedIndex;
  org: OrgState;
  tailer: Tailer;
  log: Logger;
  now: () => number;
  /** True once the server stops: a write gives up at its next step of people. */
  stopping: () => boolean;
};

/** The people reports list: active, on leave or on study leave. */
export function listedEmployees(org: OrgState): EmployeeDoc[] {
  return org
    .employeeDocs()
    .filter((e) => LISTED.has(e.status ?? (e.active ? 'aktif' : 'diberhentikan')));
}

/**
 * The people each unit's report of `month` lists, placed by their assignment on the month's
 * last day (today while it runs): a person who moved stays in the old unit's earlier months.
 */
export function membersByUnit(
  org: OrgState,
  month: string,
  today: string,
): Map<string, Map<string, EmployeeDoc>> {
  const out = new Map<string, Map<string, EmployeeDoc>>();
  const date = placementDate(month, today);
  for (const e of listedEmployees(org)) {
    const { unitId } = assignmentOn(e, date);
    const unit = out.get(unitId) ?? new Map<string, EmployeeDoc>();
    unit.set(e.nip, e);
    out.set(unitId, unit);
  }
  return out;
}

export class ReportWriter {
  /** The unit whose reports hold each person's rows, as last written. */
  readonly placed = new Map<string, string>();
  readonly sources: ReportSources;
  private shared: SharedSources | null = null;

  constructor(private readonly d: WriterDeps) {
    this.sources = new ReportSources(d.store, d.index, () => !d.tailer.indexBehind);
  }

  /** Forgets the settings and the catalog read before (they changed). */
  forgetShared(): void {
    this.shared = null;
  }

  /**
   * Recomputes the rows `batch` asks for and writes the unit-month documents whose content
   * changed, then has them indexed; returns the ids the store refused (another writer was first).
   */
  async write(batch: ReadonlyMap<string, Pending>, today: string): Promise<string[]> {
    const byMonth = new Map<string, Map<string, Map<string, EmployeeDoc>>>();
    const membersOf = (month: string, unitId: string) => {
      let m = byMonth.get(month);
      if (!m) byMonth.set(month, (m = membersByUnit(this.d.org, month, today)));
      return m.get(unitId) ?? new Map<string, EmployeeDoc>();
    };
    const periods = [...this.d.org.periods.values()];
    // Tombstones too: a deleted report is written over its deletion.
    const stored = await this.sources.winning([...batch.keys()], { tombstones: true });
    const existing = new Map([...stored].filter(([, d]) => !d._deleted));
    // Who needs a new row in which months: the marked, and members a document lacks.
    const needed = new Map<string, Set<string>>();
    const need = (nip: string, month: string) => {
      const set = needed.get(nip) ?? new Set<string>();
      set.add(month);
      needed.set(nip, set);
    };
    for (const [id, p] of batch) {
      const doc = existing.get(id) as ReportDoc | undefined;
      const listed = new Set(doc?.people.map((r) => r.nip) ?? []);
      for (const nip of membersOf(p.month, p.unitId).keys())
        if (p.nips === 'all' || p.nips.has(nip) || !listed.has(nip)) need(nip, p.month);
    }
    const rows = await this.computeRows(needed, periods, today);
    const writes: Record<string, unknown>[] = [];
    const computedAt = new Date(this.d.now()).toISOString();
    for (const [id, p] of batch) {
      const rev = stored.get(id)?._rev ?? null;
      const old = existing.get(id) as (ReportDoc & { _rev: string }) | undefined;
      const unitMembers = membersOf(p.month, p.unitId);
      const oldRows = new Map(old?.people.map((r) => [r.nip, r]) ?? []);
      const people = [...unitMembers.keys()]
        .map((nip) => rows.get(`${nip}|${p.month}`) ?? oldRows.get(nip))
        .filter((r): r is ReportPerson => r !== undefined)
        .sort((a, b) => BY_NAME.compare(a.name, b.name) || a.nip.localeCompare(b.nip));
      const doc: ReportDoc = {
        _id: id,
        type: 'report',
        schemaVersion: 1,
        unitId: p.unitId,
        month: p.month,
        periodId: periodOfMonth(p.month, periods),
        computedAt,
        people,
      };
      for (const r of people) this.placed.set(r.nip, p.unitId);
      for (const r of old?.people ?? [])
        if (!unitMembers.has(r.nip) && this.placed.get(r.nip) === p.unitId)
          this.placed.delete(r.nip);
      if (old && sameContent(old, doc)) continue;
      const parsed = parseDoc(doc);
      if (!parsed.ok) {
        this.d.log.warn(
          { id, issues: parsed },
          'report left unwritten: it does not fit its schema',
        );
        continue;
      }
      writes.push(rev === null ? doc : { ...doc, _rev: rev });
    }
    if (writes.length === 0) return [];
    // Asked again right before writing: a keeper that lost its lease meanwhile writes nothing.
    if (this.d.stopping()) throw new Error('the server is stopping or lost the report lease');
    const results = await this.d.store.bulkDocs(writes, true);
    await this.d.tailer.catchUp().catch(() => undefined);
    return results.filter((r) => r.error).map((r) => r.id);
  }

  /** The rows of each person for each month asked, keyed `{nip}|{month}`. */
  private async computeRows(
    needed: ReadonlyMap<string, ReadonlySet<string>>,
    periods: Parameters<typeof periodOfMonth>[1],
    today: string,
  ): Promise<Map<string, ReportPerson>> {
    const out = new Map<string, ReportPerson>();
    if (needed.size === 0) return out;
    const shared = await this.sharedSources();
    const employees = new Map(listedEmployees(this.d.org).map((e) => [e.nip, e]));
    const chart = this.d.org.chart;
    const nips = [...needed.keys()];
    for (let i = 0; i < nips.length; i += PEOPLE_PER_STEP) {
      if (this.d.stopping()) throw new Error('the server is stopping');
      const step = nips.slice(i, i + PEOPLE_PER_STEP);
      const months = [...new Set(step.flatMap((n) => [...(needed.get(n) ?? [])]))].sort();
      const periodOf = new Map(months.map((m) => [m, periodOfMonth(m, periods)]));
      const periodIds = [...new Set(periodOf.values())].filter((p): p is string => p !== null);
      const docs = await this.sources.read(step, months, periodIds);
      for (const nip of step) {
        const employee = employees.get(nip);
        const own = docs.get(nip);
        if (!employee || !own) continue;
        for (const month of needed.get(nip) ?? []) {
          const date = placementDate(month, today);
          const placed = assignmentOn(employee, date);
          // Before a move, the superior of that assignment; since, the org chart's (a Plt too).
          const appraiser = !placed.current
            ? placed.superiorNip
            : chart.employees.has(nip)
              ? superiorOf(chart, nip, date)
              : employee.superiorNip;
          try {
            const row = personRow(
              employee,
              month,
              periodOf.get(month) ?? null,
              appraiser,
              own,
              shared,
            );
            out.set(`${nip}|${month}`, row);
          } catch (err) {
            // One person's malformed document must not stop the unit's report.
            this.d.log.warn({ err, nip, month }, 'report row not computed');
          }
        }
      }
    }
    return out;
  }

  private async sharedSources(): Promise<SharedSources> {
    if (this.shared) return this.shared;
    const [settings, trainings] = await Promise.all([
      this.sources.winning([ids.setting('kinerja')]),
      this.d.store.byPrefix('training:'),
    ]);
    const setting = settings.get(ids.setting('kinerja')) as unknown as SettingDoc | undefined;
    this.shared = {
      tpp: tppSettingsOf(setting),
      development: developmentSettingsOf(setting),
      trainings: new Map(
        trainings
          .filter((t) => !t._deleted)
          .map((t) => [String(t.trainingId), t as unknown as TrainingDoc]),
      ),
    };
    return this.shared;
  }
}

/** True when two reports say the same, whenever they were computed (the store moves `_id`). */
function sameContent(a: ReportDoc, b: ReportDoc): boolean {
  const strip = (d: ReportDoc) =>
    JSON.stringify({ ...d, _id: undefined, _rev: undefined, computedAt: undefined });
  return strip(a) === strip(b);
}
