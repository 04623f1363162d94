import { describe, expect, it } from 'vitest';
import { predikat } from './predikat';
import {
  makeAcknowledgement,
  makeAppraisal,
  makeFinalAppraisal,
  makeObjection,
  makeObjectionDecision,
  makeSelfAssessment,
  NIP,
  ratedItem,
  related,
  tombstone,
  userOf,
  writeContext,
  writerAs,
} from './testing/factories';
import { validateWrite } from './validate-write';
import type { RawDoc, WriteContext } from './write-context';
import { RATINGS, type Rating } from './vocabulary';

const staff = userOf(NIP.staffA1);
const head = userOf(NIP.headA);
const atasan = userOf(NIP.kepalaDinas);

const write = writerAs(head);

const final = makeFinalAppraisal('sesuai', 'sesuai', { _rev: '3-a' });

describe('appraisal: writer', () => {
  it('accepts the appraiser saving a draft', () => {
    expect(write(makeAppraisal())).toBe('ok');
  });

  it.each([
    ['another head', NIP.headB],
    ['the atasan penilai', NIP.kepalaDinas],
    ['the employee', NIP.staffA1],
  ])('refuses %s appraising (not-writer)', (_who, nip) => {
    expect(write(makeAppraisal({ appraiserNip: nip }), userOf(nip))).toBe('not-writer');
  });

  it('refuses an appraiserNip other than the writer (author-mismatch)', () => {
    expect(write(makeAppraisal({ appraiserNip: NIP.headB }))).toBe('author-mismatch');
  });

  it('refuses an unknown period (unknown-period)', () => {
    expect(write(makeAppraisal({ periodId: '2030' }))).toBe('unknown-period');
  });

  it('is locked once its period is closed (closed-period), the self-assessment too', () => {
    expect(write(makeAppraisal({ periodId: '2025' }))).toBe('closed-period');
    expect(write(makeAppraisal({ periodId: '2026' }))).toBe('ok');
    expect(write(makeSelfAssessment({ periodId: '2025' }), staff)).toBe('closed-period');
    expect(write(makeSelfAssessment({ periodId: '2026' }), staff)).toBe('ok');
  });

  it('follows the Plt: in June staffB1 appraises staffB2 and headB may not', () => {
    const june = { now: Date.parse('2026-06-15T10:00:00+07:00') };
    const doc = makeAppraisal({ nip: NIP.staffB2, appraiserNip: NIP.staffB1 });
    expect(write(doc, userOf(NIP.staffB1), null, june)).toBe('ok');
    expect(write({ ...doc, appraiserNip: NIP.headB }, userOf(NIP.headB), null, june)).toBe(
      'not-writer',
    );
  });
});

describe('appraisal: finalising', () => {
  const cells = RATINGS.flatMap((h) => RATINGS.map((p) => [h, p] as [Rating, Rating]));

  it.each(cells)('finalises hasil kerja %s, perilaku %s with the matrix predikat', (h, p) => {
    expect(write(makeFinalAppraisal(h, p), head, makeAppraisal({ _rev: '2-a' }))).toBe('ok');
    const wrong = predikat(h, p) === 'baik' ? 'sangat-baik' : 'baik';
    expect(write(makeFinalAppraisal(h, p, { predikat: wrong }))).toBe('predikat-mismatch');
  });

  it.each([
    ['no hasil kerja rating', { hasilKerja: makeAppraisal().hasilKerja }],
    ['no perilaku rating', { perilakuOverall: makeAppraisal().perilakuOverall }],
    ['no parties', { parties: null }],
    ['no finalizedAt', { finalizedAt: null }],
  ])('refuses finalising with %s (appraisal-incomplete)', (_label, change) => {
    expect(write(makeFinalAppraisal('sesuai', 'sesuai', change))).toBe('appraisal-incomplete');
  });

  it('refuses a final appraisal without a predikat (predikat-mismatch)', () => {
    expect(write(makeFinalAppraisal('sesuai', 'sesuai', { predikat: null }))).toBe(
      'predikat-mismatch',
    );
  });

  it('refuses a final appraisal that lacks a reason, naming the note (reason-missing)', () => {
    const verdict = (change: Parameters<typeof makeFinalAppraisal>[2]) =>
      validateWrite(makeFinalAppraisal('di-atas', 'sesuai', change), null, head, writeContext());
    expect(verdict({ hasilKerja: ratedItem('di-atas', { note: '' }) })).toMatchObject({
      ok: false,
      code: 'reason-missing',
      field: 'hasilKerja.note',
    });
    expect(verdict({ predikatNote: 'Baik.' })).toMatchObject({
      ok: false,
      code: 'reason-missing',
      field: 'predikatNote',
    });
    expect(verdict({})).toMatchObject({ ok: true });
    // A draft may lack reasons: they are asked for at "Finalkan".
    expect(write(makeAppraisal({ hasilKerja: ratedItem('di-atas', { note: '' }) }))).toBe('ok');
  });

  it('refuses a draft predikat that no ratings support (predikat-mismatch)', () => {
    expect(write(makeAppraisal({ predikat: 'baik' }))).toBe('predikat-mismatch');
  });

  it('makes a final appraisal immutable (appraisal-final), deletion included', () => {
    expect(write({ ...final, recommendations: ['kerja-tim'] }, head, final)).toBe(
      'appraisal-final',
    );
    expect(write(final, head, final)).toBe('appraisal-final');
    expect(write(tombstone(final._id), head, final)).toBe('appraisal-final');
  });

  it('lets the appraiser delete a draft', () => {
    const draft = makeAppraisal({ _rev: '1-a' });
    expect(write(tombstone(draft._id), head, draft)).toBe('ok');
  });
});

describe('acknowledgement and objection', () => {
  const finalOn1May = makeFinalAppraisal('sesuai', 'sesuai', {
    finalizedAt: '2026-05-01T09:00:00+07:00',
  });
  const at = (iso: string) => ({ now: Date.parse(iso), related: related(finalOn1May) });
  const respond = (
    doc: RawDoc,
    ctx: Partial<WriteContext> = at('2026-05-10T10:00:00+07:00'),
    old: RawDoc | null = null,
  ) => write(doc, staff, old, ctx);

  it('accepts the employee accepting a final appraisal', () => {
    expect(respond(makeAcknowledgement())).toBe('ok');
  });

  it('refuses the appraiser answering for the employee (not-writer)', () => {
    expect(write(makeAcknowledgement(), head, null, at('2026-05-10T10:00:00+07:00'))).toBe(
      'not-writer',
    );
  });

  it('needs a final appraisal (appraisal-not-final)', () => {
    expect(respond(makeAcknowledgement(), { related: {} })).toBe('appraisal-not-final');
    expect(respond(makeAcknowledgement(), { related: related(makeAppraisal()) })).toBe(
      'appraisal-not-final',
    );
  });

  it('is sent once (acknowledgement-final)', () => {
    const sent = makeAcknowledgement({ _rev: '1-a' });
    expect(respond(makeObjection(), at('2026-05-10T10:00:00+07:00'), sent)).toBe(
      'acknowledgement-final',
    );
  });

  it('names the appraiser of the appraisal (appraiser-mismatch)', () => {
    expect(respond(makeAcknowledgement({ appraiserNip: NIP.headB }))).toBe('appraiser-mismatch');
  });

  it('needs reasons to object (invalid-doc on reasons)', () => {
    const v = validateWrite(
      makeObjection({ reasons: 'Tidak setuju' }),
      null,
      staff,
      writeContext(at('2026-05-10T10:00:00+07:00')),
    );
    expect(v).toMatchObject({ ok: false, code: 'invalid-doc', field: 'reasons' });
  });

  it.each([
    ['day 13', '2026-05-14T10:00:00+07:00', 'ok'],
    ['day 14', '2026-05-15T23:59:00+07:00', 'ok'],
    ['day 15', '2026-05-16T00:01:00+07:00', 'objection-window-closed'],
    ['day 30', '2026-05-31T10:00:00+07:00', 'objection-window-closed'],
  ])('objection on %s after finalisation -> %s', (_day, now, code) => {
    expect(respond(makeObjection(), at(now))).toBe(code);
  });

  it('accepting stays possible after the window', () => {
    expect(respond(makeAcknowledgement(), at('2026-05-31T10:00:00+07:00'))).toBe('ok');
  });

  it('counts days in WIB: finalised at 01:00 WIB on 1 May (still 30 April in UTC)', () => {
    const early = makeFinalAppraisal('sesuai', 'sesuai', { finalizedAt: '2026-04-30T18:00:00Z' });
    const ctx = (iso: string) => ({ now: Date.parse(iso), related: related(early) });
    expect(respond(makeObjection(), ctx('2026-05-15T16:59:00Z'))).toBe('ok');
    expect(respond(makeObjection(), ctx('2026-05-15T17:00:00Z'))).toBe('objection-window-closed');
  });
});

describe('objection-decision', () => {
  const objection = makeObjection({ _rev: '1-a' });
  const ctx = (...docs: { _id: string }[]) => ({ related: related(...docs) });
  const decide = (
    doc: RawDoc,
    user = atasan,
    rel = ctx(final, objection),
    old: RawDoc | null = null,
  ) => write(doc, user, old, rel);

  it('accepts the appraiser superior upholding with the appraisal predikat', () => {
    expect(decide(makeObjectionDecision())).toBe('ok');
  });

  it('accepts a change with new ratings and their matrix predikat', () => {
    const changed = {
      outcome: 'changed',
      hasilKerja: 'di-atas',
      perilaku: 'di-atas',
      predikat: 'sangat-baik',
    } as const;
    expect(decide(makeObjectionDecision(changed))).toBe('ok');
    expect(decide(makeObjectionDecision({ ...changed, predikat: 'baik' }))).toBe(
      'predikat-mismatch',
    );
  });

  it('refuses upholding with a predikat other than the appraisal (predikat-mismatch)', () => {
    expect(decide(makeObjectionDecision({ predikat: 'sangat-baik' }))).toBe('predikat-mismatch');
  });

  it('needs the new ratings to change the result (invalid-doc on outcome)', () => {
    const v = validateWrite(
      makeObjectionDecision({ outcome: 'changed' }),
      null,
      atasan,
      writeContext(ctx(final, objection)),
    );
    expect(v).toMatchObject({ ok: false, code: 'invalid-doc', field: 'outcome' });
  });

  it.each([
    ['the appraiser', NIP.headA],
    ['the employee', NIP.staffA1],
    ['another head', NIP.headB],
  ])('refuses %s deciding (not-writer)', (_who, nip) => {
    expect(decide(makeObjectionDecision({ deciderNip: nip }), userOf(nip))).toBe('not-writer');
  });

  it('refuses a deciderNip other than the writer (author-mismatch)', () => {
    expect(decide(makeObjectionDecision({ deciderNip: NIP.headA }))).toBe('author-mismatch');
  });

  it('needs an objection against a final appraisal (no-objection)', () => {
    expect(decide(makeObjectionDecision(), atasan, ctx(final, makeAcknowledgement()))).toBe(
      'no-objection',
    );
    expect(decide(makeObjectionDecision(), atasan, ctx(final))).toBe('no-objection');
    expect(decide(makeObjectionDecision(), atasan, ctx(makeAppraisal(), objection))).toBe(
      'no-objection',
    );
  });

  it('names the appraiser of the appraisal (appraiser-mismatch)', () => {
    expect(decide(makeObjectionDecision({ appraiserNip: NIP.headB }))).toBe('appraiser-mismatch');
  });

  it('is decided once (decision-final)', () => {
    const decided = makeObjectionDecision({ _rev: '1-a' });
    expect(
      decide(
        makeObjectionDecision({ reason: 'Ditinjau ulang' }),
        atasan,
        ctx(final, objection),
        decided,
      ),
    ).toBe('decision-final');
    expect(decide(tombstone(decided._id), atasan, ctx(final, objection), decided)).toBe(
      'delete-forbidden',
    );
  });
});
