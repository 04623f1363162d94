import { describe, expect, it } from 'vitest';
import {
  makeAttendance,
  makeCatalog,
  makeEmployee,
  makeFinalAppraisal,
  makeOrgRating,
  makePeriod,
  makeSelfAssessment,
  makeSkp,
  makeSkpApproval,
  makeTraining,
  makeUnit,
  NIP,
  pengelolaUser,
  related,
  tombstone,
  userOf,
  writeContext,
  writerAs,
} from './testing/factories';
import { validateWrite } from './validate-write';
import type { RawDoc } from './write-context';

const staff = userOf(NIP.staffA1);
const head = userOf(NIP.headA);

const write = writerAs(staff);

describe('skp', () => {
  const stored = makeSkp({ status: 'submitted', _rev: '2-a' });
  const edit = { ...stored, rhk: [...stored.rhk, { ...stored.rhk[0]!, id: 'rhk-2' }] };

  it('accepts the owner drafting and submitting', () => {
    expect(write(makeSkp())).toBe('ok');
    expect(write(makeSkp({ status: 'submitted' }), staff, makeSkp({ _rev: '1-a' }))).toBe('ok');
  });

  it('refuses the appraiser writing it (not-writer)', () => {
    expect(write(makeSkp(), head)).toBe('not-writer');
  });

  it('refuses an unknown period (unknown-period)', () => {
    expect(write(makeSkp({ periodId: '2030' }))).toBe('unknown-period');
  });

  it('refuses submitting without an RHK (invalid-doc on rhk)', () => {
    const v = validateWrite(makeSkp({ status: 'submitted', rhk: [] }), null, staff, writeContext());
    expect(v).toMatchObject({ ok: false, code: 'invalid-doc', field: 'rhk' });
  });

  it('locks the revision that was approved (skp-approved)', () => {
    const approval = makeSkpApproval({ skpRev: '2-a' });
    expect(write(edit, staff, stored, { related: related(approval) })).toBe('skp-approved');
  });

  it('stays editable when the approval is of an earlier revision or was a return', () => {
    expect(
      write(edit, staff, stored, { related: related(makeSkpApproval({ skpRev: '1-a' })) }),
    ).toBe('ok');
    const returned = makeSkpApproval({ skpRev: '2-a', decision: 'returned', note: 'Tambah IKI' });
    expect(write(edit, staff, stored, { related: related(returned) })).toBe('ok');
  });

  it('cannot be deleted (delete-forbidden)', () => {
    expect(write(tombstone(stored._id), staff, stored)).toBe('delete-forbidden');
  });
});

describe('skp-approval', () => {
  const skp = makeSkp({ status: 'submitted', _rev: '2-a' });
  const approve = (doc = makeSkpApproval(), user = head, stored: RawDoc | null = skp) =>
    write(doc, user, null, { related: stored ? related(stored) : {} });

  it('accepts the appraiser approving the submitted revision', () => {
    expect(approve()).toBe('ok');
  });

  it.each([
    ['the employee', NIP.staffA1],
    ['the atasan penilai', NIP.kepalaDinas],
  ])('refuses %s deciding (not-writer)', (_who, nip) => {
    expect(approve(makeSkpApproval({ appraiserNip: nip }), userOf(nip))).toBe('not-writer');
  });

  it('refuses an appraiserNip other than the writer (author-mismatch)', () => {
    expect(approve(makeSkpApproval({ appraiserNip: NIP.kepalaDinas }))).toBe('author-mismatch');
  });

  it('requires the submitted revision (skp-not-submitted)', () => {
    expect(approve(makeSkpApproval({ skpRev: '1-a' }))).toBe('skp-not-submitted');
    expect(approve(makeSkpApproval(), head, { ...skp, status: 'draft' })).toBe('skp-not-submitted');
    expect(approve(makeSkpApproval(), head, null)).toBe('skp-not-submitted');
  });

  it('keeps an approval of a revision final (skp-approved)', () => {
    const approved = makeSkpApproval({ skpRev: '2-a' });
    const turned = makeSkpApproval({ skpRev: '2-a', decision: 'returned', note: 'Ubah target' });
    expect(write(turned, head, approved, { related: related(skp) })).toBe('skp-approved');
  });

  it('requires a note to return (invalid-doc on note)', () => {
    const v = validateWrite(
      makeSkpApproval({ decision: 'returned' }),
      null,
      head,
      writeContext({ related: related(skp) }),
    );
    expect(v).toMatchObject({ ok: false, code: 'invalid-doc', field: 'note' });
  });
});

describe('self-assessment', () => {
  it('accepts the owner and refuses the appraiser (not-writer)', () => {
    expect(write(makeSelfAssessment())).toBe('ok');
    expect(write(makeSelfAssessment(), head)).toBe('not-writer');
  });

  it('closes when the appraisal is final (self-assessment-closed)', () => {
    expect(
      write(makeSelfAssessment(), staff, null, { related: related(makeFinalAppraisal()) }),
    ).toBe('self-assessment-closed');
  });

  it('refuses an unknown period (unknown-period)', () => {
    expect(write(makeSelfAssessment({ periodId: '2030' }))).toBe('unknown-period');
  });
});

describe('reference data (pengelola only)', () => {
  it.each([
    ['employee', makeEmployee({ nip: NIP.stranger })],
    ['unit', makeUnit()],
    ['period', makePeriod()],
    ['catalog', makeCatalog()],
    ['training', makeTraining()],
    ['attendance', makeAttendance()],
    ['org-rating', makeOrgRating()],
  ])('%s: the pengelola writes, a head or staff may not (not-writer)', (_type, doc) => {
    expect(write(doc, pengelolaUser)).toBe('ok');
    expect(write(doc, userOf(NIP.kepalaDinas))).toBe('not-writer');
    expect(write(doc, staff)).toBe('not-writer');
  });

  it('the admin writes reference data too', () => {
    expect(write(makeEmployee({ nip: NIP.stranger }), userOf('admin', ['admin']))).toBe('ok');
  });

  it('an org rating names its setter (author-mismatch)', () => {
    expect(write(makeOrgRating({ setBy: NIP.kepalaDinas }), pengelolaUser)).toBe('author-mismatch');
  });

  it('an employee id must carry the NIP of the content (id-mismatch)', () => {
    expect(write(makeEmployee({ _id: `employee:${NIP.staffA2}` }), pengelolaUser)).toBe(
      'id-mismatch',
    );
  });

  it('an attendance month holds only its own days, each once (attendance-day)', () => {
    const outside = makeAttendance({}, [{ date: '2026-05-04', in: '07:20', out: '16:00' }]);
    expect(write(outside, pengelolaUser)).toBe('attendance-day');
    const twice = makeAttendance();
    twice.days.push({ ...(twice.days[0] as (typeof twice.days)[number]) });
    expect(write(twice, pengelolaUser)).toBe('attendance-day');
    expect(write(makeAttendance(), pengelolaUser)).toBe('ok');
  });

  it('catalog and training entries may be deleted, periods not', () => {
    const catalog = makeCatalog();
    const period = makePeriod();
    expect(write(tombstone(catalog._id), pengelolaUser, catalog)).toBe('ok');
    expect(write(tombstone(makeTraining()._id), pengelolaUser, makeTraining())).toBe('ok');
    expect(write(tombstone(period._id), pengelolaUser, period)).toBe('delete-forbidden');
  });
});
