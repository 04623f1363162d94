/**
 * Keeps the report summaries (`report:{unitId}:{yyyy-mm}`, core report.ts) current in the store:
 * one document per unit and month of `reportMonths(today)`, a row per person of the unit. The
 * tailer tells it every indexed change; core's `reportTouchOf` says which people's months the
 * change touches; those are marked dirty and handed to the writer (report-writer.ts) in coalesced
 * batches after a short delay, off the push path.
 *
 * Derived data: at start everything is recomputed when the rules changed (`REPORT_RULES_VERSION`)
 * or a batch was left unflushed (the state kept in server.sqlite's settings), and any unit-month
 * whose document is missing or lists other people than the unit's is recomputed; a deleted report
 * is written again. A new month gets its documents from a cheap minute timer.
 *
 * One process at a time: several server processes may share server.sqlite and the store
 * (docs/adr/0021), and two writing the same report documents would conflict. The one holding
 * the `reports` lease in server.sqlite keeps them; it renews the lease every third of its term.
 * The others follow the feed and mark what changes, without writing; when the holder stops
 * renewing (stopped, killed, stuck), one of them takes the lease and starts as after a restart:
 * everything when the holder left work unflushed, else a check of the documents, plus what it
 * marked itself (its own tailer may have indexed changes the holder's never saw).
 */
import type { Logger } from 'pino';
import { civilDate } from '../../client/core/dates';
import { ids, parseId } from '../../client/core/ids';
import {
  assignmentOn,
  periodOfMonth,
  placementDate,
  REPORT_RULES_VERSION,
  reportMonths,
  reportTouchOf,
} from '../../client/core/report';
import type { ReportDoc } from '../../client/core/schemas/report';
import type { FeedIndex } from '../feed/feed-index';
import type { OrgState } from '../feed/org-state';
import type { Tailer } from '../feed/tailer';
import {
  isGoneHolder,
  leaseHolder,
  leaseHolderName,
  releaseLease,
  setSetting,
  setting,
  takeLease,
  type ServerDb,
} from '../server-db';
import type { Store, StoreChange, StoreSeq } from '../store/store';
import { membersByUnit, ReportWriter, type Pending } from './report-writer';

/**
 * How long marks gather before a flush. A push's documents arrive within milliseconds, but a
 * busy unit changes all day: every write of a unit's report is a new revision that replicates to
 * its heads and Pengelola, so changes of a few seconds are written as one.
 */
const DEBOUNCE_MS = 2_000;
/** After a failed flush, the first retry; each failure doubles it, up to RETRY_MAX_MS. */
const RETRY_MS = 1_000;
const RETRY_MAX_MS = 60_000;
/** How often the date is checked for a new month. */
const MONTH_CHECK_MS = 60_000;
/**
 * The settings key of the state of the reports: `{rules version}:dirty`, or
 * `{rules version}:clean` followed by `:{store sequence}` when the store numbers its changes
 * (PouchDB: the embedded store, the express-pouchdb stand-in; not Apache CouchDB): the reports
 * were whole with every change up to that sequence.
 */
const STATE_KEY = 'report_state';
const CLEAN = `${REPORT_RULES_VERSION}:clean`;

/** The sequence a clean state names (`cleanStateOf`), or null: not clean, or none named. */
function cleanThrough(state: string | null): number | null {
  if (state === null || !state.startsWith(`${CLEAN}:`)) return null;
  const rest = state.slice(CLEAN.length + 1);
  const seq = Number(rest);
  return /^\d{1,15}$/.test(rest) && Number.isSafeInteger(seq) ? seq : null;
}

function isClean(state: string | null): boolean {
  return state === CLEAN || cleanThrough(state) !== null;
}

/** The clean state as of the index's storeSince (named only when it is the store's number). */
function cleanStateOf(storeSince: StoreSeq): string {
  return typeof storeSince === 'number' ? `${CLEAN}:${storeSince}` : CLEAN;
}
/** The lease in server.sqlite naming the process that keeps the reports. */
const REPORTS_LEASE = 'reports';
const DEFAULT_LEASE_MS = 30_000;

type Deps = {
  store: Store;
  index: FeedIndex;
  org: OrgState;
  tailer: Tailer;
  serverDb: ServerDb;
  log: Logger;
  now: () => number;
  /** How long the lease runs unrenewed (config REPORT_LEASE_MS). */
  leaseMs?: number;
};

export class ReportMaintainer {
  private dirty = new Map<string, Pending>();
  private months: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs = RETRY_MS;
  /** The check and first flush of start(), run in the background. */
  private startup: Promise<void> = Promise.resolve();
  private monthTimer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private flushing = false;
  private started = false;
  private stopped = false;
  private stateDirty = false;
  private readonly writer: ReportWriter;
  private readonly unlisten: () => void;
  /**
   * The state the last keeper left, read when this process took the lease: before the tailer's
   * first catch-up marks anything, or at a takeover.
   */
  private leftState: string | null = null;
  /**
   * From `beforeFirstCatchUp()` to start(): the store sequence up to which the clean state the
   * last keeper left counts every change. The tailer's first catch-up reads the whole store again
   * when the feed index was rebuilt (new channel rules, a lost feed.sqlite); those changes are in
   * the reports already and mark nothing, instead of recomputing every report in the background
   * while the first devices sync.
   */
  private countedThrough: number | null = null;
  /** This process's name in the lease: host, pid and a random part. */
  readonly holder = leaseHolderName();
  /** True while this process holds the lease and so keeps the reports. */
  private holding = false;
  /** When the lease this process last took or renewed runs out (ms since the epoch). */
  private heldUntil = 0;
  /** start() was called: a takeover runs the first run at once. */
  private begun = false;
  private readonly leaseMs: number;
  private readonly leaseTimer: NodeJS.Timeout;

  constructor(private readonly d: Deps) {
    this.leaseMs = d.leaseMs ?? DEFAULT_LEASE_MS;
    // A holder whose lease ran out unrenewed (server.sqlite busy, the process frozen) writes
    // nothing more, even before its timer learns another took it: its figures could replace the
    // new keeper's. A sixth of the term is kept as a margin against the clocks of the two.
    this.writer = new ReportWriter({
      ...d,
      stopping: () =>
        this.stopped || !this.holding || Date.now() >= this.heldUntil - this.leaseMs / 6,
    });
    this.unlisten = d.tailer.onIndexed((changes, fromFeed) => this.onIndexed(changes, fromFeed));
    // Taken now, before the first catch-up, so its marks are recorded in the state at once.
    this.checkLease();
    this.leaseTimer = setInterval(() => this.checkLease(), Math.max(1, this.leaseMs / 3));
    this.leaseTimer.unref();
  }

  /**
   * After the tailer's first catch-up: recomputes everything when the rules changed or the last
   * run stopped with work left, else checks that every kept unit-month has its document with the
   * unit's people; then writes what that found. This runs in the background: the server answers
   * meanwhile (reports are derived, and say when their figures last changed); `settled()` waits
   * for it.
   */
  start(): void {
    this.begun = true;
    this.countedThrough = null;
    this.months = reportMonths(this.today());
    if (this.holding) this.startup = this.firstRun();
    else this.d.log.info({ holder: this.holder }, 'reports kept by another server process');
    this.monthTimer = setInterval(() => this.checkMonth(), MONTH_CHECK_MS);
    this.monthTimer.unref();
  }

  /**
   * Takes or renews the lease. Taking it over makes this process the keeper from the state the
   * last one left; losing it (another took it while this one did not renew) stops the writing.
   */
  private checkLease(): void {
    if (this.stopped) return;
    let held: boolean;
    try {
      // A holder of this machine that is gone (killed, crashed) is not waited out.
      const other = leaseHolder(this.d.serverDb, REPORTS_LEASE, Date.now());
      if (other !== null && isGoneHolder(other, this.holder))
        releaseLease(this.d.serverDb, REPORTS_LEASE, other);
      const at = Date.now();
      held = takeLease(this.d.serverDb, REPORTS_LEASE, this.holder, at, this.leaseMs);
      if (held) this.heldUntil = at + this.leaseMs;
    } catch (err) {
      // server.sqlite busy past its timeout: the lease runs on until the next try.
      this.d.log.warn({ err }, 'report lease not renewed; trying again');
      return;
    }
    if (held === this.holding) return;
    this.holding = held;
    this.stateDirty = false;
    if (!held) {
      this.d.log.warn({ holder: this.holder }, 'report lease lost; another process keeps them');
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      return;
    }
    try {
      this.leftState = setting(this.d.serverDb, STATE_KEY);
    } catch (err) {
      // Unread (server.sqlite busy): taken as left with work, so everything is recomputed.
      this.d.log.warn({ err }, 'report state not read; recomputing them all');
      this.leftState = null;
    }
    if (this.dirty.size > 0) this.noteDirty();
    this.d.log.info({ holder: this.holder }, 'reports kept by this server process');
    if (this.begun) this.startup = this.startup.then(() => this.firstRun());
  }

  /**
   * Before the tailer's first catch-up (app.ts): when the last keeper left the reports clean as of
   * a store sequence, the changes the catch-up reads up to it mark nothing (`countedThrough`). Not
   * when the store is behind that sequence: it is not the store the state was counted in (a copy
   * put back under a later server.sqlite), and every change is marked as before.
   */
  async beforeFirstCatchUp(): Promise<void> {
    const through = this.holding && !this.begun ? cleanThrough(this.leftState) : null;
    if (through === null) return;
    const { updateSeq } = await this.d.store.info();
    if (typeof updateSeq === 'number' && updateSeq >= through) this.countedThrough = through;
  }

  private async firstRun(): Promise<void> {
    if (this.stopped || !this.holding) return;
    if (!isClean(this.leftState)) {
      this.dirty.clear();
      this.markEverything();
    } else {
      await this.checkDocs().catch((err: unknown) => {
        // The store did not answer: recompute everything rather than not start.
        this.d.log.warn({ err }, 'reports not checked at start; recomputing them all');
        this.markEverything();
      });
    }
    this.started = true;
    if (!this.stopped && this.holding) await this.flush();
  }

  /**
   * Stops following the feed. A flush under way stops at its next step of people; what is still
   * marked stays marked, and the state says so, so the next start recomputes it: a shutdown never
   * waits for a rebuild (on CouchDB one can take minutes).
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unlisten();
    clearInterval(this.leaseTimer);
    if (this.monthTimer) clearInterval(this.monthTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.startup;
    await this.chain;
    // Another process may take over at once (what is left marked, the state says).
    if (this.holding) releaseLease(this.d.serverDb, REPORTS_LEASE, this.holder);
    this.holding = false;
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
   * left by a failed flush is retried later, with a growing delay.
   */
  async settled(): Promise<void> {
    await this.startup;
    if (this.started && !this.stopped) this.checkMonth();
    await this.d.tailer.catchUp().catch(() => undefined);
    while (this.timer !== null || this.flushing) await this.flush();
  }

  /** The tailer's listener: marks what each indexed change touches. Cheap; never throws. */
  private onIndexed(changes: readonly StoreChange[], fromFeed: boolean): void {
    if (this.stopped) return;
    const months = reportMonths(this.today());
    const countedThrough = fromFeed ? this.countedThrough : null;
    let marked = false;
    for (const c of changes) {
      if (countedThrough !== null && typeof c.seq === 'number' && c.seq <= countedThrough) continue;
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
      // The flush that follows reads this revision again: from memory, not the store.
      if (touch.kind === 'person' && !c.deleted) this.writer.sources.keep([c.doc]);
      if (touch.kind === 'all') {
        this.writer.forgetShared();
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

  /** Marks a person's months in the unit they were placed in that month, and where last written. */
  private markPerson(nip: string, months: readonly string[]): void {
    const employee = this.d.org.employee(nip);
    const placed = this.writer.placed.get(nip);
    const today = this.today();
    for (const m of months) {
      const units = new Set<string>();
      if (employee) units.add(assignmentOn(employee, placementDate(m, today)).unitId);
      if (placed !== undefined) units.add(placed);
      for (const unitId of units) this.mark(unitId, m, nip);
    }
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
    if (!this.stateDirty && this.holding) this.noteDirty();
  }

  /**
   * Records that work is marked: a keeper stopping now leaves the next one a full recompute.
   * Never throws (it runs in the tailer's listener and in a flush's failure path): when
   * server.sqlite is busy past its timeout, the next mark tries again.
   */
  private noteDirty(): void {
    try {
      setSetting(this.d.serverDb, STATE_KEY, `${REPORT_RULES_VERSION}:dirty`);
      this.stateDirty = true;
    } catch (err) {
      this.d.log.warn({ err }, 'report state not recorded as dirty; trying at the next mark');
    }
  }

  private schedule(): void {
    if (this.timer !== null || !this.started || this.stopped || !this.holding) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, DEBOUNCE_MS);
  }

  private async runFlush(): Promise<void> {
    // Another process keeps the reports: what is marked waits for a takeover.
    if (this.dirty.size === 0 || !this.holding) return;
    const batch = this.dirty;
    this.dirty = new Map();
    this.flushing = true;
    try {
      const refused = await this.writer.write(batch, this.today());
      if (refused.length > 0) {
        // Another writer (a second server on the same CouchDB, a deletion) got there first.
        for (const id of refused) {
          const p = batch.get(id);
          if (p) this.mark(p.unitId, p.month, 'all');
        }
        throw new Error(`${refused.length} report(s) refused by the store`);
      }
      // Clean only when what was written is known to be whole: this process's index caught up
      // after the write (a change it lacked was then marked) and it was not stopping meanwhile
      // (its marks would be lost). Else the next keeper recomputes everything.
      if (
        this.dirty.size === 0 &&
        this.stateDirty &&
        this.holding &&
        !this.stopped &&
        !this.d.tailer.indexBehind
      ) {
        this.stateDirty = false;
        setSetting(this.d.serverDb, STATE_KEY, cleanStateOf(this.d.index.storeSince));
      }
      this.retryMs = RETRY_MS;
    } catch (err) {
      if (this.stopped || !this.holding) this.d.log.info('report flush left for the next keeper');
      else this.d.log.warn({ err, retryMs: this.retryMs }, 'report flush failed; retrying');
      for (const p of batch.values()) {
        if (p.nips === 'all') this.mark(p.unitId, p.month, 'all');
        else for (const nip of p.nips) this.mark(p.unitId, p.month, nip);
      }
      this.retryLater();
    } finally {
      this.flushing = false;
    }
  }

  /** A failed flush is tried again after a delay that doubles with each failure. */
  private retryLater(): void {
    if (this.retryTimer !== null || this.stopped || !this.holding) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }

  /**
   * At start: the kept unit-months whose document is missing, is of another period, or lists
   * other people than the unit's are marked whole; and where each person's rows are is learnt.
   */
  private async checkDocs(): Promise<void> {
    const today = this.today();
    const periods = [...this.d.org.periods.values()];
    const units = this.d.org.unitDocs().map((u) => u.unitId);
    const wanted = units.flatMap((u) => this.months.map((m) => ids.report(u, m)));
    const found = await this.writer.sources.winning(wanted);
    const members = new Map(this.months.map((m) => [m, membersByUnit(this.d.org, m, today)]));
    for (const unitId of units) {
      for (const month of this.months) {
        const expected = [...(members.get(month)?.get(unitId)?.keys() ?? [])].sort();
        const doc = found.get(ids.report(unitId, month)) as ReportDoc | undefined;
        for (const r of doc?.people ?? []) this.writer.placed.set(r.nip, unitId);
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
