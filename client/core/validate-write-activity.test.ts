import { describe, expect, it } from 'vitest';
import { ids } from './ids';
import type { ActivityDoc, VerificationDoc } from './schemas/work';
import {
  makeActivity,
  makePhoto,
  makeVerification,
  photoRefOf,
  NIP,
  related,
  testUlid,
  tombstone,
  userOf,
  writeContext,
  writerAs,
} from './testing/factories';
import { noteAccepted, relatedIdsOf, relatedPrefixesOf, validateWrite } from './validate-write';
import type { DocsUnderPrefixes, RawDoc } from './write-context';

const staff = userOf(NIP.staffA1);
const head = userOf(NIP.headA);

const write = writerAs(staff);

const draft = makeActivity({ _rev: '1-a' });
const submitted = makeActivity({ status: 'submitted', round: 1, _rev: '2-a' });
const returnedR1 = makeVerification(submitted, { decision: 'returned', note: 'Lampirkan foto' });
const approvedR1 = makeVerification(submitted);

describe('activity: writer and id', () => {
  it('accepts a new draft by its owner at round 0', () => {
    expect(write(makeActivity())).toBe('ok');
  });

  it.each([
    ['a colleague', NIP.staffA2],
    ['the appraiser', NIP.headA],
  ])('refuses %s writing it (not-writer)', (_who, nip) => {
    expect(write(makeActivity(), userOf(nip))).toBe('not-writer');
  });

  it('refuses a forged owner: own NIP in the id, someone else in the content (id-mismatch)', () => {
    const forged = makeActivity({
      nip: NIP.staffA1,
      _id: ids.activity(NIP.staffA2, '2026-05-14', testUlid()),
    });
    expect(write(forged, userOf(NIP.staffA2))).toBe('id-mismatch');
  });

  it('refuses a date in the content that differs from the id (id-mismatch)', () => {
    const moved = makeActivity({ _id: ids.activity(NIP.staffA1, '2026-05-13', testUlid()) });
    expect(write(moved)).toBe('id-mismatch');
  });
});

describe('activity: dates', () => {
  it('accepts today and refuses tomorrow (future-date)', () => {
    expect(write(makeActivity({ date: '2026-05-15' }))).toBe('ok');
    expect(write(makeActivity({ date: '2026-05-16' }))).toBe('future-date');
  });

  it('takes today in WIB: 00:30 WIB is already the next day while UTC is still the previous', () => {
    const now = Date.parse('2026-05-15T17:30:00Z');
    const nextDay = makeActivity({ date: '2026-05-16', start: '00:00', end: '00:20' });
    expect(write(nextDay, staff, null, { now })).toBe('ok');
    expect(write(nextDay, staff, null, { now, timeZone: 'UTC' })).toBe('future-date');
  });

  it('refuses an entry of today that ends later than the writer’s clock (future-time)', () => {
    // NOW is 10:00 WIB; five minutes' grace for a clock a little behind.
    const today = (start: string, end: string) => makeActivity({ date: '2026-05-15', start, end });
    expect(write(today('08:00', '10:05'))).toBe('ok');
    expect(write(today('09:00', '10:06'))).toBe('future-time');
    expect(write(today('21:00', '23:00'))).toBe('future-time');
    expect(write(makeActivity({ date: '2026-05-14', start: '21:00', end: '23:00' }))).toBe('ok');
  });

  it('refuses times that overlap another entry of the day it is judged with (overlap)', () => {
    const other = makeActivity({ start: '08:00', end: '09:00' });
    const ctx = { related: related(other) };
    const at = (start: string, end: string) => makeActivity({ start, end });
    expect(write(at('08:30', '09:30'), staff, null, ctx)).toBe('overlap');
    expect(write(at('07:00', '10:00'), staff, null, ctx)).toBe('overlap');
    // Touching is not overlapping; another day, a deleted entry or the entry itself do not count.
    expect(write(at('09:00', '09:30'), staff, null, ctx)).toBe('ok');
    expect(
      write(makeActivity({ date: '2026-05-13', start: '08:30', end: '09:30' }), staff, null, ctx),
    ).toBe('ok');
    expect(
      write(at('08:30', '09:30'), staff, null, { related: { [other._id]: tombstone(other._id) } }),
    ).toBe('ok');
    expect(write({ ...other, end: '09:30' }, staff, null, ctx)).toBe('ok');
    const verdict = validateWrite(at('08:30', '09:30'), null, staff, writeContext(ctx));
    expect(verdict).toMatchObject({ ok: false, field: 'start' });
    expect(verdict.ok ? '' : verdict.reason).toContain('08:00–09:00');
  });

  it("names the person's entries of the day as what an activity is judged with (relatedPrefixesOf)", () => {
    const entry = makeActivity({ date: '2026-05-14' });
    const [prefix] = relatedPrefixesOf(entry._id);
    expect(relatedPrefixesOf(entry._id)).toHaveLength(1);
    const sameDay = makeActivity({ date: '2026-05-14', start: '10:00', end: '11:00' });
    const dayBefore = makeActivity({ date: '2026-05-13' });
    const colleague = makeActivity({ nip: NIP.staffA2, date: '2026-05-14' });
    expect(sameDay._id.startsWith(prefix ?? '-')).toBe(true);
    expect(dayBefore._id.startsWith(prefix ?? '-')).toBe(false);
    expect(colleague._id.startsWith(prefix ?? '-')).toBe(false);
    expect(relatedIdsOf(entry._id).some((id) => id.startsWith(prefix ?? '-'))).toBe(false);
    // Only an activity is compared with other documents of a range.
    for (const id of [
      ids.verification(entry.nip, entry.date, testUlid()),
      makePhoto(entry)._id,
      ids.skp(entry.nip, '2026'),
      'kegiatan-123',
    ])
      expect(relatedPrefixesOf(id)).toEqual([]);
  });

  it('judges a batch of entries with the ones it accepted before them (noteAccepted)', () => {
    const first = makeActivity({ start: '08:00', end: '09:00' });
    const stored = makeActivity({ start: '13:00', end: '14:00', _rev: '1-a' });
    const under: DocsUnderPrefixes = new Map(
      relatedPrefixesOf(first._id).map((p) => [p, new Map([[stored._id, stored]])]),
    );
    const judge = (doc: ActivityDoc) => write(doc, staff, null, { underPrefixes: under });
    const second = makeActivity({ start: '08:30', end: '09:30' });
    expect(judge(first)).toBe('ok');
    expect(judge(second)).toBe('ok');
    noteAccepted(under, first);
    expect(judge(second)).toBe('overlap');
    // The stored entry moved within the same batch: its old time no longer counts.
    expect(judge(makeActivity({ start: '13:00', end: '13:30' }))).toBe('overlap');
    noteAccepted(under, { ...stored, start: '15:00', end: '16:00', _rev: '2-b' });
    expect(judge(makeActivity({ start: '13:00', end: '13:30' }))).toBe('ok');
    // A deletion accepted in the batch frees its time; another day's entry changes nothing.
    noteAccepted(under, { _id: first._id, _rev: '2-c', _deleted: true });
    noteAccepted(under, makeActivity({ date: '2026-05-13', start: '08:00', end: '10:00' }));
    expect(judge(second)).toBe('ok');
  });

  it('refuses a date in a closed period (closed-period) and accepts one in an open period', () => {
    expect(write(makeActivity({ date: '2025-12-30' }))).toBe('closed-period');
    expect(write(makeActivity({ date: '2026-01-02' }))).toBe('ok');
  });
});

describe('activity: submission rounds', () => {
  const withStatus = (old: ActivityDoc, status: ActivityDoc['status'], round: number) =>
    ({ ...old, status, round, _rev: undefined }) as ActivityDoc;

  it.each([
    ['new draft at round 0', null, 'draft', 0, {}, 'ok'],
    ['new draft at round 1', null, 'draft', 1, {}, 'bad-round'],
    ['submit a new activity as round 1', null, 'submitted', 1, {}, 'ok'],
    ['submit a draft -> round 1', draft, 'submitted', 1, {}, 'ok'],
    ['submit a draft skipping to round 2', draft, 'submitted', 2, {}, 'bad-round'],
    ['edit while submitted, same round', submitted, 'submitted', 1, {}, 'ok'],
    ['edit while submitted, bumping the round', submitted, 'submitted', 2, {}, 'bad-round'],
    ['resubmit after return -> round 2', submitted, 'submitted', 2, related(returnedR1), 'ok'],
    [
      'resubmit after return keeping round 1',
      submitted,
      'submitted',
      1,
      related(returnedR1),
      'bad-round',
    ],
    ['take a returned activity back to draft', submitted, 'draft', 1, related(returnedR1), 'ok'],
  ] as const)('%s', (_label, old, status, round, rel, code) => {
    const doc = withStatus(old ?? makeActivity(), status, round);
    const next = { ...doc, _id: old?._id ?? doc._id };
    expect(write(next, staff, old, { related: rel })).toBe(code);
  });

  it('locks an approved activity (activity-approved)', () => {
    const edit = { ...submitted, kegiatan: 'Diubah setelah disetujui' };
    expect(write(edit, staff, submitted, { related: related(approvedR1) })).toBe(
      'activity-approved',
    );
  });

  it('ignores an approval of an earlier round', () => {
    const round2 = { ...submitted, round: 2 };
    expect(write({ ...round2, uraian: 'x' }, staff, round2, { related: related(approvedR1) })).toBe(
      'bad-round',
    );
    expect(
      write({ ...round2, uraian: 'x', round: 3 }, staff, round2, { related: related(approvedR1) }),
    ).toBe('ok');
  });

  it('makes changed content of a pending submission a new round, so no approval covers unseen work', () => {
    expect(write({ ...submitted, kegiatan: 'Diubah' }, staff, submitted)).toBe('bad-round');
    expect(write({ ...submitted, kegiatan: 'Diubah', round: 2 }, staff, submitted)).toBe('ok');
    expect(write({ ...submitted, updatedAt: '2026-06-10T09:00:00+07:00' }, staff, submitted)).toBe(
      'ok',
    );
  });
});

describe('activity: evidence photos', () => {
  const withPhotos = (count: number, base = makeActivity()) => ({
    ...base,
    photos: Array.from({ length: count }, () => photoRefOf(makePhoto(base))),
  });

  it('accepts up to five photos and refuses six (too-many-photos)', () => {
    expect(write(withPhotos(5))).toBe('ok');
    expect(write(withPhotos(6))).toBe('too-many-photos');
  });

  it('refuses a photo of another activity (photo-mismatch)', () => {
    const other = makePhoto(makeActivity());
    expect(write({ ...makeActivity(), photos: [photoRefOf(other)] })).toBe('photo-mismatch');
  });

  it('refuses photos as attachments of the activity itself (inline-photo)', () => {
    const inline = { 'a.jpg': { content_type: 'image/jpeg', data: 'AAAA' } };
    expect(write(makeActivity({ _attachments: inline }))).toBe('inline-photo');
  });

  it('counts a changed photo list as new work: a pending submission moves to the next round', () => {
    const sent = withPhotos(1, submitted);
    const more = { ...sent, photos: [...sent.photos, photoRefOf(makePhoto(sent))] };
    expect(write(more, staff, sent)).toBe('bad-round');
    expect(write({ ...more, round: 2 }, staff, sent)).toBe('ok');
  });
});

describe('activity: deletion', () => {
  it.each([
    ['a draft', draft, {}, 'ok'],
    ['a returned activity', submitted, related(returnedR1), 'ok'],
    ['a submitted, unverified activity', submitted, {}, 'delete-forbidden'],
    ['an approved activity', submitted, related(approvedR1), 'delete-forbidden'],
  ] as const)('owner deleting %s -> %s', (_label, old, rel, code) => {
    expect(write(tombstone(old._id), staff, old, { related: rel })).toBe(code);
  });

  it('refuses a colleague deleting it (not-writer)', () => {
    expect(write(tombstone(draft._id), userOf(NIP.staffA2), draft)).toBe('not-writer');
  });
});

describe('verification', () => {
  const verify = (
    v: VerificationDoc,
    user = head,
    old: RawDoc | null = null,
    act: RawDoc | null = submitted,
  ) => write(v, user, old, { related: act ? related(act) : {} });

  it('accepts the appraiser approving the submitted round', () => {
    expect(verify(approvedR1)).toBe('ok');
  });

  it.each([
    ['the employee', NIP.staffA1],
    ['another head', NIP.headB],
    ['the atasan penilai', NIP.kepalaDinas],
  ])('refuses %s verifying (not-writer)', (_who, nip) => {
    expect(verify(approvedR1, userOf(nip))).toBe('not-writer');
  });

  it('refuses an appraiserNip other than the writer (author-mismatch)', () => {
    expect(verify(makeVerification(submitted, { appraiserNip: NIP.kepalaDinas }))).toBe(
      'author-mismatch',
    );
  });

  it('requires the activity to be submitted in the round verified (activity-not-submitted)', () => {
    expect(verify(approvedR1, head, null, { ...submitted, status: 'draft' })).toBe(
      'activity-not-submitted',
    );
    expect(verify(approvedR1, head, null, { ...submitted, round: 2 })).toBe(
      'activity-not-submitted',
    );
    expect(verify(approvedR1, head, null, null)).toBe('activity-not-submitted');
  });

  it('refuses an activityId that does not belong to the id (id-mismatch)', () => {
    expect(verify(makeVerification(submitted, { activityId: draft._id }))).toBe('id-mismatch');
  });

  it('requires a note to return (invalid-doc on note)', () => {
    const v = validateWrite(
      makeVerification(submitted, { decision: 'returned' }),
      null,
      head,
      writeContext({ related: related(submitted) }),
    );
    expect(v).toMatchObject({ ok: false, code: 'invalid-doc', field: 'note' });
    expect(verify(returnedR1)).toBe('ok');
  });

  it('keeps an approval final for its round (verification-final) but answers the next round', () => {
    expect(verify({ ...approvedR1, decision: 'returned', note: 'Salah' }, head, approvedR1)).toBe(
      'verification-final',
    );
    const round2 = { ...submitted, round: 2 };
    expect(verify(makeVerification(round2), head, returnedR1, round2)).toBe('ok');
  });

  it('follows the Plt: in June staffB1 verifies staffB2, headB may not', () => {
    const june = { now: Date.parse('2026-06-15T10:00:00+07:00') };
    const act = makeActivity({
      nip: NIP.staffB2,
      date: '2026-06-12',
      status: 'submitted',
      round: 1,
    });
    const v = makeVerification(act, { appraiserNip: NIP.staffB1 });
    expect(write(v, userOf(NIP.staffB1), null, { ...june, related: related(act) })).toBe('ok');
    const byHead = makeVerification(act, { appraiserNip: NIP.headB });
    expect(write(byHead, userOf(NIP.headB), null, { ...june, related: related(act) })).toBe(
      'not-writer',
    );
  });

  it('cannot be deleted (delete-forbidden)', () => {
    expect(write(tombstone(approvedR1._id), head, approvedR1)).toBe('delete-forbidden');
  });
});
