import { describe, expect, it } from 'vitest';
import { DOC_TYPES, ids, parseId } from '../ids';
import { parseDoc } from '../schemas/registry';
import {
  makeActivity,
  makeDocOfType,
  makeFinalAppraisal,
  makeSkp,
  makeVerification,
  NIP,
  orgChart,
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
