import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOrgImport, summarizeOrgImport } from '../../client/core/org-import/check-org-import';
import { PERSON_COLUMNS, UNIT_COLUMNS } from '../../client/core/org-import/org-columns';
import { personRowsOf, unitRowsOf } from '../../client/core/org-import/org-export';
import { parseCsv, toCsv } from '../org-import/csv';
import { DEMO_ORG, NIP, UNITS } from './demo-people';

const file = (name: string) => fs.readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');

describe('the demo organisation, imported from its CSV files', () => {
  it('has its units with the heads the supervisor links give', () => {
    expect(Object.fromEntries(UNITS.map((u) => [u.unitId, [u.parentId, u.headNip]]))).toEqual({
      pemda: [null, null],
      'dinas-pendidikan': ['pemda', NIP.bambang],
      'sdn-gayungan-1': ['dinas-pendidikan', NIP.sri],
      'sdn-ketintang-2': ['dinas-pendidikan', NIP.suharti],
      'kecamatan-gayungan': ['pemda', NIP.eko],
      'kelurahan-ketintang': ['kecamatan-gayungan', NIP.siti],
      'kelurahan-menanggal': ['kecamatan-gayungan', NIP.budi],
      bkpsdm: ['pemda', NIP.hadi],
    });
  });

  it('exports the very rows it came from, and re-imports without a change', () => {
    // The export orders units as a tree and people by unit; the files keep the demo's own order.
    const lines = (csv: string) =>
      csv
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .sort();
    expect(lines(toCsv(UNIT_COLUMNS, unitRowsOf(DEMO_ORG.units)))).toEqual(
      lines(file('units.csv')),
    );
    expect(
      lines(
        toCsv(PERSON_COLUMNS, personRowsOf(DEMO_ORG.employees, DEMO_ORG.units, DEMO_ORG.roles)),
      ),
    ).toEqual(lines(file('people.csv')));
    const again = checkOrgImport(
      {
        units: parseCsv(file('units.csv'), 'units').rows,
        people: parseCsv(file('people.csv'), 'people').rows,
      },
      { units: DEMO_ORG.units, employees: DEMO_ORG.employees },
      '2026-06-01',
      { roles: DEMO_ORG.roles },
    );
    expect(summarizeOrgImport(again)).toEqual({
      units: { create: 0, update: 0, unchanged: 8 },
      people: { create: 0, update: 0, unchanged: 16 },
      roles: 0,
    });
  });
});
