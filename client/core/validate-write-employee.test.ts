/**
 * A person's document as the gatekeeper judges it: against the org chart, which lists active
 * people only and knows nothing of the other documents of the same write (an import).
 */
import { describe, expect, it } from 'vitest';
import { buildOrgChart } from './org-chart';
import {
  makeEmployee,
  makeUnit,
  NIP,
  orgEmployees,
  orgUnits,
  pengelolaUser,
  writerAs,
} from './testing/factories';

const write = writerAs(pengelolaUser);
const stored = makeEmployee({ _rev: '1-a' });
const NEW_NIP = '199901012024011001';

describe('a person written through validateWrite', () => {
  it('judges a new person by the stored document, not by the chart (an import lands as a whole)', () => {
    expect(write(makeEmployee({ nip: NEW_NIP }))).toBe('ok');
    // The chart already holding the NIP (the import's own people) is no reason to refuse.
    expect(write(makeEmployee({ nip: NIP.staffA2, superiorNip: NIP.headA }))).toBe('ok');
  });

  it('leaves a unit or superior absent from the chart to the import’s own check (same write)', () => {
    expect(write(makeEmployee({ nip: NEW_NIP, unitId: 'unit-baru' }))).toBe('ok');
    expect(write(makeEmployee({ nip: NEW_NIP, superiorNip: '199801012023011001' }))).toBe('ok');
  });

  it('refuses what the chart shows to be wrong: a closed unit, oneself, a cycle', () => {
    const chart = buildOrgChart(orgEmployees(), [
      ...orgUnits(),
      makeUnit({ unitId: 'tutup', closedOn: '2026-01-31' }),
    ]);
    expect(write({ ...stored, unitId: 'tutup' }, pengelolaUser, stored, { chart })).toBe(
      'unit-closed',
    );
    expect(write({ ...stored, superiorNip: NIP.staffA1 }, pengelolaUser, stored)).toBe(
      'superior-self',
    );
    const head = { ...orgEmployees()[1]!, _rev: '1-a' };
    expect(write({ ...head, superiorNip: NIP.staffA1 }, pengelolaUser, head)).toBe(
      'supervisor-cycle',
    );
  });

  it('keeps the riwayat: a write that drops an entry is refused (history-rewritten)', () => {
    const withHistory = {
      ...stored,
      history: [{ unitId: 'bidang-b', superiorNip: NIP.headB, position: 'Staf', to: '2025-12-31' }],
    };
    expect(write({ ...withHistory, history: [] }, pengelolaUser, withHistory)).toBe(
      'history-rewritten',
    );
  });

  it('refuses a TMT after today (tmt-future)', () => {
    expect(write({ ...stored, assignedFrom: '2026-05-16' }, pengelolaUser, stored)).toBe(
      'tmt-future',
    );
  });
});
