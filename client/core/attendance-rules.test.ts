import { describe, expect, it } from 'vitest';
import {
  correctableFrom,
  correctionStatus,
  isLetterKey,
  letterKey,
  sameChange,
} from './attendance-rules';
import type { AttendanceCorrectionDoc } from './schemas/attendance';
import type { PhotoDoc } from './schemas/work';
import {
  makeApplied,
  makeAttendance,
  makeAttendanceDecision,
  makeCertificate,
  makeCorrection,
  makePhoto,
  NIP,
  orgChart,
  orgEmployees,
  pengelolaUser,
  photoRefOf,
  related,
  tombstone,
  userOf,
  writerAs,
} from './testing/factories';

const staff = userOf(NIP.staffA1);
const colleague = userOf(NIP.staffA2);
const head = userOf(NIP.headA);
const otherHead = userOf(NIP.headB);
const pengelola = pengelolaUser;
/** A Pengelola of another OPD (Bidang B), and one of the employee's own (Bidang A). */
const otherOpd = { ...pengelolaUser, scope: 'bidang-b' };
const ownOpd = { ...pengelolaUser, scope: 'bidang-a' };
const write = writerAs(staff);

const LATER = '2026-05-15T09:30:00+07:00';
/** staffA1 asks for Wednesday 2026-05-13 as dinas luar (stored, first revision). */
const request = makeCorrection({ _rev: '1-a', requestedAt: '2026-05-14T08:00:00+07:00' });
const approval = makeAttendanceDecision(request);
const decline = makeAttendanceDecision(request, {
  decision: 'declined',
  reason: 'Surat tugas untuk tanggal itu tidak ada.',
});
const application = makeApplied(request, approval);
const ctxOf = (...docs: { _id: string }[]) => ({ related: related(...docs) });
/** The request changed to a forgotten check-out, as a new version. */
const changed: AttendanceCorrectionDoc = {
  ...request,
  change: { status: 'hadir', in: '07:20', out: '16:10' },
  requestedAt: LATER,
};

describe('the imported month', () => {
  it('is written by the Pengelola keeping the person, not by the employee or the head', () => {
    expect(write(makeAttendance(), pengelola)).toBe('ok');
    expect(write(makeAttendance(), ownOpd)).toBe('ok');
    expect(write(makeAttendance(), staff)).toBe('not-writer');
    expect(write(makeAttendance(), head)).toBe('not-writer');
    expect(write(makeAttendance(), otherOpd)).toBe('out-of-scope');
  });

  it('holds only its own days, each once (attendance-day)', () => {
    const april = makeAttendance();
    expect(
      write(
        { ...april, days: [...april.days, { ...april.days[0]!, date: '2026-05-01' }] },
        pengelola,
      ),
    ).toBe('attendance-day');
    expect(write({ ...april, days: [...april.days, april.days[3]!] }, pengelola)).toBe(
      'attendance-day',
    );
  });

  it('refuses a check-out before the check-in, and stays when a re-import would delete it', () => {
    expect(
      write(makeAttendance({}, [{ date: '2026-04-08', in: '16:00', out: '07:30' }]), pengelola),
    ).toBe('invalid-doc');
    const stored = makeAttendance({ _rev: '1-a' });
    expect(write({ ...stored, importedAt: '2026-05-02T08:00:00+07:00' }, pengelola, stored)).toBe(
      'ok',
    );
    expect(write(tombstone(stored._id), pengelola, stored)).toBe('delete-forbidden');
  });
});

describe('the employee’s request', () => {
  it('is written by the employee alone', () => {
    expect(write(makeCorrection())).toBe('ok');
    for (const other of [colleague, head, pengelola])
      expect(write(makeCorrection(), other), other.nip).toBe('not-writer');
  });

  it('asks for today or a past day, never a future one (future-date)', () => {
    expect(write(makeCorrection({ date: '2026-05-15' }))).toBe('ok');
    expect(write(makeCorrection({ date: '2026-03-02' }))).toBe('ok');
    expect(write(makeCorrection({ date: '2026-05-16' }))).toBe('future-date');
  });

  it('asks only for days since the previous quarter began, which the head’s device keeps', () => {
    expect(correctableFrom('2026-05-15')).toBe('2026-01-01');
    expect(correctableFrom('2026-02-10')).toBe('2025-10-01');
    expect(write(makeCorrection({ date: '2026-01-01' }))).toBe('ok');
    expect(write(makeCorrection({ date: '2025-12-31' }))).toBe('correction-too-old');
  });

  it('names the employee’s own unit, and keeps it (wrong-unit)', () => {
    expect(write(makeCorrection({ unitId: 'bidang-b' }))).toBe('wrong-unit');
    const moved = { ...request, unitId: 'bidang-b', requestedAt: LATER };
    expect(write(moved, staff, request, ctxOf(request))).toBe('wrong-unit');
    // After a mutasi to Bidang B, a new version keeps the old unit or moves to the new one.
    const chart = orgChart(
      orgEmployees().map((e) => (e.nip === NIP.staffA1 ? { ...e, unitId: 'bidang-b' } : e)),
    );
    expect(write(changed, staff, request, { chart })).toBe('ok');
    expect(write({ ...changed, unitId: 'bidang-b' }, staff, request, { chart })).toBe('ok');
    expect(write({ ...changed, unitId: 'sekretariat' }, staff, request, { chart })).toBe(
      'wrong-unit',
    );
  });

  it('gives a reason of at least 10 characters', () => {
    expect(write(makeCorrection({ reason: 'Dinas' }))).toBe('invalid-doc');
  });

  it('is a new version when changed: a new requestedAt (correction-unchanged-time)', () => {
    expect(write({ ...changed, requestedAt: request.requestedAt }, staff, request)).toBe(
      'correction-unchanged-time',
    );
    expect(
      write({ ...request, reason: `${request.reason} Lampiran menyusul.` }, staff, request),
    ).toBe('correction-unchanged-time');
    expect(write(changed, staff, request)).toBe('ok');
    expect(write({ ...request }, staff, request)).toBe('ok');
  });

  it('changes no more once approved, and is not deleted then (correction-decided)', () => {
    expect(write(changed, staff, request, ctxOf(approval))).toBe('correction-decided');
    expect(write(changed, staff, request, ctxOf(approval, application))).toBe('correction-decided');
    expect(write(tombstone(request._id), staff, request, ctxOf(approval))).toBe(
      'correction-decided',
    );
  });

  it('may change or be withdrawn while pending or after a decline', () => {
    expect(write(changed, staff, request, ctxOf(decline))).toBe('ok');
    expect(write(tombstone(request._id), staff, request, ctxOf())).toBe('ok');
    expect(write(tombstone(request._id), staff, request, ctxOf(decline))).toBe('ok');
    // An approval of an older version does not freeze the version asked since.
    const stale = makeAttendanceDecision({ ...request, requestedAt: '2026-05-13T20:00:00+07:00' });
    expect(write(changed, staff, request, ctxOf(stale))).toBe('ok');
    expect(write(tombstone(request._id), colleague, request, ctxOf())).toBe('not-writer');
  });

  it('carries only its own letter: a certificate photo keyed hadir-{date} of the same person', () => {
    const letter = makeCertificate({ key: letterKey(request.date), name: 'surat-tugas.jpg' });
    const ref = (doc: { _id: string }) => photoRefOf(doc as unknown as PhotoDoc);
    expect(write(letter)).toBe('ok');
    expect(write(makeCorrection({ letter: ref(letter) }))).toBe('ok');
    const refused = [
      makeCertificate({ key: letterKey('2026-05-12') }),
      makeCertificate({ key: 'kerja-tim' }),
      makeCertificate({ nip: NIP.staffA2, key: letterKey(request.date) }),
      makePhoto(),
    ];
    for (const other of refused)
      expect(write(makeCorrection({ letter: ref(other) })), other._id).toBe('invalid-doc');
  });

  it('keeps the letter of an approved request; a pending or declined one may drop it', () => {
    const letter = makeCertificate({ key: letterKey(request.date), _rev: '1-l' });
    const withLetter = { ...request, letter: photoRefOf(letter as unknown as PhotoDoc) };
    const gone = tombstone(letter._id);
    const approved = makeAttendanceDecision(withLetter);
    expect(write(gone, staff, letter, ctxOf(withLetter, approved))).toBe('correction-decided');
    // Another photo of that day, not the one the request cites, may go; no new one once approved.
    const stray = makeCertificate({ key: letterKey(request.date), _rev: '1-s' });
    expect(write(tombstone(stray._id), staff, stray, ctxOf(withLetter, approved))).toBe('ok');
    const fresh = makeCertificate({ key: letterKey(request.date) });
    expect(write(fresh, staff, null, ctxOf(withLetter, approved))).toBe('correction-decided');
    expect(write(fresh, staff, null, ctxOf(withLetter))).toBe('ok');
    expect(write(gone, staff, letter, ctxOf(withLetter))).toBe('ok');
    const declined = makeAttendanceDecision(withLetter, {
      decision: 'declined',
      reason: 'Surat tugas tidak sesuai tanggal.',
    });
    expect(write(gone, staff, letter, ctxOf(withLetter, declined))).toBe('ok');
  });
});

describe('the head’s decision', () => {
  it('is written by the employee’s appraiser, in their own name', () => {
    expect(write(approval, head, null, ctxOf(request))).toBe('ok');
    expect(write(decline, head, null, ctxOf(request))).toBe('ok');
    for (const other of [staff, colleague, otherHead, pengelola])
      expect(write(approval, other, null, ctxOf(request)), other.nip).toBe('not-writer');
    const forged = makeAttendanceDecision(request, { appraiserNip: NIP.kepalaDinas });
    expect(write(forged, head, null, ctxOf(request))).toBe('appraiser-mismatch');
  });

  it('passes to an acting head (Plt) for the days they act', () => {
    const asked = makeCorrection({
      nip: NIP.staffB2,
      date: '2026-06-10',
      unitId: 'bidang-b',
      requestedAt: '2026-06-12T08:00:00+07:00',
    });
    const decided = makeAttendanceDecision(asked, { appraiserNip: NIP.staffB1 });
    const june = { now: Date.parse('2026-06-15T10:00:00+07:00'), ...ctxOf(asked) };
    expect(write(decided, userOf(NIP.staffB1), null, june)).toBe('ok');
    expect(write({ ...decided, appraiserNip: NIP.headB }, otherHead, null, june)).toBe(
      'not-writer',
    );
  });

  it('answers a request that exists (no-correction)', () => {
    expect(write(approval, head, null, ctxOf())).toBe('no-correction');
  });

  it('decides the current version exactly as asked (correction-changed)', () => {
    expect(write(approval, head, null, ctxOf(changed))).toBe('correction-changed');
    const otherChange = makeAttendanceDecision(request, {
      change: { status: 'izin', in: null, out: null },
    });
    expect(write(otherChange, head, null, ctxOf(request))).toBe('correction-changed');
    expect(write(makeAttendanceDecision(changed), head, null, ctxOf(changed))).toBe('ok');
  });

  it('keeps the request’s unit (wrong-unit) and gives a reason to decline', () => {
    const elsewhere = makeAttendanceDecision(request, { unitId: 'bidang-b' });
    expect(write(elsewhere, head, null, ctxOf(request))).toBe('wrong-unit');
    expect(write({ ...decline, reason: 'Tidak' }, head, null, ctxOf(request))).toBe('invalid-doc');
  });

  it('may change until the correction is applied, never after (correction-applied)', () => {
    const stored = { ...approval, _rev: '1-b' };
    expect(write(decline, head, stored, ctxOf(request))).toBe('ok');
    expect(write(decline, head, stored, ctxOf(request, application))).toBe('correction-applied');
    expect(write(tombstone(approval._id), head, stored, ctxOf(request))).toBe('delete-forbidden');
  });
});

describe('the Pengelola’s application', () => {
  const approved = ctxOf(request, approval);

  it('is written by a Pengelola keeping the person, signed by themselves', () => {
    expect(write(application, pengelola, null, approved)).toBe('ok');
    expect(write(application, ownOpd, null, approved)).toBe('ok');
    for (const other of [staff, head])
      expect(write(application, other, null, approved), other.nip).toBe('not-writer');
    expect(write(application, otherOpd, null, approved)).toBe('out-of-scope');
    const signed = makeApplied(request, approval, { appliedBy: NIP.headA });
    expect(write(signed, pengelola, null, approved)).toBe('author-mismatch');
  });

  it('waits for the head’s approval of the current version (correction-not-approved)', () => {
    expect(write(application, pengelola, null, ctxOf(request))).toBe('correction-not-approved');
    expect(write(application, pengelola, null, ctxOf(request, decline))).toBe(
      'correction-not-approved',
    );
    expect(write(application, pengelola, null, ctxOf(changed, approval))).toBe(
      'correction-not-approved',
    );
    expect(write(application, pengelola, null, ctxOf(approval))).toBe('correction-not-approved');
  });

  it('applies exactly what was approved: the change, the reason, the version, the approver, the unit', () => {
    const notAsApproved = [
      { change: { status: 'cuti' as const, in: null, out: null } },
      { reason: 'Alasan lain yang tidak diajukan pegawai.' },
      { requestedAt: LATER },
      { decidedBy: NIP.kepalaDinas },
      { unitId: 'bidang-b' },
    ];
    for (const overrides of notAsApproved)
      expect(
        write(makeApplied(request, approval, overrides), pengelola, null, approved),
        Object.keys(overrides)[0],
      ).toBe('correction-not-approved');
  });

  it('is written once and never deleted (correction-kept)', () => {
    const stored = { ...application, _rev: '1-c' };
    expect(write({ ...application }, pengelola, stored, approved)).toBe('correction-kept');
    const resigned = { ...application, appliedAt: '2026-05-15T09:45:00+07:00' };
    expect(write(resigned, pengelola, stored, approved)).toBe('correction-kept');
    expect(write(tombstone(application._id), pengelola, stored, approved)).toBe('delete-forbidden');
  });
});

describe('where a request stands', () => {
  it('is pending, approved, declined or applied, by the decision of its own version', () => {
    expect(correctionStatus(request, null, null)).toBe('pending');
    expect(correctionStatus(request, approval, null)).toBe('approved');
    expect(correctionStatus(request, decline, null)).toBe('declined');
    expect(correctionStatus(request, approval, application)).toBe('applied');
    // A decision of an older version is none: the head has not seen this one.
    expect(correctionStatus(changed, decline, null)).toBe('pending');
    expect(correctionStatus(changed, approval, null)).toBe('pending');
  });

  it('names the letter hadir-{date} and tells it from a development certificate', () => {
    expect(letterKey('2026-05-13')).toBe('hadir-2026-05-13');
    expect(isLetterKey(letterKey('2026-05-13'))).toBe(true);
    expect(isLetterKey('kerja-tim')).toBe(false);
    expect(isLetterKey('hadir-2026-5-13')).toBe(false);
  });

  it('compares changes by status and both scans', () => {
    const a = { status: 'hadir' as const, in: '07:20', out: '16:10' };
    expect(sameChange(a, { ...a })).toBe(true);
    expect(sameChange(a, { ...a, out: null })).toBe(false);
    expect(sameChange(a, { ...a, status: 'dinas-luar' })).toBe(false);
  });
});
