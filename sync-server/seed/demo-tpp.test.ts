import { describe, expect, it } from 'vitest';
import { parseDoc } from '../../client/core/schemas/registry';
import { tppMonth, tppSettingsOf } from '../../client/core/tpp';
import { attendanceMonth } from '../../client/core/attendance';
import type { AttendanceDoc } from '../../client/core/schemas/attendance';
import { buildDemoData } from './demo-org';
import { DEMO_ORG, NIP } from './demo-people';
import { demoSetting } from './demo-tpp';

describe('the demo TPP rules and kelas jabatan', () => {
  it('gives every demo person a kelas jabatan with a base in the saved TPP rules', () => {
    const setting = demoSetting('2026-05-15');
    expect(parseDoc(setting).ok).toBe(true);
    const bases = tppSettingsOf(setting).bases ?? {};
    for (const e of DEMO_ORG.employees) {
      expect(e.kelasJabatan, e.name).toBeGreaterThanOrEqual(1);
      expect(bases[String(e.kelasJabatan)], e.name).toBeGreaterThan(0);
    }
  });

  it('shows Yoga, often late, what his TPP deductions cost in rupiah', () => {
    const today = '2026-05-15';
    const { docs } = buildDemoData(today);
    const setting = docs.find((d) => d._id === 'setting:kinerja');
    const month = docs.find((d) => d._id === `attendance:${NIP.yoga}:2026-04`) as
      AttendanceDoc | undefined;
    expect(month).toBeDefined();
    const yoga = DEMO_ORG.employees.find((e) => e.nip === NIP.yoga);
    const tpp = tppMonth(
      attendanceMonth(month!, []),
      tppSettingsOf(setting as Parameters<typeof tppSettingsOf>[0]),
      yoga?.kelasJabatan,
    );
    expect(tpp.base).toBe(2_500_000);
    expect(tpp.deductionAmount).toBeGreaterThan(0);
  });
});
