/**
 * The org chart and the periods, held in memory: built from the employee, unit and period
 * documents at start, then kept current by the tailer whenever one of them changes. The valid
 * employee and unit documents are kept whole, with their winning revision.
 */
import { buildOrgChart, type OrgChart } from '../../client/core/org-chart';
import { parseDoc } from '../../client/core/schemas/registry';
import type { EmployeeDoc, PeriodDoc, UnitDoc } from '../../client/core/schemas/reference';
import type { Store, StoredDoc } from '../store/store';

const ORG_PREFIXES = ['employee:', 'unit:', 'period:'] as const;
/** The documents the org chart itself is built from (periods are held beside it). */
const CHART_PREFIXES = ['employee:', 'unit:'] as const;

export class OrgState {
  private readonly employees = new Map<string, EmployeeDoc>();
  private readonly units = new Map<string, UnitDoc>();
  readonly periods = new Map<string, PeriodDoc>();
  private built: OrgChart | null = null;
  /** Incremented on every change, so callers can tell that channels may have moved. */
  version = 0;

  /** Loads every employee, unit and period document from the store. */
  async load(store: Store): Promise<void> {
    for (const prefix of ORG_PREFIXES)
      for (const doc of await store.byPrefix(prefix)) this.apply(doc);
  }

  /** True for the documents the org state is built from. */
  static isOrgDoc(id: string): boolean {
    return ORG_PREFIXES.some((p) => id.startsWith(p));
  }

  /** True for the documents the org chart is built from: units and people. */
  static isChartDoc(id: unknown): boolean {
    return typeof id === 'string' && CHART_PREFIXES.some((p) => id.startsWith(p));
  }

  /** Takes in the winning revision of an employee, unit or period document (or its tombstone). */
  apply(doc: StoredDoc): void {
    const key = doc._id.slice(doc._id.indexOf(':') + 1);
    const parsed = doc._deleted ? null : parseDoc(stripMeta(doc));
    const valid = parsed?.ok ? parsed.doc : null;
    // Employees and units keep their revision: the organisation import plans updates from them.
    if (doc._id.startsWith('employee:'))
      setOrDelete(
        this.employees,
        key,
        valid?.type === 'employee' ? { ...valid, _rev: doc._rev } : null,
      );
    else if (doc._id.startsWith('unit:'))
      setOrDelete(this.units, key, valid?.type === 'unit' ? { ...valid, _rev: doc._rev } : null);
    else if (doc._id.startsWith('period:'))
      setOrDelete(this.periods, key, valid?.type === 'period' ? valid : null);
    else return;
    this.built = null;
    this.version++;
  }

  get chart(): OrgChart {
    this.built ??= buildOrgChart([...this.employees.values()], [...this.units.values()]);
    return this.built;
  }

  /**
   * The org chart as it will be once these documents are written (the valid employee and unit
   * documents among them replace the held ones): what an all-or-nothing write is judged against,
   * since its units and people may refer to each other.
   */
  chartWith(docs: readonly Record<string, unknown>[]): OrgChart {
    const employees = new Map(this.employees);
    const units = new Map(this.units);
    for (const doc of docs) {
      // Only people and units change the chart: the id says so without parsing the rest of an
      // attendance import's thousands of months.
      if (doc._deleted === true || !OrgState.isChartDoc(doc._id)) continue;
      const parsed = parseDoc(stripMeta(doc as StoredDoc));
      if (!parsed.ok) continue;
      if (parsed.doc.type === 'employee') employees.set(parsed.doc.nip, parsed.doc);
      else if (parsed.doc.type === 'unit') units.set(parsed.doc.unitId, parsed.doc);
    }
    return buildOrgChart([...employees.values()], [...units.values()]);
  }

  employee(nip: string): EmployeeDoc | undefined {
    return this.employees.get(nip);
  }

  /** Every valid employee document, with its winning revision. */
  employeeDocs(): EmployeeDoc[] {
    return [...this.employees.values()];
  }

  /** Every valid unit document, with its winning revision. */
  unitDocs(): UnitDoc[] {
    return [...this.units.values()];
  }
}

function setOrDelete<T>(map: Map<string, T>, key: string, value: T | null): void {
  if (value === null) map.delete(key);
  else map.set(key, value);
}

function stripMeta(doc: StoredDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_') || k === '_id') out[k] = v;
  return out;
}
