import { describe, expect, it } from 'vitest';
import {
  NIP,
  makeAttendance,
  makeEmployee,
  makeUnit,
  orgEmployees,
  orgUnits,
} from '../../client/core/testing/factories';
import { OrgState } from './org-state';

function heldOrg(): OrgState {
  const org = new OrgState();
  for (const doc of [...orgEmployees(), ...orgUnits()]) org.apply({ ...doc, _rev: '1-a' });
  return org;
}

describe('OrgState.chartWith', () => {
  it('judges an all-or-nothing write against its new people and units, the held chart unchanged', () => {
    const org = heldOrg();
    const newcomer = makeEmployee({ nip: NIP.stranger, name: 'Budi', unitId: 'bidang-c' });
    const newUnit = makeUnit({ unitId: 'bidang-c', name: 'Bidang Cipta Karya' });
    const renamed = makeUnit({ unitId: 'bidang-a', name: 'Bidang Anggaran dan Aset' });
    const months = [makeAttendance(), makeAttendance({ nip: NIP.staffA2 })];

    const chart = org.chartWith([...months, newcomer, newUnit, renamed]);

    expect(chart.employees.get(NIP.stranger)?.unitId).toBe('bidang-c');
    expect(chart.units.get('bidang-c')?.name).toBe('Bidang Cipta Karya');
    expect(chart.units.get('bidang-a')?.name).toBe('Bidang Anggaran dan Aset');
    expect(chart.recordedReports.get(NIP.headA)).toContain(NIP.stranger);
    expect(org.chart.employees.has(NIP.stranger)).toBe(false);
    expect(org.chart.units.get('bidang-a')?.name).toBe('Bidang Anggaran');
  });

  it('takes a person leaving (active: false) out, and ignores tombstones and invalid documents', () => {
    const org = heldOrg();
    const left = makeEmployee({ nip: NIP.staffA2, active: false });
    const tombstone = { _id: `unit:sekretariat`, _deleted: true };
    const invalid = { ...makeUnit({ unitId: 'dinas' }), name: 42 };

    const chart = org.chartWith([left, tombstone, invalid]);

    expect(chart.employees.has(NIP.staffA2)).toBe(false);
    expect(chart.units.has('sekretariat')).toBe(true);
    expect(chart.units.get('dinas')?.name).toBe('Dinas Pekerjaan Umum');
  });

  it('tells the chart documents by their id', () => {
    expect(OrgState.isChartDoc('employee:198504042010011004')).toBe(true);
    expect(OrgState.isChartDoc('unit:bidang-a')).toBe(true);
    expect(OrgState.isChartDoc('attendance:198504042010011004:2026-04')).toBe(false);
    expect(OrgState.isChartDoc('period:2026')).toBe(false);
    expect(OrgState.isChartDoc(undefined)).toBe(false);
  });
});
