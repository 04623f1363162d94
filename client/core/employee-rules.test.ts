import { describe, expect, it } from 'vitest';
import { employeeVerdict, type OrgDirectory, type PersonRef, type UnitRef } from './employee-rules';
import type { EmployeeDoc } from './schemas/reference';
import {
  makeEmployee,
  type Overrides,
  NIP,
  orgEmployees,
  orgUnits,
  verdictCode,
} from './testing/factories';

const TODAY = '2026-05-15';

/** The fixture Dinas as a device holds it: everyone (a retired person too) and every unit. */
function deviceDirectory(extra: Partial<Record<string, PersonRef>> = {}): OrgDirectory {
  const people = new Map<string, PersonRef>(orgEmployees().map((e) => [e.nip, e]));
  people.set(NIP.stranger, { nip: NIP.stranger, active: false, superiorNip: NIP.headA });
  for (const [nip, ref] of Object.entries(extra)) if (ref) people.set(nip, ref);
  const units = new Map<string, UnitRef>(orgUnits().map((u) => [u.unitId, u]));
  units.set('tutup', { unitId: 'tutup', closedOn: '2026-01-01' });
  units.set('akan-tutup', { unitId: 'akan-tutup', closedOn: '2026-12-31' });
  return { people, units, complete: true };
}

const dewi = makeEmployee() as EmployeeDoc;
const judge = (
  doc: EmployeeDoc,
  old: EmployeeDoc | null = dewi,
  dir: OrgDirectory = deviceDirectory(),
) => verdictCode(employeeVerdict(doc, old, dir, TODAY));
const newPerson = (overrides: Overrides<EmployeeDoc> = {}) =>
  makeEmployee({ nip: '199901012024011001', ...overrides }) as EmployeeDoc;

describe('a new person', () => {
  it('is accepted with an open unit and an active superior', () => {
    expect(judge(newPerson(), null)).toBe('ok');
  });

  it('may not take the NIP of someone already in the directory, inactive or not (employee-exists)', () => {
    expect(judge(newPerson({ nip: NIP.staffA2 }), null)).toBe('employee-exists');
    expect(judge(newPerson({ nip: NIP.stranger }), null)).toBe('employee-exists');
  });
});

describe('unit', () => {
  it('must exist (unit-unknown) and be open on the day (unit-closed)', () => {
    expect(judge(newPerson({ unitId: 'tidak-ada' }), null)).toBe('unknown-unit');
    expect(judge({ ...dewi, unitId: 'tutup' })).toBe('unit-closed');
    expect(judge({ ...dewi, unitId: 'akan-tutup' })).toBe('ok');
  });

  it('is judged only when it changes: a person of a closed unit can still be corrected', () => {
    const inClosed = { ...dewi, unitId: 'tutup' };
    expect(judge({ ...inClosed, name: 'Dewi Lestari, S.E.' }, inClosed)).toBe('ok');
  });
});

describe('superior', () => {
  it('is not the person (superior-self)', () => {
    expect(judge({ ...dewi, superiorNip: dewi.nip })).toBe('superior-self');
  });

  it('exists (superior-unknown) and is active (superior-inactive)', () => {
    expect(judge({ ...dewi, superiorNip: '199901012024011001' })).toBe('superior-unknown');
    expect(judge({ ...dewi, superiorNip: NIP.stranger })).toBe('superior-inactive');
  });

  it('closes no cycle (supervisor-cycle), naming it', () => {
    const head = orgEmployees().find((e) => e.nip === NIP.headA) as EmployeeDoc;
    const verdict = employeeVerdict(
      { ...head, superiorNip: NIP.staffA1 },
      head,
      deviceDirectory(),
      TODAY,
    );
    expect(verdictCode(verdict)).toBe('supervisor-cycle');
    expect(verdict.ok ? '' : verdict.reason).toContain(`${NIP.headA} → ${NIP.staffA1}`);
  });

  it('an inactive superior kept from before does not block other edits, but does a return to aktif', () => {
    const under = { ...dewi, superiorNip: NIP.stranger };
    expect(judge({ ...under, position: 'Analis Keuangan' }, under)).toBe('ok');
    const away = { ...under, active: false, status: 'cuti' as const };
    expect(judge({ ...under, status: 'aktif' }, away)).toBe('superior-inactive');
  });
});

describe('Plt/Plh', () => {
  const head = orgEmployees().find((e) => e.nip === NIP.headA) as EmployeeDoc;
  const plt = (overrides = {}) => ({
    actingNip: NIP.staffA2,
    kind: 'plt' as const,
    from: '2026-06-01',
    to: '2026-06-30',
    ...overrides,
  });

  it('is accepted for another active person with a whole range', () => {
    expect(judge({ ...head, acting: [plt()] }, head)).toBe('ok');
  });

  it('starts on or before its end (acting-range)', () => {
    expect(judge({ ...head, acting: [plt({ from: '2026-07-01' })] }, head)).toBe('acting-range');
  });

  it('is not the head (acting-self) and is active (acting-inactive)', () => {
    expect(judge({ ...head, acting: [plt({ actingNip: NIP.headA })] }, head)).toBe('acting-self');
    expect(judge({ ...head, acting: [plt({ actingNip: NIP.stranger })] }, head)).toBe(
      'acting-inactive',
    );
  });

  it('judges only new entries: ending one keeps the others as they were', () => {
    const withOld = { ...head, acting: [plt({ actingNip: NIP.stranger })] };
    expect(
      judge({ ...withOld, acting: [plt({ actingNip: NIP.stranger, to: '2026-06-10' })] }, withOld),
    ).toBe('acting-inactive');
    expect(judge({ ...withOld, name: 'Sri Wahyuni, S.E., M.M.' }, withOld)).toBe('ok');
  });
});

describe('riwayat (history) and TMT', () => {
  const earlier = {
    unitId: 'bidang-b',
    superiorNip: NIP.headB,
    position: 'Pengawas Lapangan',
    from: '2020-01-01',
    to: '2025-12-31',
  };
  const withHistory = { ...dewi, assignedFrom: '2026-01-01', history: [earlier] };

  it('may grow by an entry', () => {
    const moved = {
      ...withHistory,
      unitId: 'bidang-b',
      superiorNip: NIP.headB,
      assignedFrom: '2026-05-01',
      history: [
        earlier,
        {
          unitId: 'bidang-a',
          superiorNip: NIP.headA,
          position: dewi.position,
          from: '2026-01-01',
          to: '2026-04-30',
        },
      ],
    };
    expect(judge(moved, withHistory)).toBe('ok');
  });

  it('may not lose or change an entry (history-rewritten)', () => {
    expect(judge({ ...withHistory, history: [] }, withHistory)).toBe('history-rewritten');
    expect(judge({ ...withHistory, history: [{ ...earlier, note: 'SK baru' }] }, withHistory)).toBe(
      'history-rewritten',
    );
    expect(judge({ ...withHistory, history: undefined }, withHistory)).toBe('history-rewritten');
  });

  it('has a TMT no later than today (tmt-future) and not before the current one (tmt-before-current)', () => {
    expect(judge({ ...withHistory, assignedFrom: '2026-05-16' }, withHistory)).toBe('tmt-future');
    expect(judge({ ...withHistory, assignedFrom: '2025-12-31' }, withHistory)).toBe(
      'tmt-before-current',
    );
    expect(judge({ ...withHistory, assignedFrom: TODAY }, withHistory)).toBe('ok');
  });
});
