import { describe, expect, it } from 'vitest';
import { activityRoundRange, isSameWork, nextActivityRound } from './activity-round';
import {
  makeActivity,
  makeVerification,
  NIP,
  related,
  userOf,
  writerAs,
} from './testing/factories';

const write = writerAs(userOf(NIP.staffA1));
const draft = makeActivity({ _rev: '1-a' });
const submitted = makeActivity({ status: 'submitted', round: 1, _rev: '2-a' });

describe('nextActivityRound: the round one save carries', () => {
  it('keeps a draft at its round and submits it as the next', () => {
    expect(nextActivityRound(null, 'draft', draft)).toBe(0);
    expect(nextActivityRound(null, 'draft', { ...draft, status: 'submitted' })).toBe(1);
    expect(nextActivityRound(draft, 'draft', { ...draft, status: 'submitted' })).toBe(1);
  });

  it('keeps a pending submission whose work is unchanged, and moves on when it changes', () => {
    expect(nextActivityRound(submitted, 'submitted', submitted)).toBe(1);
    expect(nextActivityRound(submitted, 'submitted', { ...submitted, kegiatan: 'Diubah' })).toBe(2);
  });

  it('makes a resubmission after a return the next round', () => {
    expect(nextActivityRound(submitted, 'returned', submitted)).toBe(2);
  });

  it('is the round validateWrite accepts for one edit', () => {
    const next = { ...submitted, uraian: 'Ditambah uraian' };
    expect(
      write(
        { ...next, round: nextActivityRound(submitted, 'submitted', next) },
        undefined,
        submitted,
      ),
    ).toBe('ok');
  });
});

describe('activityRoundRange: a chain of edits made offline, pushed as its newest revision', () => {
  it('is exactly one round for a single edit', () => {
    expect(activityRoundRange(submitted, 'submitted', { ...submitted, kegiatan: 'x' })).toEqual({
      min: 2,
      max: 2,
    });
    expect(activityRoundRange(submitted, 'submitted', submitted)).toEqual({ min: 1, max: 1 });
  });

  it('allows one round per edit in between: draft (0) -> Ajukan (1) -> changed (2)', () => {
    const changed = { ...draft, status: 'submitted' as const, kegiatan: 'Diubah', round: 2 };
    expect(write(changed, undefined, draft)).toBe('bad-round');
    expect(write(changed, undefined, draft, { edits: 2 })).toBe('ok');
    expect(write({ ...changed, round: 3 }, undefined, draft, { edits: 2 })).toBe('bad-round');
  });

  it('still needs a new round for changed work, however many edits', () => {
    const sameRound = { ...submitted, kegiatan: 'Diubah' };
    expect(write(sameRound, undefined, submitted, { edits: 5 })).toBe('bad-round');
    expect(write({ ...sameRound, round: 6 }, undefined, submitted, { edits: 5 })).toBe('ok');
    expect(write({ ...sameRound, round: 7 }, undefined, submitted, { edits: 5 })).toBe('bad-round');
  });

  it('keeps a draft within the rounds its earlier edits could reach', () => {
    expect(activityRoundRange(draft, 'draft', draft, 3)).toEqual({ min: 0, max: 2 });
  });

  it('never lets a chain unlock an approved entry', () => {
    const approved = makeVerification(submitted);
    const edited = { ...submitted, kegiatan: 'Diubah', round: 2 };
    expect(write(edited, undefined, submitted, { edits: 3, related: related(approved) })).toBe(
      'activity-approved',
    );
  });

  it('compares photos by id as part of the work', () => {
    expect(isSameWork(submitted, { ...submitted, photos: [] })).toBe(true);
    expect(isSameWork(submitted, { ...submitted, realisasi: submitted.realisasi + 1 })).toBe(false);
  });
});
