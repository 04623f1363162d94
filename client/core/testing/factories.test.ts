import { describe, expect, it } from 'vitest';
import { DOC_TYPES, ids, parseId } from '../ids';
import { parseDoc } from '../schemas/registry';
import {
  makeActivity,
  makeDocOfType,
  makeEntry,
  makeFinalAppraisal,
  makeSkp,
  makeVerification,
  nextSlot,
  NIP,
  orgChart,
  pastDaysOfQuarter,
  slotsOver,
  testUlid,
  writeContext,
} from './factories';

describe('factories', () => {
  it.each(DOC_TYPES.map((t) => [t]))('%s: a valid document whose id parses to its type', (type) => {
    const doc = makeDocOfType(type, NIP.staffB2);
    expect(parseDoc(doc)).toMatchObject({ ok: true });
    expect(parseId(doc._id)?.type).toBe(type);
  });

  it('rebuilds the id from overridden content, unless the id itself is given', () => {
    expect(makeSkp({ nip: NIP.staffA2, periodId: '2025' })._id).toBe(ids.skp(NIP.staffA2, '2025'));
    expect(makeSkp({ nip: NIP.staffA2, _id: ids.skp(NIP.staffA1, '2026') })._id).toBe(
      ids.skp(NIP.staffA1, '2026'),
    );
  });

  it('gives each activity its own suffix and its verification the same one', () => {
    const a = makeActivity({ status: 'submitted', round: 1 });
    expect(makeActivity()._id).not.toBe(a._id);
    expect(makeVerification(a)).toMatchObject({ activityId: a._id, round: 1 });
    expect(makeVerification(a)._id).toBe(a._id.replace('activity:', 'verification:'));
  });

  it('testUlid is deterministic', () => {
    expect(testUlid(7)).toBe(testUlid(7));
    expect(testUlid(7)).toHaveLength(26);
  });

  it('makeFinalAppraisal is final with the matrix predikat', () => {
    expect(makeFinalAppraisal('di-atas', 'di-atas')).toMatchObject({
      status: 'final',
      predikat: 'sangat-baik',
    });
  });

  it('the fixture chart has every fixture employee but the stranger', () => {
    expect(orgChart().employees.size).toBe(Object.keys(NIP).length - 1);
    expect(writeContext().periods.get('2025')?.status).toBe('closed');
  });
});

describe('nextSlot and slotsOver: entries of a test that never overlap', () => {
  it("hands out each person's day in consecutive slots, from 15:00 unless told", () => {
    const date = '2026-05-13';
    expect(nextSlot('n-1', date)).toEqual({ start: '15:00', end: '15:20' });
    expect(nextSlot('n-1', date, { minutes: 60 })).toEqual({ start: '15:20', end: '16:20' });
    expect(nextSlot('n-2', date, { from: '07:00' })).toEqual({ start: '07:00', end: '07:20' });
    expect(makeEntry({ nip: 'n-1', date })).toMatchObject({ start: '16:20', end: '16:40' });
    expect(() => nextSlot('n-1', date, { minutes: 8 * 60 })).toThrow(/no free slot/);
  });

  it('spreads many entries over days, each day in equal slots of its window', () => {
    const slots = slotsOver(['2026-05-13', '2026-05-12'], 5, { from: '00:00', until: '06:00' });
    expect(slots.map((s) => `${s.date} ${s.start}-${s.end}`)).toEqual([
      '2026-05-13 00:00-00:20',
      '2026-05-12 00:00-00:20',
      '2026-05-13 00:20-00:40',
      '2026-05-12 00:20-00:40',
      '2026-05-13 00:40-01:00',
    ]);
    expect(() => slotsOver(['2026-05-13'], 400, { from: '00:00', until: '06:00' })).toThrow();
    expect(pastDaysOfQuarter('2026-04-03', 5)).toEqual(['2026-04-02', '2026-04-01']);
  });
});
