import { describe, expect, it } from 'vitest';
import {
  makeActivity,
  makePhoto,
  makeVerification,
  NIP,
  related,
  tombstone,
  TINY_JPEG_BASE64,
  userOf,
  writerAs,
} from './testing/factories';

const staff = userOf(NIP.staffA1);
const head = userOf(NIP.headA);
const write = writerAs(staff);

const draft = makeActivity({ _rev: '1-a' });
const submitted = makeActivity({ status: 'submitted', round: 1, _rev: '2-a' });
const approved = makeVerification(submitted);
const returned = makeVerification(submitted, { decision: 'returned', note: 'Foto buram' });

describe('photo: who writes it and what it holds', () => {
  it('is written by the employee, never by the head or a colleague', () => {
    expect(write(makePhoto(draft))).toBe('ok');
    expect(write(makePhoto(draft), head)).toBe('not-writer');
    expect(write(makePhoto(draft), userOf(NIP.staffA2))).toBe('not-writer');
  });

  it('holds exactly one image under its own name (bad-photo)', () => {
    const photo = makePhoto(draft);
    expect(write({ ...photo, _attachments: {} })).toBe('bad-photo');
    const two = { ...photo._attachments, 'b.jpg': { content_type: 'image/jpeg', data: 'AAAA' } };
    expect(write({ ...photo, _attachments: two })).toBe('bad-photo');
    expect(write({ ...photo, name: 'lain.jpg' })).toBe('bad-photo');
  });

  it('is a JPEG, PNG or WebP (bad-attachment)', () => {
    const pdf = { 'foto-1.jpg': { content_type: 'application/pdf', data: TINY_JPEG_BASE64 } };
    expect(write(makePhoto(draft, { _attachments: pdf }))).toBe('bad-attachment');
  });

  it('weighs at most 300 kB, counted from its data or its stub length (photo-too-large)', () => {
    const big = 'A'.repeat(400_004);
    expect(
      write(
        makePhoto(draft, {
          _attachments: { 'foto-1.jpg': { content_type: 'image/jpeg', data: big } },
        }),
      ),
    ).toBe('photo-too-large');
    const stub = { 'foto-1.jpg': { content_type: 'image/jpeg', stub: true, length: 300_001 } };
    expect(write({ ...makePhoto(draft), _attachments: stub })).toBe('photo-too-large');
    const fits = { 'foto-1.jpg': { content_type: 'image/jpeg', stub: true, length: 300_000 } };
    expect(write({ ...makePhoto(draft), _attachments: fits })).toBe('ok');
    // Data is weighed as it is, whatever length it claims.
    const lying = { 'foto-1.jpg': { content_type: 'image/jpeg', data: big, length: 10 } };
    expect(write(makePhoto(draft, { _attachments: lying }))).toBe('photo-too-large');
  });

  it('is dated like its entry: not in the future, not in a closed period', () => {
    const tomorrow = makeActivity({ date: '2026-05-16' });
    expect(write(makePhoto(tomorrow))).toBe('future-date');
    const closed = makeActivity({ date: '2025-12-30' });
    expect(write(makePhoto(closed))).toBe('closed-period');
  });

  it('carries the date of its id (id-mismatch)', () => {
    expect(write({ ...makePhoto(draft), date: '2026-05-15' })).toBe('id-mismatch');
  });
});

describe('photo: evidence of a locked entry stays as it is', () => {
  it('is written once: a new revision of a stored photo is refused (photo-immutable)', () => {
    const stored = { ...makePhoto(draft), _rev: '1-p' };
    expect(write({ ...stored, createdAt: '2026-05-14T10:00:00+07:00' }, staff, stored)).toBe(
      'photo-immutable',
    );
  });

  it('never holds another image once deleted: its id is spent (photo-immutable)', () => {
    const deleted = { ...tombstone(makePhoto(draft)._id), _rev: '2-p' };
    expect(write({ ...makePhoto(draft), _id: deleted._id }, staff, deleted)).toBe(
      'photo-immutable',
    );
  });

  it('cannot be added to an approved activity', () => {
    expect(
      write(makePhoto(submitted), staff, null, { related: related(submitted, approved) }),
    ).toBe('activity-approved');
    expect(
      write(makePhoto(submitted), staff, null, { related: related(submitted, returned) }),
    ).toBe('ok');
  });

  it('is removed by its owner, except from an approved activity', () => {
    const stored = { ...makePhoto(submitted), _rev: '1-p' };
    const del = tombstone(stored._id);
    expect(write(del, staff, stored, { related: related(submitted) })).toBe('ok');
    expect(write(del, staff, stored, { related: related(submitted, returned) })).toBe('ok');
    expect(write(del, staff, stored, { related: related(submitted, approved) })).toBe(
      'activity-approved',
    );
    expect(write(del, head, stored, { related: related(submitted) })).toBe('not-writer');
  });

  it('is removed freely once its activity is gone (an orphan of a deleted draft)', () => {
    const stored = { ...makePhoto(draft), _rev: '1-p' };
    expect(write(tombstone(stored._id), staff, stored)).toBe('ok');
  });
});
