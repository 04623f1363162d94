/**
 * Keeps the report summaries (`report:{unitId}:{yyyy-mm}`, core report.ts) current in the store:
 * one document per unit and month of `reportMonths(today)`, a row per person of the unit. The
 * tailer tells it every indexed change; core's `reportTouchOf` says which people's months the
 * change touches; those are marked dirty and recomputed in coalesced batches after a short delay,
 * off the push path. Only documents whose content changed are written, straight into the store
 * (never through the gatekeeper: no device may write a report, and this is not a Pengelola's
 * change to audit), then indexed, so the longpolls of their readers wake.
 *
 * Derived data: at start everything is recomputed when the rules changed (`REPORT_RULES_VERSION`)
 * or a batch was left unflushed (the state kept in server.sqlite's settings), and any unit-month
 * whose document is missing or lists other people than the unit's is recomputed; a deleted report
 * is written again. A new month gets its documents from a cheap minute timer.
 */
import type { Logger } from 'pino';
import { monthRange } from '../../client/core/attendance';
import { civilDate } from '../../client/core/dates';
import { ids, parseId } from '../../client/core/ids';
import { developmentSettingsOf } from '../../client/core/jp';
import { superiorOf } from '../../client/core/org-chart';
import {
  periodOfMonth,
  REPORT_RULES_VERSION,
  reportMonths,
  reportTouchOf,
} from '../../client/core/report';
import type { TrainingDoc } from '../../client/core/schemas/development';
import type { EmployeeDoc, SettingDoc } from '../../client/core/schemas/reference';
import { parseDoc } from '../../client/core/schemas/registry';
import type { ReportDoc, ReportPerson } from '../../client/core/schemas/report';
import { tppSettingsOf } from '../../client/core/tpp';
import type { FeedIndex } from '../feed/feed-index';
import type { OrgState } from '../feed/org-state';
import type { Tailer } from '../feed/tailer';
import { setSetting, setting, type ServerDb } from '../server-db';
import type { Store, StoreChange } from '../store/store';
import { personRow, type SharedSources } from './report-rows';
import { ReportSources } from './report-sources';

/** How long marks gather before a flush: a push's documents arrive within a few milliseconds. */
const DEBOUNCE_MS = 30;
/** How often the date is checked for a new month. */
const MONTH_CHECK_MS = 60_000;
/** People read and computed together in one flush step. */
const PEOPLE_PER_STEP = 250;
/** The settings key of the state of the reports: `{rules version}:{clean|dirty}`. */
const STATE_KEY = 'report_state';
/** Employee statuses listed in a unit's report (the last two as excluded). */
const LISTED = new Set(['aktif', 'cuti', 'tugas-belajar']);

/** What one unit-month needs: the rows of some people, or all of them. */
type Pending = { unitId: string; month: string; nips: Set<string> | 'all' };

type Deps = {
  store: Store;
  index: FeedIndex;
  org: OrgState;
  tailer: Tailer;
  serverDb: ServerDb;
  log: Logger;
  now: () => number;
};

export class ReportMaintainer {
  private dirty = new Map<string, Pending>();
  /** The unit whose reports hold each person's rows, as last written. */
  private readonly placed = new Map<string, string>();
  private months: string[] = [];
  private shared: SharedSources | null = null;
  private timer: NodeJS.Timeout | null = null;
  private monthTimer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private flushing = false;
  private started = false;
  private stopped = false;
  private stateDirty = false;
  private readonly sources: ReportSources;
  private readonly unlisten: () => void;
  /** The state the last run left, read before the tailer's first catch-up marks anything. */
  private readonly leftState: string | null;

  constructor(private readonly d: Deps) {
    this.leftState = setting(d.serverDb, STATE_KEY);
    this.sources = new ReportSources(d.store, d.index, () => d.tailer.knowsEveryStoredId);
    this.unlisten = d.tailer.onIndexed((changes) => this.onIndexed(changes));
  }

  /**
   * After the tailer's first catch-up: recomputes everything when the rules changed or the last
   * run stopped with work left, else checks that every kept unit-month has its document with the
   * unit's people; then writes what that found. The server starts with current reports.
   */
  async start(): Promise<void> {
    this.months = reportMonths(this.today());
    if (this.leftState !== `${REPORT_RULES_VERSION}:clean`) {
      this.dirty.clear();
      this.markEverything();
    } else {
      await this.checkDocs();
    }
    this.started = true;
    await this.flush();
    this.monthTimer = setInterval(() => this.checkMonth(), MONTH_CHECK_MS);
    this.monthTimer.unref();
  }

  /** Stops following the feed, and writes what is marked (a stop with work left rebuilds at start). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unlisten();
    if (this.monthTimer) clearInterval(this.monthTimer);
    if (this.started) await this.flush();
  }

  /** Recomputes every unit-month of the kept months (the bench's full rebuild). */
  rebuild(): Promise<void> {
    this.markEverything();
    return this.flush();
  }

  /** Writes what is marked now, after any flush under way. Never rejects. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.chain = this.chain.then(() => this.runFlush());
    return this.chain;
  }

  /**
   * Resolves once the date is checked for a new month, the store's changes so far are indexed
   * and every flush they caused is done (tests and the bench await this, never a sleep). Work
   * left by a failed flush waits for the next change.
   */
  async settled(): Promise<void> {
    if (this.started && !this.stopped) this.checkMonth();
    await this.d.tailer.catchUp().catch(() => undefined);
    while (this.timer !== null || this.flushing) await this.flush();
  }

  /** The tailer's listener: marks what each indexed change touches. Cheap; never throws. */
  private onIndexed(changes: readonly StoreChange[]): void {
    if (this.stopped) return;
    const months = reportMonths(this.today());
    let marked = false;
    for (const c of changes) {
      const p = parseId(c.id);
      if (p?.type === 'report') {
        // Our own writes come back here; a deleted report is written again.
        if (c.deleted && months.includes(p.month) && this.unitExists(p.unitId)) {
          this.mark(p.unitId, p.month, 'all');
          marked = true;
        }
        continue;
      }
      const touch = reportTouchOf(c.doc, months, this.d.org.periods);
      if (touch.kind === 'none') continue;
      marked = true;
      if (touch.kind === 'all') {
        this.shared = null;
        this.markEverything(months);
        continue;
      }
      this.markPerson(touch.nip, touch.months);
      // A head's acting (Plt) or leaving changes who appraises their reports.
      if (p?.type === 'employee')
        for (const r of this.d.org.chart.recordedReports.get(touch.nip) ?? [])
          this.markPerson(r, touch.months);
    }
    if (marked) this.schedule();
  }

  private markPerson(nip: string, months: readonly string[]): void {
    const units = new Set<string>();
    const current = this.d.org.employee(nip)?.unitId;
    if (current !== undefined) units.add(current);
    const placed = this.placed.get(nip);
    if (placed !== undefined) units.add(placed);
    for (const unitId of units) for (const m of months) this.mark(unitId, m, nip);
  }

  private markEverything(months: readonly string[] = this.months): void {
    for (const u of this.d.org.unitDocs()) for (const m of months) this.mark(u.unitId, m, 'all');
  }

  private mark(unitId: string, month: string, nip: string | 'all'): void {
    const id = ids.report(unitId, month);
    const pending = this.dirty.get(id) ?? { unitId, month, nips: new Set<string>() };
    if (nip === 'all') pending.nips = 'all';
    else if (pending.nips !== 'all') pending.nips.add(nip);
    this.dirty.set(id, pending);
    if (!this.stateDirty) {
      this.stateDirty = true;
      setSetting(this.d.serverDb, STATE_KEY, `${REPORT_RULES_VERSION}:dirty`);
    }
  }

  private schedule(): void {
    if (this.timer !== null || !this.started || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, DEBOUNCE_MS);
  }

  private async runFlush(): Promise<void> {
    if (this.dirty.size === 0) return;
    const batch = this.dirty;
    this.dirty = new Map();
    this.flushing = true;
    try {
      await this.write(batch);
      if (this.dirty.size === 0 && this.stateDirty) {
        this.stateDirty = false;
        setSetting(this.d.serverDb, STATE_KEY, `${REPORT_RULES_VERSION}:clean`);
      }
    } catch (err) {
      this.d.log.warn({ err }, 'report flush failed; retrying on the next change');
      for (const p of batch.values()) {
        if (p.nips === 'all') this.mark(p.unitId, p.month, 'all');
        else for (const nip of p.nips) this.mark(p.unitId, p.month, nip);
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Recomputes the marked rows and writes the unit-month documents whose content changed. */
  private async write(batch: ReadonlyMap<string, Pending>): Promise<void> {
    const today = this.today();
    const members = this.membersByUnit();
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
      for (const nip of members.get(p.unitId)?.keys() ?? [])
        if (p.nips === 'all' || p.nips.has(nip) || !listed.has(nip)) need(nip, p.month);
    }
    const rows = await this.computeRows(needed, members, periods, today);
    const writes: Record<string, unknown>[] = [];
    const computedAt = new Date(this.d.now()).toISOString();
    for (const [id, p] of batch) {
      const rev = stored.get(id)?._rev ?? null;
      const old = existing.get(id) as (ReportDoc & { _rev: string }) | undefined;
      const unitMembers = members.get(p.unitId) ?? new Map<string, EmployeeDoc>();
      const people = [...unitMembers.keys()]
        .map((nip) => rows.get(`${nip}|${p.month}`) ?? old?.people.find((r) => r.nip === nip))
        .filter((r): r is ReportPerson => r !== undefined)
        .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));
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
    if (writes.length === 0) return;
    const results = await this.d.store.bulkDocs(writes, true);
    const failed = results.filter((r) => r.error);
    await this.d.tailer.catchUp().catch(() => undefined);
    if (failed.length > 0) {
      // Another writer (a second server on the same CouchDB, a deletion) got there first.
      for (const r of failed) {
        const p = batch.get(r.id);
        if (p) this.mark(p.unitId, p.month, 'all');
      }
      throw new Error(`${failed.length} report(s) not written: ${failed[0]?.error ?? ''}`);
    }
  }

  /** The rows of each person for each month asked, keyed `{nip}|{month}`. */
  private async computeRows(
    needed: ReadonlyMap<string, ReadonlySet<string>>,
    members: ReadonlyMap<string, ReadonlyMap<string, EmployeeDoc>>,
    periods: Parameters<typeof periodOfMonth>[1],
    today: string,
  ): Promise<Map<string, ReportPerson>> {
    const out = new Map<string, ReportPerson>();
    if (needed.size === 0) return out;
    const shared = await this.sharedSources();
    const employees = new Map<string, EmployeeDoc>();
    for (const unit of members.values()) for (const [nip, e] of unit) employees.set(nip, e);
    const chart = this.d.org.chart;
    const nips = [...needed.keys()];
    for (let i = 0; i < nips.length; i += PEOPLE_PER_STEP) {
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
          const date = month === today.slice(0, 7) ? today : monthRange(month).end;
          const appraiser = chart.employees.has(nip)
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

  /** The people each unit's report lists: active, on leave or on study leave. */
  private membersByUnit(): Map<string, Map<string, EmployeeDoc>> {
    const out = new Map<string, Map<string, EmployeeDoc>>();
    for (const e of this.d.org.employeeDocs()) {
      const status = e.status ?? (e.active ? 'aktif' : 'diberhentikan');
      if (!LISTED.has(status)) continue;
      const unit = out.get(e.unitId) ?? new Map<string, EmployeeDoc>();
      unit.set(e.nip, e);
      out.set(e.unitId, unit);
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

  /**
   * At start: the kept unit-months whose document is missing, is of another period, or lists
   * other people than the unit's are marked whole; and where each person's rows are is learnt.
   */
  private async checkDocs(): Promise<void> {
    const members = this.membersByUnit();
    const periods = [...this.d.org.periods.values()];
    const units = this.d.org.unitDocs().map((u) => u.unitId);
    const wanted = units.flatMap((u) => this.months.map((m) => ids.report(u, m)));
    const found = await this.sources.winning(wanted);
    for (const unitId of units) {
      const expected = [...(members.get(unitId)?.keys() ?? [])].sort();
      for (const month of this.months) {
        const doc = found.get(ids.report(unitId, month)) as ReportDoc | undefined;
        for (const r of doc?.people ?? []) this.placed.set(r.nip, unitId);
        const listed = (doc?.people ?? []).map((r) => r.nip).sort();
        if (
          !doc ||
          doc.periodId !== periodOfMonth(month, periods) ||
          listed.join() !== expected.join()
        )
          this.mark(unitId, month, 'all');
      }
    }
  }

  /**
   * On a new month: its documents are made now, not at the first change; the month that just
   * ended is recomputed too (its appraisers are now those of its last day, not of today).
   */
  private checkMonth(): void {
    const months = reportMonths(this.today());
    if (months.join() === this.months.join()) return;
    const ended = this.months.at(-1);
    const changed = months.filter((m) => !this.months.includes(m) || m === ended);
    this.months = months;
    this.markEverything(changed);
    this.schedule();
  }

  private unitExists(unitId: string): boolean {
    return this.d.org.unitDocs().some((u) => u.unitId === unitId);
  }

  private today(): string {
    return civilDate(this.d.now());
  }
}

/** True when two reports say the same, whenever they were computed (the store moves `_id`). */
function sameContent(a: ReportDoc, b: ReportDoc): boolean {
  const strip = (d: ReportDoc) =>
    JSON.stringify({ ...d, _id: undefined, _rev: undefined, computedAt: undefined });
  return strip(a) === strip(b);
}
