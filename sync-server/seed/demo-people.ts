/**
 * The people and units of the demo organisation "Pemerintah Gayungan". They live as a Pengelola
 * would keep them, in data/units.csv and data/people.csv, and become reference documents through
 * the organisation import (client/core/org-import), the same path as a real organisation's CSV.
 * This module adds what only the demo generator needs: who works to which plan, and where.
 */
import fs from 'node:fs';
import { civilDate } from '../../client/core/dates';
import { checkOrgImport } from '../../client/core/org-import/check-org-import';
import type { StoredRole } from '../../client/core/org-chart';
import type { EmployeeDoc, UnitDoc } from '../../client/core/schemas/reference';
import { parseCsv } from '../org-import/csv';
export type DemoPerson = {
  nip: string;
  name: string;
  position: string;
  unitId: string;
  superiorNip: string | null;
  /** Pangkat/golongan (PNS) or golongan (PPPK). */
  rank: string;
  kind: 'pns' | 'pppk';
  functional: boolean;
  roles: StoredRole[];
  /** Which plan (RHK, IKI, daily tasks) the person works to; see demo-plans.ts. */
  plan: PlanKey;
};

export type PlanKey =
  | 'kepala-dinas'
  | 'kepala-sekolah'
  | 'guru-kelas'
  | 'guru-pjok'
  | 'tata-usaha'
  | 'camat'
  | 'lurah'
  | 'staf-pelayanan'
  | 'staf-administrasi'
  | 'kepala-bkpsdm'
  | 'analis-sdm';

export const NIP = {
  bambang: '197203151998031002',
  sri: '197805202003122001',
  dewi: '198811122011012003',
  agus: '199004072015031004',
  rina: '199206182019032005',
  hendra: '198510302009021006',
  suharti: '197911092005012007',
  fajar: '199101252017011008',
  eko: '197604141999031009',
  siti: '198207072006042010',
  yoga: '199303032020121011',
  nur: '199512252022032012',
  budi: '198009192007011013',
  putri: '199708172023212014',
  hadi: '197112011997031016',
  ratna: '198602142010012015',
} as const;

/** Which plan each person works to. */
const PLAN_OF: Readonly<Record<string, PlanKey>> = {
  [NIP.bambang]: 'kepala-dinas',
  [NIP.sri]: 'kepala-sekolah',
  [NIP.dewi]: 'guru-kelas',
  [NIP.agus]: 'guru-pjok',
  [NIP.rina]: 'guru-kelas',
  [NIP.hendra]: 'tata-usaha',
  [NIP.suharti]: 'kepala-sekolah',
  [NIP.fajar]: 'guru-kelas',
  [NIP.eko]: 'camat',
  [NIP.siti]: 'lurah',
  [NIP.yoga]: 'staf-pelayanan',
  [NIP.nur]: 'staf-administrasi',
  [NIP.budi]: 'lurah',
  [NIP.putri]: 'staf-pelayanan',
  [NIP.hadi]: 'kepala-bkpsdm',
  [NIP.ratna]: 'analis-sdm',
};

/** The demo organisation's unit and employee documents, and the roles of its accounts. */
export const DEMO_ORG = importDemoOrg();

function importDemoOrg(): {
  units: UnitDoc[];
  employees: EmployeeDoc[];
  roles: Map<string, StoredRole[]>;
} {
  const read = (name: string) =>
    fs.readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
  const units = parseCsv(read('units.csv'), 'units');
  const people = parseCsv(read('people.csv'), 'people');
  const plan = checkOrgImport(
    { units: units.rows, people: people.rows },
    { units: [], employees: [] },
    civilDate(Date.now()),
    { mayAssignRoles: true },
  );
  const errors = [...units.errors, ...people.errors, ...(plan.ok ? [] : plan.errors)];
  if (!plan.ok || errors.length > 0)
    throw new Error(
      `the demo organisation's CSV does not import: ${JSON.stringify(errors.slice(0, 3))}`,
    );
  return {
    units: plan.units.creates,
    employees: plan.people.creates,
    roles: new Map(plan.roleChanges.map((r) => [r.nip, r.after])),
  };
}

export const PEOPLE: readonly DemoPerson[] = DEMO_ORG.employees.map((e) => {
  const plan = PLAN_OF[e.nip];
  if (plan === undefined) throw new Error(`no demo plan for ${e.nip}`);
  return {
    nip: e.nip,
    name: e.name,
    position: e.position,
    unitId: e.unitId,
    superiorNip: e.superiorNip,
    rank: e.rank ?? '',
    kind: e.kind,
    functional: e.functional,
    roles: DEMO_ORG.roles.get(e.nip) ?? [],
    plan,
  };
});

export type DemoUnit = {
  unitId: string;
  name: string;
  parentId: string | null;
  headNip: string | null;
};

export const UNITS: readonly DemoUnit[] = DEMO_ORG.units.map((u) => ({
  unitId: u.unitId,
  name: u.name,
  parentId: u.parentId,
  headNip: u.headNip,
}));

/** Where each person works and what they teach or serve, used in RHK and activity texts. */
export const PLACE_OF: Readonly<Record<string, { kelas?: string; kelurahan?: string }>> = {
  [NIP.dewi]: { kelas: '4A' },
  [NIP.rina]: { kelas: '2B' },
  [NIP.fajar]: { kelas: '5' },
  [NIP.siti]: { kelurahan: 'Ketintang' },
  [NIP.yoga]: { kelurahan: 'Ketintang' },
  [NIP.nur]: { kelurahan: 'Ketintang' },
  [NIP.budi]: { kelurahan: 'Menanggal' },
  [NIP.putri]: { kelurahan: 'Menanggal' },
};

export function personOf(nip: string): DemoPerson {
  const found = PEOPLE.find((x) => x.nip === nip);
  if (!found) throw new Error(`unknown demo person ${nip}`);
  return found;
}

export function unitOf(unitId: string): DemoUnit {
  const found = UNITS.find((u) => u.unitId === unitId);
  if (!found) throw new Error(`unknown demo unit ${unitId}`);
  return found;
}
