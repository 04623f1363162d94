import { describe, expect, it } from 'vitest';
import { ids } from './ids';
import { parseDoc } from './schemas/registry';
import {
  makeActivity,
  makeAppraisal,
  makeSkp,
  NIP,
  testUlid,
  userOf,
  writeContext,
} from './testing/factories';
import { relatedIdsOf, validateWrite, withoutCouchMeta, writerRoleOfId } from './validate-write';
import type { RawDoc } from './write-context';
import { WRITE_REASONS } from './write-reasons';

const staff = userOf(NIP.staffA1);
const head = userOf(NIP.headA);
const judge = (doc: RawDoc, user = staff) => validateWrite(doc, null, user, writeContext());

describe('validateWrite: ids and types', () => {
  it('refuses an id that is not one of ours (invalid-id on _id)', () => {
    expect(judge({ ...makeActivity(), _id: 'kegiatan-123' })).toMatchObject({
      ok: false,
      code: 'invalid-id',
      field: '_id',
    });
    expect(
      judge({ ...makeActivity(), _id: `activity:${NIP.staffA1}:2026-02-30:${testUlid()}` }),
    ).toMatchObject({
      code: 'invalid-id',
    });
  });

  it('refuses content of another type under an id (type-mismatch)', () => {
    const skpUnderActivityId = {
      ...makeSkp(),
      _id: ids.activity(NIP.staffA1, '2026-05-14', testUlid()),
    };
    expect(judge(skpUnderActivityId)).toMatchObject({
      ok: false,
      code: 'type-mismatch',
      field: 'type',
    });
  });

  it('refuses a forged owner in an appraisal: id of one report, content of another (id-mismatch)', () => {
    const forged = makeAppraisal({ nip: NIP.staffA2, _id: ids.appraisal(NIP.staffA1, '2026') });
    expect(judge(forged, head)).toMatchObject({ ok: false, code: 'id-mismatch', field: '_id' });
  });

  it('refuses an owner in the id who is not the writer (not-writer), whatever the content says', () => {
    const other = makeActivity({ nip: NIP.staffA2 });
    expect(judge(other)).toMatchObject({ ok: false, code: 'not-writer' });
    expect(judge({ ...other, nip: NIP.staffA1 })).toMatchObject({ ok: false, code: 'not-writer' });
  });

  it('gives every refusal an Indonesian reason', () => {
    const v = judge(makeActivity({ date: '2026-05-16' }));
    expect(v).toEqual({
      ok: false,
      code: 'future-date',
      field: 'date',
      reason: WRITE_REASONS['future-date'].id,
    });
  });
});

describe('validateWrite: schema errors carry the field path', () => {
  it.each([
    ['end before start', makeActivity({ start: '10:00', end: '09:00' }), 'end'],
    ['negative realisasi', makeActivity({ realisasi: -1 }), 'realisasi'],
    ['bad time', makeActivity({ start: '8:00' }), 'start'],
    ['link that is not a URL', makeActivity({ links: ['bukan url'] }), 'links.0'],
    ['empty kegiatan', makeActivity({ kegiatan: '   ' }), 'kegiatan'],
    ['an RHK without IKI', makeSkp({ rhk: [{ ...makeSkp().rhk[0]!, iki: [] }] }), 'rhk.0.iki'],
    ['a wrong schemaVersion', { ...makeSkp(), schemaVersion: 2 }, 'schemaVersion'],
    ['an unknown field', { ...makeSkp(), bogus: true }, 'bogus'],
  ])('%s -> invalid-doc on %s', (_label, doc, field) => {
    const v = judge(doc as RawDoc);
    expect(v).toMatchObject({ ok: false, code: 'invalid-doc', field });
    expect(v.ok ? '' : v.reason).toContain(field);
  });

  it('refuses a type name inherited from Object.prototype instead of throwing', () => {
    const doc = { ...makeActivity(), type: 'constructor' };
    expect(() => judge(doc)).not.toThrow();
    expect(judge(doc)).toMatchObject({ ok: false, code: 'invalid-doc', field: 'type' });
    expect(parseDoc({ type: 'toString' })).toEqual({
      ok: false,
      issues: [{ path: 'type', message: 'Jenis dokumen tidak dikenal' }],
    });
  });

  it('validates without the replication fields CouchDB adds', () => {
    const replicated = { ...makeActivity(), _revisions: { start: 1, ids: ['a'] }, _conflicts: [] };
    expect(judge(replicated)).toEqual({ ok: true });
    expect(withoutCouchMeta(replicated)).not.toHaveProperty('_revisions');
    expect(withoutCouchMeta(replicated)).toHaveProperty('_id', replicated._id);
  });
});

describe('relatedIdsOf and writerRoleOfId', () => {
  const nip = NIP.staffA1;
  const suffix = testUlid();

  it.each([
    [ids.activity(nip, '2026-05-14', suffix), [ids.verification(nip, '2026-05-14', suffix)]],
    [ids.verification(nip, '2026-05-14', suffix), [ids.activity(nip, '2026-05-14', suffix)]],
    [ids.skp(nip, '2026'), [ids.skpApproval(nip, '2026')]],
    [ids.skpApproval(nip, '2026'), [ids.skp(nip, '2026')]],
    [ids.selfAssessment(nip, '2026'), [ids.appraisal(nip, '2026')]],
    [ids.acknowledgement(nip, '2026'), [ids.appraisal(nip, '2026')]],
    [
      ids.objectionDecision(nip, '2026'),
      [ids.acknowledgement(nip, '2026'), ids.appraisal(nip, '2026')],
    ],
    [ids.feedbackResponse(nip, suffix), [ids.feedback(nip, suffix)]],
    [ids.praktikBaik(nip, suffix), [ids.feedback(nip, suffix)]],
    [ids.feedback(nip, suffix), []],
    [ids.appraisal(nip, '2026'), []],
    ['nonsense', []],
  ])('%s needs %j', (id, needed) => {
    expect(relatedIdsOf(id)).toEqual(needed);
  });

  it('names the writer role of an id', () => {
    expect(writerRoleOfId(ids.activity(nip, '2026-05-14', suffix))).toBe('owner');
    expect(writerRoleOfId(ids.verification(nip, '2026-05-14', suffix))).toBe('appraiser');
    expect(writerRoleOfId(ids.objectionDecision(nip, '2026'))).toBe('atasan');
    expect(writerRoleOfId(ids.unit('dinas'))).toBe('pengelola');
    expect(writerRoleOfId(ids.feedback(nip, suffix))).toBe('appraiser');
    expect(writerRoleOfId(ids.feedbackResponse(nip, suffix))).toBe('owner');
    expect(writerRoleOfId(ids.praktikBaik(nip, suffix))).toBe('owner');
    expect(writerRoleOfId(ids.setting('kinerja'))).toBe('pengelola');
    expect(writerRoleOfId('nonsense')).toBeNull();
  });
});
