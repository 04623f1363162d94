/** What a write is judged with: the document as CouchDB sees it and the state around it. */
import type { OrgChart } from './org-chart';
import type { PeriodDoc } from './schemas/reference';

/** A stored or incoming document as CouchDB sees it. */
export type RawDoc = { _id: string; _rev?: string; _deleted?: boolean; [field: string]: unknown };

/** Live documents by id prefix, then by id (WriteContext.underPrefixes). */
export type DocsUnderPrefixes = Map<string, Map<string, RawDoc>>;

export type WriteContext = {
  chart: OrgChart;
  /** The moment of the write, epoch milliseconds. */
  now: number;
  timeZone?: string;
  periods: ReadonlyMap<string, PeriodDoc>;
  /** Winning revisions of the documents `relatedIdsOf` names, by id (missing when absent). */
  related: Readonly<Record<string, unknown>>;
  /**
   * Live documents under the prefixes `relatedPrefixesOf` names (a person's entries of a day), by
   * prefix, then by id: read there instead of among `related`. A batch loads them once and keeps
   * them current as it accepts its writes (validate-write.ts noteAccepted).
   */
  underPrefixes?: DocsUnderPrefixes;
  /**
   * How many edits lead from the old revision to the new one (1 when absent). A chain of edits
   * made offline is replicated as its newest revision only; rules that follow each edit (the
   * submission round) then allow for the edits in between.
   */
  edits?: number;
};

/** The winning revision of a related document, when the context holds it. */
export function relatedDoc<T>(ctx: WriteContext, id: string | null): T | undefined {
  return id === null ? undefined : (ctx.related[id] as T | undefined);
}

/** True when a date falls in a closed period (nothing dated there may change). */
export function isInClosedPeriod(date: string, periods: ReadonlyMap<string, PeriodDoc>): boolean {
  for (const p of periods.values()) {
    if (p.status === 'closed' && p.start <= date && date <= p.end) return true;
  }
  return false;
}
