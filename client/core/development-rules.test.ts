import { describe, expect, it } from 'vitest';
import { enrolmentStatus } from './development-rules';
import {
  makeCertificate,
  makeCompletion,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeEnrolmentDecision,
  makeSelfLearning,
  makeTraining,
  NIP,
  pengelolaUser,
  related,
  tombstone,
  userOf,
  writeContext,
  writerAs,
} from './testing/factories';

const staff = userOf(NIP.staffA1);
const head = userOf(NIP.headA);
const colleague = userOf(NIP.staffA2);
const otherOpd = { ...pengelolaUser, scope: 'bidang-b' };
const write = writerAs(staff);

const training = makeTraining();
const request = makeEnrolment({ _rev: '1-a' });
const approved = makeEnrolmentDecision();
const at = '2026-05-10T09:00:00+07:00';
const seat = { status: 'confirmed' as const, note: '', at, by: NIP.pengelola };
const seated = makeEnrolmentAdmin({ seat });
const reported = makeEnrolment({ completion: makeCompletion({ date: '2026-05-14' }) });
/** A check of `reported`'s report (the fixture's completion is reported at NOW). */
const judged = reported.completion?.reportedAt ?? '';
const verified = makeEnrolmentAdmin({
  seat,
  verification: { status: 'verified', note: '', at, by: NIP.pengelola, reportedAt: judged },
});
const ctxOf = (...docs: { _id: string }[]) => ({ related: related(training, ...docs) });

describe('the employee’s request', () => {
  it('is written by the employee for a catalog activity on offer, not by the head', () => {
    expect(write(makeEnrolment(), staff, null, ctxOf())).toBe('ok');
    expect(write(makeEnrolment(), head, null, ctxOf())).toBe('not-writer');
  });

  it('refuses an activity not in the catalog or archived (unknown-training)', () => {
    expect(write(makeEnrolment())).toBe('unknown-training');
    const archived = { related: related(makeTraining({ archived: true })) };
    expect(write(makeEnrolment(), staff, null, archived)).toBe('unknown-training');
  });

  it('names the employee’s own unit (wrong-unit) and keeps its activity (record-fixed)', () => {
    expect(write(makeEnrolment({ unitId: 'bidang-b' }), staff, null, ctxOf())).toBe('wrong-unit');
    const other = { ...request, self: { form: 'seminar' as const, title: 'x', provider: '' } };
    expect(write(other, staff, request, ctxOf())).toBe('invalid-doc');
    expect(
      write(
        makeSelfLearning({ self: { form: 'seminar', title: 'Lain', provider: '' } }),
        staff,
        makeSelfLearning(),
        ctxOf(),
      ),
    ).toBe('record-fixed');
  });

  it('reports completion only once the seat is confirmed (seat-not-confirmed)', () => {
    expect(write(reported, staff, request, ctxOf(approved))).toBe('seat-not-confirmed');
    expect(write(reported, staff, request, ctxOf(approved, seated))).toBe('ok');
  });

  it('refuses a completion dated in the future (future-date)', () => {
    const later = makeEnrolment({ completion: makeCompletion({ date: '2026-05-20' }) });
    expect(write(later, staff, request, ctxOf(approved, seated))).toBe('future-date');
  });

  it('reports only with a certificate of this record, and not once withdrawn', () => {
    const cert = makeCertificate({ key: 'lain' });
    const borrowed = makeEnrolment({
      completion: makeCompletion({
        date: '2026-05-14',
        certificate: {
          id: cert._id,
          name: cert.name,
          contentType: 'image/jpeg',
          length: 10,
          thumb: null,
        },
      }),
    });
    expect(write(borrowed, staff, request, ctxOf(approved, seated))).toBe('invalid-doc');
    const withdrawn = { ...request, withdrawnAt: at };
    expect(write({ ...reported, withdrawnAt: at }, staff, withdrawn, ctxOf(approved, seated))).toBe(
      'record-decided',
    );
  });

  it('cannot change a verified report or its certificate (certificate-verified)', () => {
    const edited = { ...reported, completion: makeCompletion({ date: '2026-05-13' }) };
    expect(write(edited, staff, reported, ctxOf(approved, verified))).toBe('certificate-verified');
    expect(write(makeCertificate(), staff, null, ctxOf(verified))).toBe('certificate-verified');
    expect(write(makeCertificate(), staff, null, ctxOf(seated))).toBe('ok');
    const cert = makeCertificate();
    expect(write(tombstone(cert._id), staff, cert, ctxOf(verified))).toBe('certificate-verified');
  });

  it('is withdrawn, not deleted, once decided (record-decided)', () => {
    expect(write(tombstone(request._id), staff, request, ctxOf())).toBe('ok');
    expect(write(tombstone(request._id), staff, request, ctxOf(approved))).toBe('record-decided');
    const withdrawn = { ...request, withdrawnAt: at };
    expect(write(withdrawn, staff, request, ctxOf(approved))).toBe('ok');
  });

  it('logs self-directed learning with its completion (self-needs-completion)', () => {
    expect(write(makeSelfLearning())).toBe('ok');
    expect(write(makeSelfLearning({ completion: null }))).toBe('self-needs-completion');
  });
});

describe('the head’s decision', () => {
  it('is the appraiser’s, on a live request, signed by them', () => {
    expect(write(approved, head, null, ctxOf(request))).toBe('ok');
    expect(write(approved, colleague, null, ctxOf(request))).toBe('not-writer');
    expect(
      write(makeEnrolmentDecision({ appraiserNip: NIP.kepalaDinas }), head, null, ctxOf(request)),
    ).toBe('author-mismatch');
    expect(write(approved, head, null, ctxOf())).toBe('no-request');
    expect(write(approved, head, null, ctxOf(makeEnrolment({ withdrawnAt: at })))).toBe(
      'no-request',
    );
  });

  it('declines only with a reason of at least 10 characters (decision-reason)', () => {
    const declined = (reason: string) => makeEnrolmentDecision({ decision: 'declined', reason });
    expect(write(declined('Nanti'), head, null, ctxOf(request))).toBe('decision-reason');
    expect(write(declined('Kuota unit tahun ini sudah terpakai'), head, null, ctxOf(request))).toBe(
      'ok',
    );
  });

  it('cannot turn into a decline once the seat is confirmed (seat-confirmed)', () => {
    const declined = makeEnrolmentDecision({
      decision: 'declined',
      reason: 'Berubah pikiran setelah rapat',
    });
    expect(write(declined, head, approved, ctxOf(request, seated))).toBe('seat-confirmed');
  });
});

describe('the Pengelola’s steps', () => {
  it('confirms a seat only for an approved request, signed, in their scope', () => {
    expect(write(seated, pengelolaUser, null, ctxOf(request, approved))).toBe('ok');
    expect(write(seated, pengelolaUser, null, ctxOf(request))).toBe('not-approved');
    expect(write(seated, otherOpd, null, ctxOf(request, approved))).toBe('out-of-scope');
    expect(write(seated, head, null, ctxOf(request, approved))).toBe('not-writer');
    const forged = makeEnrolmentAdmin({ seat: { ...seat, by: NIP.kepalaDinas } });
    expect(write(forged, pengelolaUser, null, ctxOf(request, approved))).toBe('author-mismatch');
  });

  it('says why a class is full (decision-reason)', () => {
    const full = makeEnrolmentAdmin({ seat: { ...seat, status: 'full', note: 'Penuh' } });
    expect(write(full, pengelolaUser, null, ctxOf(request, approved))).toBe('decision-reason');
  });

  it('verifies only a reported completion of a seated activity (no-completion, seat-not-confirmed)', () => {
    expect(write(verified, pengelolaUser, seated, ctxOf(request, approved))).toBe('no-completion');
    expect(write(verified, pengelolaUser, seated, ctxOf(reported, approved))).toBe('ok');
    const check = {
      status: 'verified' as const,
      note: '',
      at,
      by: NIP.pengelola,
      reportedAt: judged,
    };
    const unseated = makeEnrolmentAdmin({ verification: check });
    expect(write(unseated, pengelolaUser, null, ctxOf(reported, approved))).toBe(
      'seat-not-confirmed',
    );
  });

  it('judges the report there is now (report-changed) and never clears a check (record-decided)', () => {
    const stale = makeEnrolmentAdmin({
      seat,
      verification: { status: 'verified', note: '', at, by: NIP.pengelola, reportedAt: at },
    });
    expect(write(stale, pengelolaUser, seated, ctxOf(reported, approved))).toBe('report-changed');
    const cleared = makeEnrolmentAdmin({ seat, verification: null });
    expect(write(cleared, pengelolaUser, verified, ctxOf(reported, approved))).toBe(
      'record-decided',
    );
  });

  it('is the Pengelola of the unit the record was written in, also after a mutasi', () => {
    // staffA1 moved to bidang-b after asking in bidang-a: bidang-a's Pengelola still confirms.
    const bidangA = { ...pengelolaUser, scope: 'bidang-a' };
    const bidangB = { ...pengelolaUser, scope: 'bidang-b' };
    const chart = writeContext().chart;
    const moved = new Map(chart.employees);
    const me = moved.get(NIP.staffA1);
    if (me) moved.set(NIP.staffA1, { ...me, unitId: 'bidang-b' });
    const after = { ...ctxOf(request, approved), chart: { ...chart, employees: moved } };
    expect(write(seated, bidangA, null, after)).toBe('ok');
    expect(write(seated, bidangB, null, after)).toBe('out-of-scope');
  });

  it('verifies self-directed learning without a seat; returns it only with a reason', () => {
    const self = makeSelfLearning();
    const key = self.key;
    const reportedAt = self.completion?.reportedAt ?? '';
    const check = (status: 'verified' | 'rejected', note = '') =>
      makeEnrolmentAdmin({
        key,
        verification: { status, note, at, by: NIP.pengelola, reportedAt },
      });
    expect(write(check('verified'), pengelolaUser, null, ctxOf(self))).toBe('ok');
    expect(write(check('rejected', 'Kurang'), pengelolaUser, null, ctxOf(self))).toBe(
      'decision-reason',
    );
    expect(
      write(check('rejected', 'Lampirkan bukti belajar'), pengelolaUser, null, ctxOf(self)),
    ).toBe('ok');
  });
});

describe('enrolmentStatus', () => {
  const check = (status: 'verified' | 'rejected', reportedAt: string) =>
    makeEnrolmentAdmin({
      seat,
      verification: {
        status,
        note: '',
        at: '2026-05-15T09:00:00+07:00',
        by: NIP.pengelola,
        reportedAt,
      },
    });

  it('follows a catalog request from request to verification', () => {
    expect(enrolmentStatus(request, null, null)).toBe('requested');
    expect(enrolmentStatus(request, makeEnrolmentDecision({ decision: 'declined' }), null)).toBe(
      'declined',
    );
    expect(enrolmentStatus(request, approved, null)).toBe('approved');
    expect(enrolmentStatus(request, approved, seated)).toBe('confirmed');
    expect(
      enrolmentStatus(request, approved, makeEnrolmentAdmin({ seat: { ...seat, status: 'full' } })),
    ).toBe('full');
    expect(enrolmentStatus(reported, approved, seated)).toBe('reported');
    expect(enrolmentStatus(reported, approved, verified)).toBe('verified');
    expect(enrolmentStatus({ ...request, withdrawnAt: at }, approved, null)).toBe('withdrawn');
  });

  it('answers the report it judged, whatever the two devices’ clocks say', () => {
    // Returned, then sent again from a phone whose clock is behind the Pengelola's.
    const first = makeEnrolment({
      completion: makeCompletion({ reportedAt: '2026-05-14T09:00:00+07:00' }),
    });
    const returned = check('rejected', '2026-05-14T09:00:00+07:00');
    expect(enrolmentStatus(first, approved, returned)).toBe('rejected');
    const again = makeEnrolment({
      completion: makeCompletion({ reportedAt: '2026-05-14T08:55:00+07:00', note: 'Foto baru' }),
    });
    expect(enrolmentStatus(again, approved, returned)).toBe('reported');
    // A verification of the earlier report does not verify the new one.
    expect(enrolmentStatus(again, approved, check('verified', '2026-05-14T09:00:00+07:00'))).toBe(
      'reported',
    );
  });
});
