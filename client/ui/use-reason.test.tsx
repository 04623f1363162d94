// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { refuse, WRITE_REASONS, type WriteVerdict } from '../core/write-reasons';
import { DEVELOPMENT_STAFF_REASONS } from '../data/commands/development-staff-reasons';
import { failure, RESULT_REASONS, writeFailure } from '../data/commands/result';
import { usePrefsStore } from './prefs-store';
import { reasonText, useReason, type Refusal } from './use-reason';

/** Core's verdict as a refusal (core refuses these, so `ok` is false). */
function refusalOf(verdict: WriteVerdict): Refusal {
  if (verdict.ok) throw new Error('core allowed the write');
  return verdict;
}

const closing = refusalOf(refuse('unit-has-people', 'unitId', 'Dewi Lestari'));
const requestedTwice = failure(
  'already-requested',
  'Anda sudah pernah mengajukan kegiatan ini; lihat statusnya di daftar Anda.',
);

describe('useReason', () => {
  afterEach(() => {
    cleanup();
    act(() => usePrefsStore.setState({ lang: 'id' }));
  });

  it('keeps every Indonesian reason exactly as it was written', () => {
    const { result } = renderHook(() => useReason());
    expect(result.current(closing)).toBe(
      'Unit yang masih memiliki pegawai aktif tidak dapat ditutup; pindahkan mereka dulu. Pegawai aktif: Dewi Lestari',
    );
    expect(result.current(requestedTwice)).toBe(requestedTwice.reason);
    expect(result.current({ code: 'reply-empty', reason: 'Tulis balasan terlebih dahulu' })).toBe(
      'Tulis balasan terlebih dahulu',
    );
  });

  it('reads a core refusal in English by its code, with its detail', () => {
    const { result } = renderHook(() => useReason());
    act(() => usePrefsStore.setState({ lang: 'en' }));
    expect(result.current(closing)).toBe(
      'A unit that still has active people cannot be closed; move them first. Active people: Dewi Lestari',
    );
    expect(result.current(refusalOf(refuse('future-date', 'date')))).toBe(
      'The date cannot be in the future',
    );
  });

  it("reads a command's own sentence in English by its code", () => {
    const { result } = renderHook(() => useReason());
    act(() => usePrefsStore.setState({ lang: 'en' }));
    expect(result.current(requestedTwice)).toBe(
      'You already requested this activity; see its status in your list.',
    );
    expect(result.current(writeFailure({ status: 409 }))).toBe(
      'This document has just changed on this device. Reload, then save again.',
    );
    expect(result.current(writeFailure(new Error('disk gone')))).toBe(
      'The document could not be saved on this device: disk gone',
    );
  });

  it('leaves a reason of an unknown code in Indonesian', () => {
    const { result } = renderHook(() => useReason());
    act(() => usePrefsStore.setState({ lang: 'en' }));
    expect(result.current({ code: 'reply-empty', reason: 'Tulis balasan terlebih dahulu' })).toBe(
      'Tulis balasan terlebih dahulu',
    );
  });
});

describe('reasonText', () => {
  it('finds a server reason sent without its code by its Indonesian sentence', () => {
    expect(reasonText({ reason: 'Isi dokumen tidak valid: realisasi' }, 'en')).toBe(
      'Invalid document content: realisasi',
    );
    expect(reasonText({ reason: 'Alasan lain' }, 'en')).toBe('Alasan lain');
  });

  it("gives a command's other wording under a core code core's English sentence", () => {
    expect(reasonText({ code: 'invalid-doc', reason: 'Tidak ada dokumen' }, 'en')).toBe(
      'Invalid document content',
    );
  });

  it("keeps the commands' codes apart from core's, so no sentence hides another", () => {
    const core = new Set(Object.keys(WRITE_REASONS));
    const own = [...Object.keys(DEVELOPMENT_STAFF_REASONS), ...Object.keys(RESULT_REASONS)];
    expect(own.filter((code) => core.has(code))).toEqual([]);
  });
});
